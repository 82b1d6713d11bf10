#include "core_bench.hpp"

#include <kinetic/cause_ranking.hpp>
#include <kinetic/content_loader.hpp>
#include <kinetic/exercise_search.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>

namespace kinetic::bench {

namespace {

std::string kib(std::size_t bytes) {
    return std::to_string((bytes + 512) / 1024) + " KiB";
}

std::string mib(std::size_t bytes) {
    return formatValue(static_cast<double>(bytes), Unit::Bytes);
}

Content loadOrThrow(const ContentTexts& texts, const std::string& what) {
    ContentLoadResult result = loadContentFromTexts(texts);
    if (!result.ok()) {
        throw std::runtime_error(what + " does not load:\n" + format(result.diagnostics));
    }
    if (!result.diagnostics.empty()) {
        throw std::runtime_error(what + " loads with warnings, unlike the bundled content:\n" +
                                 format(result.diagnostics));
    }
    return std::move(*result.content);
}

void loadFigures(const CoreBenchOptions& options, std::vector<Figure>& figures) {
    // What was loaded is kept until the sample is timed, and freed outside the timing: a program
    // keeps its content, so freeing it is no part of loading.
    std::optional<ContentLoadResult> loaded;
    const auto unload = [&] { loaded.reset(); };
    const ContentTexts bundled = readContentTexts(options.data);
    Figure load = timed("load.bundled", "content load, bundled data (" + kib(totalBytes(bundled)) + ")",
                        measureEach([&] { loaded = loadContent(options.data); }, unload, options.repeat));
    load.note = "loadContent(data/): read, scan, parse, check";
    figures.push_back(within(load, 5e-3));

    const int scale = options.scales.back();
    const ContentTexts synthetic = makeSyntheticContent(bundled, scale);
    loadOrThrow(synthetic, "the synthetic content");
    const std::string size = std::to_string(scale) + "x, " + mib(totalBytes(synthetic));
    // The baseline is the least a loader built on nlohmann::json does: parse each file into a
    // document and free the document again. Taken in turns with the load, so both see the same
    // machine.
    const Task parsing{[&] {
                           for (const auto& [name, text] : synthetic) {
                               keep(nlohmann::json::parse(text).size());
                           }
                       },
                       {}};
    const Task loading{[&] { loaded = loadContentFromTexts(synthetic); }, unload};
    const auto [parseSamples, loadSamples] = measureInTurns(parsing, loading, options.repeat);
    Figure parse = timed("parse.synthetic", "bare nlohmann::json::parse, synthetic " + size, parseSamples);
    parse.note = "each file parsed into a document, which is then freed";
    figures.push_back(parse);
    Figure synth = timed("load.synthetic", "content load, synthetic " + size, loadSamples);
    synth.note = "both from texts in memory: the ratio is the loader's own cost over parsing";
    figures.push_back(within(synth, 1.5, parse, "the bare parse"));
}

void queryFigures(const CoreBenchOptions& options, std::vector<Figure>& figures) {
    const Assessment assessment = threeRegionAssessment();
    const ContentTexts bundledTexts = readContentTexts(options.data);
    const Content bundled = loadOrThrow(bundledTexts, "the bundled content");
    Figure onBundled = timed("query.bundled", "one click's queries, 3 regions, bundled",
                             measure([&] { keep(oneClick(bundled, assessment)); }, options.repeat));
    figures.push_back(within(onBundled, 50e-6));

    std::vector<Figure> byScale;
    for (const int scale : options.scales) {
        const Content content = loadOrThrow(makeSyntheticContent(bundledTexts, scale), "the synthetic content");
        Figure figure = timed("query.synthetic." + std::to_string(scale) + "x",
                              "one click's queries, synthetic " + std::to_string(scale) + "x",
                              measure([&] { keep(oneClick(content, assessment)); }, options.repeat));
        if (scale == options.scales.back()) {
            within(figure, 1e-3);
        }
        byScale.push_back(figure);
        figures.push_back(figure);
    }
    for (std::size_t i = 1; i < byScale.size(); ++i) {
        const int from = options.scales[i - 1];
        const int to = options.scales[i];
        Figure growth;
        growth.id = "query.growth." + std::to_string(from) + "x_" + std::to_string(to) + "x";
        growth.label = "query cost growth, " + std::to_string(from) + "x -> " + std::to_string(to) + "x content";
        growth.unit = Unit::Factor;
        growth.median = byScale[i].median / byScale[i - 1].median;
        growth.min = growth.max = growth.median;
        growth.samples = byScale[i].samples;
        within(growth, static_cast<double>(to) / from); // linear growth at most
        figures.push_back(growth);
    }
}

} // namespace

Assessment threeRegionAssessment() {
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.regions = {
        {"lower_back", 6, {Quality::Ache, Quality::Stiffness}},
        {"knee_inner_left", 5, {Quality::Ache}},
        {"groin_hip_front_left", 4, {Quality::NumbnessTingling}},
    };
    assessment.date = "2026-11-21";
    return assessment;
}

std::size_t oneClick(const Content& content, const Assessment& assessment) {
    const RedFlagReport redFlags = checkRedFlags(content, assessment);
    const std::vector<RankedCause> causes = rankCauses(content, assessment, redFlags);
    const std::vector<LinkedArea> areas = linkedAreas(content, assessment);
    const std::set<std::string> lit = highlightedRegions(assessment, areas);
    const std::vector<ExerciseMatch> exercises = findExercises(content, ExerciseFilter{}, causes);
    return redFlags.flags.size() + causes.size() + areas.size() + lit.size() + exercises.size();
}

std::vector<Figure> runCoreBench(const CoreBenchOptions& options) {
    std::vector<Figure> figures;
    if (options.load) {
        loadFigures(options, figures);
    }
    if (options.queries) {
        queryFigures(options, figures);
    }
    return figures;
}

} // namespace kinetic::bench
