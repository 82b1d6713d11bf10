#include "fixtures.hpp"

#include <kinetic/assessment_io.hpp>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::test;

namespace {

Assessment sample() {
    Assessment a;
    a.ageBand = AgeBand::Teen;
    a.recentInjury = true;
    a.regions = {painAt("knee_front_left", 7, {Quality::Ache, Quality::Sharp}), painAt("lower_back", 2)};
    a.answers = {{"child_limp", Answer::No}, {"locked_knee", Answer::Yes}};
    a.plan = {PlanItem{"clamshell", std::nullopt},
              PlanItem{"wall_squat", Dosage{3, std::nullopt, 30, std::nullopt, 3, "shallow"}}};
    a.note = "Hurts on stairs <b>since</b> \"May\" & after football";
    a.date = "2026-11-21";
    return a;
}

} // namespace

TEST_CASE("An assessment survives a round trip through its file format") {
    const Assessment original = sample();
    const AssessmentLoadResult loaded = parseAssessment(serializeAssessment(original));
    INFO(format(loaded.diagnostics));
    REQUIRE(loaded.assessment);
    CHECK(*loaded.assessment == original);
}

TEST_CASE("Damaged, foreign and future files give a clear message and no assessment") {
    const auto expect = [](std::string_view text, std::string_view words) {
        const AssessmentLoadResult result = parseAssessment(text, "mine.kinetic.json");
        CHECK_FALSE(result.assessment);
        REQUIRE_FALSE(result.diagnostics.empty());
        INFO(format(result.diagnostics));
        CHECK(format(result.diagnostics).find(words) != std::string::npos);
    };
    std::string text = serializeAssessment(sample());
    expect(text.substr(0, text.size() / 2), "mine.kinetic.json:");
    expect(text.substr(0, text.size() / 2), "damaged");
    expect("{\"hello\": 1}", "not a Kinetic Chain Explorer assessment");
    std::string future = text;
    future.replace(future.find("\"format_version\": 1"), 19, "\"format_version\": 7");
    expect(future, "newer version of Kinetic Chain Explorer (format 7)");
    std::string badIntensity = text;
    badIntensity.replace(badIntensity.find("\"intensity\": 7"), 14, "\"intensity\": 12");
    expect(badIntensity, "/regions/0/intensity: must be a whole number from 0 to 10, got 12");
    expect("", "damaged");
}

TEST_CASE("Writing atomically replaces the file whole, and leaves no temporary file") {
    const auto dir = std::filesystem::temp_directory_path() / "kinetic-atomic-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto path = dir / "a.kinetic.json";
    CHECK(writeFileAtomically(path, "first").empty());
    CHECK(writeFileAtomically(path, "second").empty());
    CHECK(readText(path) == "second");
    CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator{}) == 1);
    CHECK_FALSE(writeFileAtomically(dir / "missing-folder" / "x.json", "x").empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("An undated assessment reads back") {
    Assessment undated = sample();
    undated.date.clear();
    const AssessmentLoadResult loaded = parseAssessment(serializeAssessment(undated));
    REQUIRE(loaded.assessment);
    CHECK(*loaded.assessment == undated);
}
