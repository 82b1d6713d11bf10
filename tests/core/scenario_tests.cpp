// Clinical scenarios through the core: the expected links, causes and urgency come out, with
// the reason in words. Drawn from reference sections C, D and F3.
#include "fixtures.hpp"

#include <kinetic/cause_ranking.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kinetic;
using namespace kinetic::test;

namespace {

struct Outcome {
    RedFlagReport flags;
    std::vector<RankedCause> causes;
    std::set<std::string> lit;

    std::ptrdiff_t rankOf(std::string_view id) const {
        const auto it =
            std::find_if(causes.begin(), causes.end(), [&](const RankedCause& c) { return c.condition->id == id; });
        return it == causes.end() ? -1 : it - causes.begin();
    }

    bool why(std::string_view id, std::string_view words) const {
        const auto at = rankOf(id);
        if (at < 0) {
            return false;
        }
        const auto& c = causes[static_cast<std::size_t>(at)].contributions;
        return std::any_of(c.begin(), c.end(),
                           [&](const Contribution& x) { return describe(x).find(words) != std::string::npos; });
    }
};

Outcome run(const Assessment& assessment) {
    Outcome outcome;
    outcome.flags = checkRedFlags(bundled(), assessment);
    outcome.causes = rankCauses(bundled(), assessment, outcome.flags);
    outcome.lit = highlightedRegions(assessment, linkedAreas(bundled(), assessment));
    return outcome;
}

} // namespace

TEST_CASE("Scenario: a child with knee pain and a limp") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Child;
    assessment.regions = {painAt("knee_inner_right", 4)};
    const Outcome outcome = run(assessment);
    // Think "hip": the hip lights up, hip conditions of childhood lead, same-day advice.
    CHECK(outcome.lit.contains("groin_hip_front_right"));
    REQUIRE(outcome.rankOf("perthes") >= 0);
    CHECK(outcome.rankOf("perthes") < 3);
    CHECK(outcome.why("perthes", "Typical at your age"));
    CHECK(outcome.rankOf("knee_oa") == -1);
    REQUIRE(outcome.flags.highest);
    CHECK(*outcome.flags.highest == Urgency::Urgent);
    CHECK(outcome.flags.isRaised("child_limp"));
    CHECK(outcome.flags.selfCareSecondary());
}

TEST_CASE("Scenario: bladder symptoms with back pain") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.regions = {painAt("lower_back", 7), painAt("thigh_back_left", 5, {Quality::NumbnessTingling})};
    assessment.answers["bladder_change"] = Answer::Yes;
    const Outcome outcome = run(assessment);
    REQUIRE(outcome.flags.highest);
    CHECK(*outcome.flags.highest == Urgency::Emergency);
    CHECK(outcome.flags.selfCareSecondary());
    CHECK(outcome.causes.front().condition->id == "cauda_equina_syndrome");
    CHECK(outcome.why("cauda_equina_syndrome", "You answered yes to"));
    CHECK(bundled().manifest.tier(Urgency::Emergency).message.find("emergency") != std::string::npos);
}

TEST_CASE("Scenario: hip disease felt only at the knee") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Older;
    assessment.regions = {painAt("knee_front_left", 5, {Quality::Stiffness})};
    const Outcome outcome = run(assessment);
    CHECK(outcome.lit.contains("groin_hip_front_left"));
    REQUIRE(outcome.rankOf("hip_oa") >= 0);
    CHECK(outcome.rankOf("hip_oa") < 6);
    CHECK(outcome.why("hip_oa", "joint referral"));
    CHECK_FALSE(outcome.flags.highest);
}

TEST_CASE("Scenario: numbness with back and knee pain") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.regions = {painAt("lower_back", 6), painAt("knee_inner_left", 5, {Quality::NumbnessTingling})};
    const Outcome outcome = run(assessment);
    CHECK(outcome.lit.contains("groin_hip_front_left"));
    REQUIRE(outcome.rankOf("upper_lumbar_radiculopathy") >= 0);
    CHECK(outcome.rankOf("upper_lumbar_radiculopathy") < 3);
    CHECK(outcome.why("upper_lumbar_radiculopathy", "numbness or tingling"));
    // The back's nerve questions are asked.
    for (const auto* id : {"saddle_numbness", "bladder_change", "both_legs", "progressive_weakness"}) {
        CHECK(outcome.flags.find(id));
    }
}

TEST_CASE("Scenario: an older person's fall with groin pain is an emergency") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Older;
    assessment.recentInjury = true;
    assessment.regions = {painAt("groin_hip_front_right", 8)};
    assessment.answers["hip_fracture_fall"] = Answer::Yes;
    const Outcome outcome = run(assessment);
    CHECK(*outcome.flags.highest == Urgency::Emergency);
    CHECK(outcome.causes.front().condition->id == "hip_fracture");
}

TEST_CASE("Scenario: sudden snap at the heel") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.recentInjury = true;
    assessment.regions = {painAt("ankle_left", 6), painAt("calf_left", 4)};
    assessment.answers["achilles_snap"] = Answer::Yes;
    const Outcome outcome = run(assessment);
    CHECK(*outcome.flags.highest == Urgency::Urgent);
    CHECK(outcome.causes.front().condition->id == "achilles_rupture");
}
