#include "fixtures.hpp"

#include <kinetic/content_loader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace kinetic;
using namespace kinetic::test;

namespace {

struct BrokenFixture {
    std::string name; ///< `<content file stem>--<case>`: replaces that file of the minimal set.
    std::vector<std::string> diagnostics;
};

// Every file in tests/fixtures/broken/, with the exact diagnostics it must produce.
const std::vector<BrokenFixture> brokenFixtures = {
    {"advice--blank-text", {R"(advice.json:8:7: /items/0/text: must not be empty)"}},
    {"advice--duplicate-key", {R"(advice.json:8:7: /items/0/title: duplicate key "title")"}},
    {"advice--duplicate-key-not-utf8", {R"(advice.json:10:7: /items/0/??: duplicate key "??")"}},
    {"advice--single-quotes",
     {R"(advice.json:8:15: invalid JSON: syntax error while parsing value - invalid literal; last read: '"text": '')"}},
    {"advice--unknown-topic", {R"(advice.json:14:9: /items/0/topics/0: unknown topic "elbow")"}},
    {"advice--utf16",
     {R"(advice.json:1:1: invalid JSON: syntax error while parsing value - invalid literal; last read: '?')"}},
    {"conditions--duplicate-id",
     {R"(conditions.json:45:7: /items/1/id: duplicate id "knee_pain", first used at /items/0)",
      R"(red_flags.json:17:9: /items/0/conditions/0: unknown condition "back_pain")"}},
    {"conditions--leading-zero",
     {R"(conditions.json:12:24: invalid JSON: syntax error while parsing object - unexpected number literal; expected '}')"}},
    {"conditions--negative-weight",
     {R"(conditions.json:12:11: /items/0/regions/0/weight: must be a number from 0.0 to 1.0, got -0.5)"}},
    {"conditions--number-overflow", {R"(conditions.json: invalid JSON: number overflow parsing '3e400')"}},
    {"conditions--serious-with-exercises",
     {R"(conditions.json:31:7: /items/0/exercises: a serious condition is never self-treated: it must recommend no exercises)"}},
    {"conditions--unknown-exercise",
     {R"(conditions.json:33:11: /items/0/exercises/0/exercise: unknown exercise "wall_sit")"}},
    {"conditions--via-wrong-region",
     {R"(conditions.json:57:11: /items/1/regions/1/via: link "e02_lower_back_knee_front" leads to "knee_front", not "lower_back")"}},
    {"exercises--bare-word",
     {R"(exercises.json:23:21: invalid JSON: syntax error while parsing value - invalid literal; last read: '"difficulty": e')"}},
    {"exercises--days-out-of-range",
     {R"(exercises.json:21:9: /items/0/dosage/days_per_week: must be a whole number from 1 to 7, got 9)"}},
    {"exercises--fractional-sets",
     {R"(exercises.json:18:9: /items/0/dosage/sets: must be a positive whole number, got 2.5)"}},
    {"exercises--items-not-list",
     {R"(exercises.json:3:3: /items: must be a list, got an object)",
      R"(conditions.json:33:11: /items/0/exercises/0/exercise: unknown exercise "quad_set")",
      R"(conditions.json:78:11: /items/1/exercises/0/exercise: unknown exercise "quad_set")"}},
    {"exercises--missing-name", {R"(exercises.json:4:5: /items/0/name: is missing)"}},
    {"exercises--negative-sets",
     {R"(exercises.json:18:9: /items/0/dosage/sets: must be a positive whole number, got -2)"}},
    {"exercises--no-amount", {R"(exercises.json:17:7: /items/0/dosage: needs reps, hold_seconds or minutes)"}},
    {"exercises--sets-huge-integer",
     {R"(exercises.json:18:9: /items/0/dosage/sets: must be a positive whole number, got 1e+20)"}},
    {"exercises--too-few-steps", {R"(exercises.json:12:7: /items/0/steps: must have at least 3 items)"}},
    {"exercises--trailing-comma",
     {R"(exercises.json:16:7: invalid JSON: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal)"}},
    {"exercises--unescaped-quote",
     {R"(exercises.json:13:15: invalid JSON: syntax error while parsing array - invalid literal; last read: '"Sit "d'; expected ']')"}},
    {"exercises--unknown-field", {R"(exercises.json:52:7: /items/0/colour: is not a known field)"}},
    {"exercises--unknown-variant",
     {R"(exercises.json:37:11: /items/0/easier/0/exercise: unknown exercise "ghost_exercise")"}},
    {"links--age-band-twice", {R"(links.json:18:9: /items/0/age_bands/1: is listed twice)"}},
    {"links--deep-nesting",
     {R"(links.json:77:129: /items/0/age_bands/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: nested more than 64 levels deep)",
      R"(conditions.json:57:11: /items/1/regions/1/via: unknown link "e02_lower_back_knee_front")"}},
    {"links--long-non-ascii-mechanism",
     {R"(links.json:9:7: /items/0/mechanism: must be one of nerve_root, joint_referral, peripheral_nerve, myofascial, kinetic_chain, local_spread or visceral, got "ééééééééééééééééééé...)"}},
    {"links--missing-colon",
     {R"(links.json:9:30: invalid JSON: syntax error while parsing object separator - unexpected string literal; expected ':')"}},
    {"links--myofascial-strong",
     {R"(links.json:14:9: /items/0/evidence/level: trigger-point (myofascial) links are low-certainty: at most "weak")"}},
    {"links--no-sources", {R"(links.json:18:7: /items/0/sources: must have at least 1 item)"}},
    {"links--same-region",
     {R"(links.json:8:7: /items/0/to: a link must join two different regions)",
      R"(conditions.json:57:11: /items/1/regions/1/via: link "e02_lower_back_knee_front" leads to "lower_back", not "knee_front")"}},
    {"links--sided-region",
     {R"(links.json:8:7: /items/0/to: unknown region "knee_front_left" (use the base "knee_front": the side comes from the selection))",
      R"(conditions.json:57:11: /items/1/regions/1/via: link "e02_lower_back_knee_front" leads to "knee_front_left", not "knee_front")"}},
    {"links--strength-is-text", {R"(links.json:12:7: /items/0/strength: must be a number, got text)"}},
    {"links--strength-too-high", {R"(links.json:12:7: /items/0/strength: must be a number from 0.0 to 1.0, got 1.5)"}},
    {"links--top-level-number", {R"(links.json: must be an object, got a number)"}},
    {"links--unknown-mechanism",
     {R"(links.json:9:7: /items/0/mechanism: must be one of nerve_root, joint_referral, peripheral_nerve, myofascial, kinetic_chain, local_spread or visceral, got "magic")"}},
    {"links--unterminated-string",
     {R"(links.json:6:20: invalid JSON: syntax error while parsing value - invalid string: control character U+000A (LF) must be escaped to \u000A or \n; last read: '"E02,<U+000A>')"}},
    {"manifest--bad-date", {R"(manifest.json:4:3: /last_reviewed: must be a date like 2026-11-21, got "31/01/2026")"}},
    {"manifest--comment",
     {R"(manifest.json:2:3: invalid JSON: syntax error while parsing object key - invalid literal; last read: '{<U+000A>  /'; expected string literal)"}},
    {"manifest--missing-tier", {R"(manifest.json:27:3: /urgency_tiers: the "routine" tier is missing)"}},
    {"manifest--nan",
     {R"(manifest.json:2:21: invalid JSON: syntax error while parsing value - invalid literal; last read: '"schema_version": N')"}},
    {"manifest--schema-version-2",
     {R"(manifest.json:2:3: /schema_version: unsupported schema version 2: this program reads version 1)"}},
    {"red_flags--bad-urgency",
     {R"(red_flags.json:12:7: /items/0/urgency: must be one of emergency, urgent, soon or routine, got "asap")"}},
    {"red_flags--escalation-not-higher",
     {R"(red_flags.json:18:11: /items/0/escalations/0/urgency: an escalation must be more urgent than "emergency")"}},
    {"red_flags--extra-closing-brace",
     {R"(red_flags.json:25:1: invalid JSON: syntax error while parsing value - unexpected '}'; expected end of input)"}},
    {"red_flags--item-not-object", {R"(red_flags.json:23:5: /items/1: must be an object, got text)"}},
    {"red_flags--presumed-never-asked",
     {R"(red_flags.json:15:11: /items/0/escalations/0/with: names no red flag, and there is no "with_qualities" either)",
      R"(red_flags.json:16:11: /items/0/escalations/0/urgency: an escalation must be more urgent than "emergency")",
      R"(red_flags.json:25:11: /items/0/presumed_yes/regions/0: "knee_front" is not one of the regions the question is asked for)",
      R"(red_flags.json:28:11: /items/0/presumed_yes/both_sides_of/0: "lower_back" has no left and right to be selected on)",
      R"(red_flags.json:23:9: /items/0/presumed_yes/after_injury: cannot hold together with "unless_injury")"}},
    {"red_flags--unknown-condition",
     {R"(red_flags.json:17:9: /items/0/conditions/0: unknown condition "cauda_equina")"}},
    {"regions--bad-id",
     {R"(regions.json:5:7: /items/0/id: must be a lower_snake_case id (a-z, 0-9 and _), got "Lower-Back")",
      R"(regions.json:5:7: /items/0/id: must be "lower_back" for base "lower_back" on side "none")"}},
    {"regions--empty-file", {R"(regions.json: the file is empty)"}},
    {"regions--missing-comma",
     {R"(regions.json:22:12: invalid JSON: syntax error while parsing object - unexpected string literal; expected '}')"}},
    {"regions--not-an-object", {R"(regions.json: must be an object, got a list)"}},
    {"regions--nul-byte",
     {R"(regions.json:12:33: invalid JSON: syntax error while parsing value - invalid string: control character U+0000 (NUL) must be escaped to \u0000; last read: '"Lower back<U+0000>')"}},
    {"regions--one-side-only",
     {R"(regions.json:19:7: /items/1/base: sided region "knee_front" must exist on both sides, left and right)"}},
    {"sources--bad-url",
     {R"(sources.json:9:7: /items/0/url: must start with http:// or https://, got "ftp://example.org/guide")"}},
    {"sources--not-utf8",
     {R"(sources.json:15:26: invalid JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last read: '"A tri?l')"}},
    {"sources--truncated",
     {R"(sources.json:15:21: invalid JSON: syntax error while parsing value - invalid string: missing closing quote; last read: '"A')"}},
    {"sources--unused-source", {R"(sources.json:17:5: warning: /items/2: source "orphan" is not cited by anything)"}},
    {"sources--whitespace-only", {R"(sources.json: the file is empty)"}}};

ContentLoadResult loadWith(const std::string& fixture) {
    auto files = readFolder(fixtureDir / "minimal");
    const std::string target = fixture.substr(0, fixture.find("--")) + ".json";
    REQUIRE(files.contains(target));
    files[target] = readText(fixtureDir / "broken" / (fixture + ".json"));
    return loadContentFromTexts(files);
}

std::vector<std::string> formatted(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics) {
        lines.push_back(format(d));
    }
    return lines;
}

} // namespace

TEST_CASE("The bundled content loads in strict mode, with no problem at all") {
    const ContentLoadResult result = loadContent(bundledDataDir, LoadOptions{true});
    INFO(format(result.diagnostics));
    REQUIRE(result.ok());
    CHECK(result.diagnostics.empty());
    const Content& content = *result.content;
    CHECK(content.regions.size() == 37);
    CHECK(content.conditions.size() == 42);
    CHECK(content.exercises.size() == 35);
    CHECK(content.redFlags.size() == 25);
}

TEST_CASE("The minimal fixture set is valid, so each broken fixture shows only its own defect") {
    const ContentLoadResult result = loadContent(fixtureDir / "minimal", LoadOptions{true});
    INFO(format(result.diagnostics));
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
}

TEST_CASE("Each broken fixture gives exactly its diagnostics") {
    const BrokenFixture& fixture = GENERATE(from_range(brokenFixtures));
    INFO(fixture.name);
    const ContentLoadResult result = loadWith(fixture.name);
    CHECK(formatted(result.diagnostics) == fixture.diagnostics);
    const bool onlyWarnings = std::all_of(result.diagnostics.begin(), result.diagnostics.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::Warning; });
    CHECK(result.ok() == onlyWarnings);
}

TEST_CASE("Every broken fixture on disk is in the table, and every table row has its file") {
    std::set<std::string> onDisk;
    for (const auto& entry : std::filesystem::directory_iterator(fixtureDir / "broken")) {
        onDisk.insert(entry.path().stem().string());
    }
    std::set<std::string> inTable;
    for (const BrokenFixture& fixture : brokenFixtures) {
        CHECK(inTable.insert(fixture.name).second);
    }
    CHECK(onDisk == inTable);
    CHECK(inTable.size() >= 40);
}

TEST_CASE("Warnings fail a strict load but not a normal one") {
    auto files = readFolder(fixtureDir / "minimal");
    files["sources.json"] = readText(fixtureDir / "broken" / "sources--unused-source.json");
    CHECK(loadContentFromTexts(files).ok());
    CHECK_FALSE(loadContentFromTexts(files, LoadOptions{true}).ok());
}

TEST_CASE("A missing file is named, and the others are still checked") {
    auto files = readFolder(fixtureDir / "minimal");
    files.erase("links.json");
    files["advice.json"] = readText(fixtureDir / "broken" / "advice--blank-text.json");
    const ContentLoadResult result = loadContentFromTexts(files);
    REQUIRE_FALSE(result.ok());
    CHECK(formatted(result.diagnostics) ==
          std::vector<std::string>{"links.json: the file is missing",
                                   R"(advice.json:8:7: /items/0/text: must not be empty)"});
}

TEST_CASE("A folder where a content file should be is reported, not read") {
    const auto dir = std::filesystem::temp_directory_path() / "kinetic-loader-folder-test";
    std::filesystem::remove_all(dir);
    std::filesystem::copy(fixtureDir / "minimal", dir);
    std::filesystem::remove(dir / "regions.json");
    std::filesystem::create_directory(dir / "regions.json");
    const ContentLoadResult result = loadContent(dir);
    std::filesystem::remove_all(dir);
    REQUIRE_FALSE(result.ok());
    CHECK(formatted(result.diagnostics) == std::vector<std::string>{"regions.json: is a folder, not a file"});
}

TEST_CASE("Several problems in one file are all reported in one pass") {
    auto files = readFolder(fixtureDir / "minimal");
    std::string text = files["exercises.json"];
    text.replace(text.find("\"sets\": 1"), 9, "\"sets\": 0");
    text.replace(text.find("\"easy\""), 6, "\"trivial\"");
    files["exercises.json"] = text;
    const ContentLoadResult result = loadContentFromTexts(files);
    CHECK(result.diagnostics.size() == 2);
}
