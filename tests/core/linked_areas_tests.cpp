#include "fixtures.hpp"

#include <kinetic/linked_areas.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

using namespace kinetic;
using namespace kinetic::test;

namespace {

bool hasLink(const std::vector<LinkedArea>& areas, std::string_view other, LinkRole role, std::string_view code,
             int step = 1) {
    return std::any_of(areas.begin(), areas.end(), [&](const LinkedArea& a) {
        return a.other->id == other && a.role == role && a.link->code == code && a.step == step;
    });
}

} // namespace

TEST_CASE("A knee shows the hip and the lower back as linked areas (reference F3.4)") {
    const auto areas = linkedAreas(bundled(), "knee_inner_left", LinkQuery{});
    CHECK(hasLink(areas, "groin_hip_front_left", LinkRole::Incoming, "E14"));
    CHECK(hasLink(areas, "lower_back", LinkRole::Incoming, "E02"));
    CHECK(hasLink(areas, "lower_back", LinkRole::Incoming, "E03"));
}

TEST_CASE("Referral keeps to the same side") {
    const auto areas = linkedAreas(bundled(), "knee_inner_left", LinkQuery{});
    CHECK_FALSE(
        std::any_of(areas.begin(), areas.end(), [](const LinkedArea& a) { return a.other->id.ends_with("_right"); }));
}

TEST_CASE("Links from the unsided lower back reach both legs") {
    const auto areas = linkedAreas(bundled(), "lower_back", LinkQuery{});
    CHECK(hasLink(areas, "calf_left", LinkRole::Outgoing, "E05"));
    CHECK(hasLink(areas, "calf_right", LinkRole::Outgoing, "E05"));
}

TEST_CASE("Links for children only are left out for adults") {
    LinkQuery adult;
    adult.ageBand = AgeBand::Adult;
    LinkQuery child;
    child.ageBand = AgeBand::Child;
    CHECK_FALSE(
        hasLink(linkedAreas(bundled(), "knee_front_left", adult), "groin_hip_front_left", LinkRole::Incoming, "E18"));
    CHECK(hasLink(linkedAreas(bundled(), "knee_front_left", child), "groin_hip_front_left", LinkRole::Incoming, "E18"));
}

TEST_CASE("Both-way links appear once, as mutual") {
    const auto areas = linkedAreas(bundled(), "knee_front_left", LinkQuery{});
    const auto e31 = std::count_if(areas.begin(), areas.end(), [](const LinkedArea& a) {
        return a.link->code == "E31" && a.other->id == "lower_back" && a.step == 1;
    });
    CHECK(e31 == 1);
    CHECK(hasLink(areas, "lower_back", LinkRole::Mutual, "E31"));
}

TEST_CASE("The second step is weaker and comes after every direct link") {
    const auto areas = linkedAreas(bundled(), "calf_left", LinkQuery{});
    REQUIRE_FALSE(areas.empty());
    const auto firstSecond = std::find_if(areas.begin(), areas.end(), [](const LinkedArea& a) { return a.step == 2; });
    REQUIRE(firstSecond != areas.end());
    CHECK(std::all_of(firstSecond, areas.end(), [](const LinkedArea& a) { return a.step == 2; }));
    for (auto it = firstSecond; it != areas.end(); ++it) {
        CHECK(it->weight <= it->link->strength * secondStepFactor + 1e-9);
        CHECK(it->through != nullptr);
    }
    LinkQuery direct;
    direct.secondStep = false;
    const auto onlyDirect = linkedAreas(bundled(), "calf_left", direct);
    CHECK(static_cast<std::ptrdiff_t>(onlyDirect.size()) == firstSecond - areas.begin());
}

TEST_CASE("Areas are sorted direct first, strongest first, then by link code and region id") {
    // The order as the documentation states it, by names, against the one the query makes by
    // ranks in one sort; equal areas keep the order of the selection.
    const auto before = [](const LinkedArea& a, const LinkedArea& b) {
        return std::tie(a.step, b.weight, a.link->code, a.other->id) <
               std::tie(b.step, a.weight, b.link->code, b.other->id);
    };
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.regions = {{"lower_back", 6, {}}, {"knee_inner_left", 5, {}}, {"groin_hip_front_left", 4, {}}};
    LinkQuery query;
    query.ageBand = assessment.ageBand;
    std::vector<LinkedArea> expected;
    for (const SelectedRegion& selected : assessment.regions) {
        const auto one = linkedAreas(bundled(), selected.region, query);
        CHECK(std::is_sorted(one.begin(), one.end(), before));
        expected.insert(expected.end(), one.begin(), one.end());
    }
    std::stable_sort(expected.begin(), expected.end(), before);
    const auto all = linkedAreas(bundled(), assessment);
    REQUIRE(all.size() == expected.size());
    CHECK(all.size() > 50);
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO(i);
        CHECK(all[i].link == expected[i].link);
        CHECK(all[i].selected == expected[i].selected);
        CHECK(all[i].other == expected[i].other);
        CHECK(all[i].role == expected[i].role);
        CHECK(all[i].step == expected[i].step);
    }
}

TEST_CASE("Hidden mechanisms are left out") {
    LinkQuery query;
    query.hiddenMechanisms = {Mechanism::NerveRoot};
    const auto areas = linkedAreas(bundled(), "knee_inner_left", query);
    CHECK_FALSE(areas.empty());
    CHECK(std::none_of(areas.begin(), areas.end(),
                       [](const LinkedArea& a) { return a.link->mechanism == Mechanism::NerveRoot; }));
}

TEST_CASE("Highlighted regions are the linked ones that are selectable and not selected") {
    Assessment assessment;
    assessment.regions = {painAt("knee_inner_left"), painAt("lower_back")};
    const auto areas = linkedAreas(bundled(), assessment);
    const auto lit = highlightedRegions(assessment, areas);
    CHECK(lit.contains("groin_hip_front_left"));
    CHECK_FALSE(lit.contains("lower_back"));
    CHECK_FALSE(lit.contains("knee_inner_left"));
    CHECK_FALSE(lit.contains("abdomen"));
}

TEST_CASE("A linked area is described in plain words") {
    const auto areas = linkedAreas(bundled(), "knee_inner_left", LinkQuery{});
    const auto it = std::find_if(areas.begin(), areas.end(), [](const LinkedArea& a) { return a.link->code == "E14"; });
    REQUIRE(it != areas.end());
    CHECK(describeLinkedArea(*it) == "Pain at Inner knee, left can come from " +
                                         bundled().regions.find("groin_hip_front_left")->displayName() + ".");
}

TEST_CASE("An unknown region has no links") {
    CHECK(linkedAreas(bundled(), "elbow_left", LinkQuery{}).empty());
}
