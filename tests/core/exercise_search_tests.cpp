#include "fixtures.hpp"

#include <kinetic/exercise_search.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kinetic;
using namespace kinetic::test;

namespace {

std::vector<std::string> ids(const std::vector<ExerciseMatch>& matches) {
    std::vector<std::string> result;
    for (const ExerciseMatch& m : matches) {
        result.push_back(m.exercise->id);
    }
    return result;
}

} // namespace

TEST_CASE("Without a filter every exercise is listed in reference order") {
    const auto matches = findExercises(bundled(), ExerciseFilter{});
    REQUIRE(matches.size() == bundled().exercises.size());
    CHECK(matches.front().exercise->id == bundled().exercises.all().front().id);
}

TEST_CASE("Filters narrow the list") {
    ExerciseFilter filter;
    filter.kind = ExerciseKind::Stretch;
    const auto stretches = findExercises(bundled(), filter);
    CHECK_FALSE(stretches.empty());
    CHECK(std::all_of(stretches.begin(), stretches.end(),
                      [](const ExerciseMatch& m) { return m.exercise->kind == ExerciseKind::Stretch; }));

    filter = {};
    filter.region = "knee_front_left"; // a sided id means its base
    const auto knee = ids(findExercises(bundled(), filter));
    CHECK(std::find(knee.begin(), knee.end(), "wall_squat") != knee.end());
    CHECK(std::find(knee.begin(), knee.end(), "calf_stretch") == knee.end());

    filter = {};
    filter.condition = "achilles_tendinopathy";
    const auto achilles = ids(findExercises(bundled(), filter));
    CHECK(std::find(achilles.begin(), achilles.end(), "eccentric_heel_drop") != achilles.end());

    filter = {};
    filter.difficulty = Difficulty::Hard;
    for (const auto& m : findExercises(bundled(), filter)) {
        CHECK(m.exercise->difficulty == Difficulty::Hard);
    }

    filter = {};
    filter.equipment = "mat";
    for (const auto& m : findExercises(bundled(), filter)) {
        for (const auto& item : m.exercise->equipment) {
            CHECK((item == "mat" || item == "none"));
        }
    }
}

TEST_CASE("Text search matches words anywhere, in any case") {
    ExerciseFilter filter;
    filter.text = "BRIDGE";
    const auto matches = ids(findExercises(bundled(), filter));
    CHECK(std::find(matches.begin(), matches.end(), "glute_bridge") != matches.end());
    filter.text = "bridge nonexistentword";
    CHECK(findExercises(bundled(), filter).empty());
}

TEST_CASE("Fits my selection: recommended exercises come first, with the reason") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left", 6)};
    assessment.ageBand = AgeBand::Adult;
    const auto causes = rankCauses(bundled(), assessment, checkRedFlags(bundled(), assessment));
    const auto matches = findExercises(bundled(), ExerciseFilter{}, causes);
    REQUIRE_FALSE(matches.empty());
    CHECK(matches.front().fit > 0);
    CHECK(std::is_sorted(matches.begin(), matches.end(),
                         [](const ExerciseMatch& a, const ExerciseMatch& b) { return a.fit > b.fit; }));
    const auto clam = std::find_if(matches.begin(), matches.end(),
                                   [](const ExerciseMatch& m) { return m.exercise->id == "clamshell"; });
    REQUIRE(clam != matches.end());
    const bool named = std::any_of(clam->reasons.begin(), clam->reasons.end(), [](const ExerciseReason& reason) {
        const std::string r = describe(reason);
        return r.starts_with("Recommended for Kneecap pain") && r.find("Front of knee, left") != std::string::npos;
    });
    CHECK(named);
}

TEST_CASE("Serious causes never recommend exercises") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back", 8)};
    assessment.answers["bladder_change"] = Answer::Yes;
    const auto causes = rankCauses(bundled(), assessment, checkRedFlags(bundled(), assessment));
    for (const auto& m : findExercises(bundled(), ExerciseFilter{}, causes)) {
        for (const auto& reason : m.reasons) {
            CHECK(describe(reason).find("Cauda equina") == std::string::npos);
            CHECK_FALSE(reason.condition->serious);
        }
    }
}
