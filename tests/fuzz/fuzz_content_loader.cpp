// Fuzz target: the content loader, with one file of the minimal fixture set replaced by the input.
// Input: one selector byte, whose value modulo 8 picks the file (in `contentFiles` order), then
// that file's text. When the content loads, every query and the summary run over it too: content
// the loader accepts must never break what comes after it.
#include "fuzz_check.hpp"

#include <kinetic/cause_ranking.hpp>
#include <kinetic/content_loader.hpp>
#include <kinetic/exercise_search.hpp>
#include <kinetic/json_output.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>
#include <kinetic/summary.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

using namespace kinetic;
using Files = std::map<std::string, std::string, std::less<>>;

const Files& minimalSet() {
    static const Files files = [] {
        Files texts;
        for (const auto name : contentFiles) {
            std::ifstream stream(std::filesystem::path(KINETIC_TEST_DATA_DIR) / "minimal" / name, std::ios::binary);
            texts.emplace(name, std::string{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()});
            fuzz::require(!texts[std::string(name)].empty(), "the minimal fixture set is readable");
        }
        return texts;
    }();
    return files;
}

/// Everything selected, every red flag answered, every exercise planned: the widest use of it.
Assessment everything(const Content& content, std::uint8_t seed) {
    Assessment assessment;
    assessment.ageBand = static_cast<AgeBand>(seed % 4U);
    assessment.recentInjury = (seed & 4U) != 0;
    for (const Region& region : content.regions) {
        if (region.selectable) {
            const auto qualities = allValues<Quality>();
            assessment.regions.push_back({region.id, seed % 11, {qualities.begin(), qualities.end()}});
        }
    }
    for (const RedFlag& flag : content.redFlags) {
        assessment.answers[flag.id] = (seed & 8U) != 0 ? Answer::Yes : Answer::No;
    }
    for (const Exercise& exercise : content.exercises) {
        assessment.plan.push_back({exercise.id, std::nullopt});
    }
    assessment.note = "<img src=file:///etc/passwd> &amp;lt;";
    return assessment;
}

void runQueries(const Content& content, std::uint8_t seed) {
    const Assessment assessment = everything(content, seed);
    for (const LinkedArea& area : linkedAreas(content, assessment)) {
        fuzz::require(area.link != nullptr, "a linked area has its link");
        describeLinkedArea(area);
        toJson(area).dump();
    }
    const RedFlagReport flags = checkRedFlags(content, assessment);
    for (const RedFlagStatus& status : flags.flags) {
        toJson(content, status).dump();
    }
    const std::vector<RankedCause> causes = rankCauses(content, assessment, flags);
    for (const RankedCause& cause : causes) {
        fuzz::require(cause.condition != nullptr, "a ranked cause has its condition");
        toJson(cause).dump();
    }
    for (const ExerciseMatch& match : findExercises(content, ExerciseFilter{}, causes)) {
        toJson(match).dump();
    }
    const Summary summary = buildSummary(content, assessment);
    fuzz::require(!renderSummaryText(summary).empty(), "the text summary is never empty");
    fuzz::require(summaryToJson(summary).dump().find("<img src=file:///etc/passwd>") != std::string::npos,
                  "the note appears literally in the JSON summary");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    Files files = minimalSet();
    const auto name = contentFiles[data[0] % contentFiles.size()];
    files.insert_or_assign(std::string(name), std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
    try {
        const ContentLoadResult result = loadContentFromTexts(files);
        fuzz::requireWritable(result.diagnostics);
        fuzz::require(result.ok() || !result.diagnostics.empty(), "content that does not load says why");
        if (result.ok()) {
            runQueries(*result.content, data[0]);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        fuzz::require(false, "no exception escapes the loader or the queries");
    }
    return 0;
}
