#include "fixtures.hpp"

#include <kinetic/cause_ranking.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace kinetic;
using namespace kinetic::test;

namespace {

std::vector<RankedCause> rank(const Assessment& assessment) {
    return rankCauses(bundled(), assessment, checkRedFlags(bundled(), assessment));
}

std::ptrdiff_t position(const std::vector<RankedCause>& causes, std::string_view id) {
    const auto it =
        std::find_if(causes.begin(), causes.end(), [&](const RankedCause& c) { return c.condition->id == id; });
    return it == causes.end() ? -1 : it - causes.begin();
}

const RankedCause& cause(const std::vector<RankedCause>& causes, std::string_view id) {
    const auto at = position(causes, id);
    REQUIRE(at >= 0);
    return causes[static_cast<std::size_t>(at)];
}

bool hasContribution(const RankedCause& c, Contribution::Kind kind, std::string_view words) {
    return std::any_of(c.contributions.begin(), c.contributions.end(), [&](const Contribution& x) {
        return x.kind == kind && describe(x).find(words) != std::string::npos;
    });
}

} // namespace

TEST_CASE("A score is exactly the sum of its contributions, and the list is best first") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left", 6, {Quality::Ache}), painAt("lower_back", 4)};
    assessment.ageBand = AgeBand::Adult;
    const auto causes = rank(assessment);
    REQUIRE(causes.size() > 3);
    for (const RankedCause& c : causes) {
        const double total = std::accumulate(c.contributions.begin(), c.contributions.end(), 0.0,
                                             [](double sum, const Contribution& x) { return sum + x.points; });
        CHECK(c.score == Approx(total));
        CHECK(c.score >= minimumCauseScore);
    }
    CHECK(std::is_sorted(causes.begin(), causes.end(),
                         [](const RankedCause& a, const RankedCause& b) { return a.score > b.score; }));
}

TEST_CASE("The worked example of the documentation holds") {
    // docs/architecture.md: front of the left knee at 6/10 with an ache, a teenager, no injury.
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left", 6, {Quality::Ache})};
    assessment.ageBand = AgeBand::Teen;
    const auto causes = rank(assessment);
    const RankedCause& pfp = cause(causes, "patellofemoral_pain");
    REQUIRE(pfp.contributions.size() == 2);
    CHECK(pfp.contributions[0].kind == Contribution::Kind::Direct);
    CHECK(pfp.contributions[0].points == Approx(1.0 * (0.6 + 0.4 * 0.6)));
    CHECK(describe(pfp.contributions[0]) == "Felt directly where you marked pain: front of knee, left");
    CHECK(pfp.contributions[1].kind == Contribution::Kind::Quality);
    CHECK(pfp.score == Approx(0.84 + 0.5 * pfp.condition->qualities.front().weight));
    CHECK(pfp.score == Approx(1.24));
    CHECK(describe(pfp.match()) == "strong match");
}

TEST_CASE("Numbness points to a nerve root") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back", 5, {Quality::NumbnessTingling}),
                          painAt("knee_inner_left", 5, {Quality::NumbnessTingling})};
    const auto causes = rank(assessment);
    const RankedCause& root = cause(causes, "upper_lumbar_radiculopathy");
    CHECK(hasContribution(root, Contribution::Kind::Quality, "numbness or tingling"));
    CHECK(hasContribution(root, Contribution::Kind::Referred, "nerve root"));
    CHECK(position(causes, "upper_lumbar_radiculopathy") < position(causes, "knee_oa"));
}

TEST_CASE("Hip arthritis is ranked for knee pain alone, with the referral as the reason") {
    Assessment assessment;
    assessment.regions = {painAt("knee_inner_left", 5)};
    assessment.ageBand = AgeBand::Older;
    const auto causes = rank(assessment);
    const RankedCause& hip = cause(causes, "hip_oa");
    CHECK(hasContribution(hip, Contribution::Kind::Referred, "joint referral, moderate evidence"));
    CHECK(hasContribution(hip, Contribution::Kind::Age, "Typical at your age"));
}

TEST_CASE("Age changes the ranking: a child's hip conditions drop out for an older adult") {
    Assessment child;
    child.regions = {painAt("knee_front_left")};
    child.ageBand = AgeBand::Child;
    Assessment older = child;
    older.ageBand = AgeBand::Older;
    CHECK(position(rank(child), "perthes") >= 0);
    CHECK(position(rank(older), "perthes") == -1);
    CHECK(position(rank(child), "knee_oa") == -1);
    CHECK(position(rank(older), "knee_oa") >= 0);
}

TEST_CASE("An injury raises injury conditions and is named") {
    Assessment assessment;
    assessment.regions = {painAt("knee_inner_left")};
    const double without = cause(rank(assessment), "acl_mcl_injury").score;
    assessment.recentInjury = true;
    const auto causes = rank(assessment);
    const RankedCause& injury = cause(causes, "acl_mcl_injury");
    CHECK(injury.score > without);
    CHECK(hasContribution(injury, Contribution::Kind::Injury, "injury, fall or twist"));
}

TEST_CASE("Stronger pain counts more") {
    Assessment mild;
    mild.regions = {painAt("heel_sole_left", 2)};
    Assessment strong;
    strong.regions = {painAt("heel_sole_left", 9)};
    CHECK(cause(rank(strong), "plantar_heel_pain").score > cause(rank(mild), "plantar_heel_pain").score);
}

TEST_CASE("A raised red flag puts the condition it guards against first, and only that one") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back", 7)};
    assessment.answers["bladder_change"] = Answer::Yes;
    const auto causes = rank(assessment);
    REQUIRE_FALSE(causes.empty());
    CHECK(causes.front().condition->id == "cauda_equina_syndrome");
    CHECK(causes.front().raisedByRedFlag);
    CHECK(describe(causes.front().match()) == "strong match");
    CHECK_FALSE(hasContribution(cause(causes, "nonspecific_lbp"), Contribution::Kind::RedFlag, ""));
}

TEST_CASE("Ranking is deterministic") {
    Assessment assessment;
    assessment.regions = {painAt("buttock_right", 5, {Quality::Sharp}), painAt("thigh_back_right", 3)};
    const auto first = rank(assessment);
    const auto second = rank(assessment);
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].condition == second[i].condition);
        CHECK(first[i].score == second[i].score);
    }
}

TEST_CASE("No selection, no causes") {
    CHECK(rank(Assessment{}).empty());
}
