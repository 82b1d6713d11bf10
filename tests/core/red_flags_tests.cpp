#include "fixtures.hpp"

#include <kinetic/red_flags.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kinetic;
using namespace kinetic::test;

namespace {

std::vector<std::string> ids(const RedFlagReport& report) {
    std::vector<std::string> result;
    for (const RedFlagStatus& status : report.flags) {
        result.push_back(status.flag->id);
    }
    return result;
}

bool contains(const std::vector<std::string>& list, std::string_view id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

} // namespace

TEST_CASE("Back pain asks the cauda equina questions, knee pain does not") {
    Assessment back;
    back.regions = {painAt("lower_back")};
    const auto backFlags = ids(checkRedFlags(bundled(), back));
    for (const auto* id : {"saddle_numbness", "bladder_change", "bowel_control", "both_legs", "aaa_signs"}) {
        CHECK(contains(backFlags, id));
    }
    Assessment knee;
    knee.regions = {painAt("knee_front_left")};
    const auto kneeFlags = ids(checkRedFlags(bundled(), knee));
    CHECK_FALSE(contains(kneeFlags, "bladder_change"));
    CHECK(contains(kneeFlags, "hot_swollen_joint"));
    CHECK(contains(kneeFlags, "locked_knee"));
}

TEST_CASE("Nothing is asked before anything is selected") {
    CHECK(checkRedFlags(bundled(), Assessment{}).flags.empty());
}

TEST_CASE("A yes to an emergency question makes self-care secondary") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back")};
    assessment.answers["bladder_change"] = Answer::Yes;
    const RedFlagReport report = checkRedFlags(bundled(), assessment);
    REQUIRE(report.highest);
    CHECK(*report.highest == Urgency::Emergency);
    CHECK(report.selfCareSecondary());
    CHECK(report.flags.front().flag->id == "bladder_change");
    CHECK(report.flags.front().raised);
}

TEST_CASE("A no answer raises nothing") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back")};
    assessment.answers["bladder_change"] = Answer::No;
    const RedFlagReport report = checkRedFlags(bundled(), assessment);
    CHECK_FALSE(report.highest);
    CHECK_FALSE(report.selfCareSecondary());
}

TEST_CASE("Raised flags come first, most urgent first") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back")};
    assessment.answers["inflammatory_back_pain"] = Answer::Yes;
    assessment.answers["saddle_numbness"] = Answer::Yes;
    const RedFlagReport report = checkRedFlags(bundled(), assessment);
    REQUIRE(report.flags.size() > 2);
    CHECK(report.flags[0].flag->id == "saddle_numbness");
    CHECK(report.flags[1].flag->id == "inflammatory_back_pain");
    CHECK_FALSE(report.flags[2].raised);
    CHECK(*report.highest == Urgency::Emergency);
}

TEST_CASE("Weakness together with saddle numbness escalates to an emergency") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back")};
    assessment.answers["progressive_weakness"] = Answer::Yes;
    CHECK(checkRedFlags(bundled(), assessment).find("progressive_weakness")->urgency == Urgency::Urgent);
    assessment.answers["saddle_numbness"] = Answer::Yes;
    const RedFlagReport report = checkRedFlags(bundled(), assessment);
    const RedFlagStatus* weakness = report.find("progressive_weakness");
    CHECK(weakness->urgency == Urgency::Emergency);
    CHECK_FALSE(weakness->escalation.empty());
}

TEST_CASE("A child's knee pain raises the hip warning until answered no (reference F3.3)") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left")};
    assessment.ageBand = AgeBand::Child;
    RedFlagReport report = checkRedFlags(bundled(), assessment);
    REQUIRE(report.find("child_limp"));
    CHECK(report.find("child_limp")->presumed);
    CHECK(*report.highest == Urgency::Urgent);
    SECTION("answered no") {
        assessment.answers["child_limp"] = Answer::No;
        CHECK_FALSE(checkRedFlags(bundled(), assessment).highest);
    }
    SECTION("after an injury too: always raised (F3.3)") {
        assessment.recentInjury = true;
        report = checkRedFlags(bundled(), assessment);
        CHECK(report.find("child_limp")->presumed);
    }
    SECTION("adults are not asked it") {
        assessment.ageBand = AgeBand::Adult;
        CHECK_FALSE(checkRedFlags(bundled(), assessment).find("child_limp"));
    }
}

TEST_CASE("A yes stays listed even after its region is deselected") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left")};
    assessment.answers["bladder_change"] = Answer::Yes;
    CHECK(checkRedFlags(bundled(), assessment).isRaised("bladder_change"));
}

TEST_CASE("A follow-up is asked only once its question is raised, and can make it an emergency") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left")};
    CHECK_FALSE(checkRedFlags(bundled(), assessment).find("hot_joint_fever"));
    assessment.answers["hot_swollen_joint"] = Answer::Yes;
    RedFlagReport report = checkRedFlags(bundled(), assessment);
    REQUIRE(report.find("hot_joint_fever"));
    CHECK(*report.highest == Urgency::Urgent);
    assessment.answers["hot_joint_fever"] = Answer::Yes;
    report = checkRedFlags(bundled(), assessment);
    CHECK(*report.highest == Urgency::Emergency);
    CHECK(report.flags.front().flag->id == "hot_joint_fever");
}

TEST_CASE("Every follow-up in the content follows a question that comes before it") {
    const auto& flags = bundled().redFlags.all();
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (flags[i].followUpOf.empty()) {
            continue;
        }
        INFO(flags[i].id);
        const auto parent = std::find_if(flags.begin(), flags.begin() + static_cast<std::ptrdiff_t>(i),
                                         [&](const RedFlag& f) { return f.id == flags[i].followUpOf; });
        CHECK(parent != flags.begin() + static_cast<std::ptrdiff_t>(i));
        CHECK(flags[i].urgency <= parent->urgency);
    }
}

TEST_CASE("A child's presumed hip warning brings its fever question") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left")};
    assessment.ageBand = AgeBand::Child;
    const RedFlagReport report = checkRedFlags(bundled(), assessment);
    REQUIRE(report.find("child_limp_unwell"));
    CHECK_FALSE(report.find("child_limp_unwell")->raised);
}

TEST_CASE("Back pain with pain down both legs counts as the both-legs emergency until answered no (0.3, F3.6)") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back"), painAt("calf_left"), painAt("thigh_back_right")};
    RedFlagReport report = checkRedFlags(bundled(), assessment);
    REQUIRE(report.find("both_legs"));
    CHECK(report.find("both_legs")->presumed);
    CHECK(*report.highest == Urgency::Emergency);
    CHECK(report.flags.front().flag->id == "both_legs");
    SECTION("answered no") {
        assessment.answers["both_legs"] = Answer::No;
        report = checkRedFlags(bundled(), assessment);
        CHECK_FALSE(report.find("both_legs")->raised);
        CHECK_FALSE(report.highest);
    }
    SECTION("one leg only") {
        assessment.regions = {painAt("lower_back"), painAt("calf_left"), painAt("thigh_back_left")};
        CHECK_FALSE(checkRedFlags(bundled(), assessment).find("both_legs")->raised);
    }
    SECTION("both buttocks are common in ordinary back pain, and are only asked about") {
        assessment.regions = {painAt("lower_back"), painAt("buttock_left"), painAt("buttock_right")};
        CHECK_FALSE(checkRedFlags(bundled(), assessment).find("both_legs")->raised);
    }
    SECTION("both legs without back pain") {
        assessment.regions = {painAt("calf_left"), painAt("calf_right")};
        CHECK_FALSE(checkRedFlags(bundled(), assessment).find("both_legs")->raised);
    }
}

TEST_CASE("An older person's fall or knee injury counts as the fracture questions until answered no") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Older;
    assessment.recentInjury = true;
    assessment.regions = {painAt("lower_back"), painAt("knee_front_left")};
    RedFlagReport report = checkRedFlags(bundled(), assessment);
    CHECK(report.find("fracture_risk")->presumed);
    CHECK(report.find("ottawa_fracture")->presumed);
    CHECK(*report.highest == Urgency::Urgent);
    SECTION("without an injury they are only asked") {
        assessment.recentInjury = false;
        report = checkRedFlags(bundled(), assessment);
        CHECK_FALSE(report.find("fracture_risk")->raised);
        CHECK_FALSE(report.find("ottawa_fracture")->raised);
    }
    SECTION("an adult's injury is only asked about") {
        assessment.ageBand = AgeBand::Adult;
        report = checkRedFlags(bundled(), assessment);
        CHECK_FALSE(report.find("fracture_risk")->raised);
        CHECK_FALSE(report.find("ottawa_fracture")->raised);
    }
    SECTION("a fall with hip pain asks about a broken spine but does not presume one") {
        assessment.regions = {painAt("groin_hip_front_left")};
        report = checkRedFlags(bundled(), assessment);
        REQUIRE(report.find("fracture_risk"));
        CHECK_FALSE(report.find("fracture_risk")->raised);
    }
    SECTION("the Ottawa rule's age is for knees, not ankles") {
        assessment.regions = {painAt("ankle_left")};
        report = checkRedFlags(bundled(), assessment);
        REQUIRE(report.find("ottawa_fracture"));
        CHECK_FALSE(report.find("ottawa_fracture")->raised);
    }
}

TEST_CASE("Past cancer with numbness or tingling is checked the same day (RF07)") {
    Assessment assessment;
    assessment.regions = {painAt("lower_back")};
    assessment.answers["cancer_history"] = Answer::Yes;
    CHECK(checkRedFlags(bundled(), assessment).find("cancer_history")->urgency == Urgency::Soon);
    assessment.regions.front().qualities = {Quality::NumbnessTingling};
    const RedFlagReport report = checkRedFlags(bundled(), assessment);
    const RedFlagStatus* cancer = report.find("cancer_history");
    REQUIRE(cancer);
    CHECK(cancer->urgency == Urgency::Urgent);
    CHECK_FALSE(cancer->escalation.empty());
}

TEST_CASE("The young person's bone-pain question is asked of adults too: the band starts at 18 (F3.2: under 25)") {
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left")};
    assessment.ageBand = AgeBand::Adult;
    CHECK(checkRedFlags(bundled(), assessment).find("child_bone_pain"));
    assessment.ageBand = AgeBand::Older;
    CHECK_FALSE(checkRedFlags(bundled(), assessment).find("child_bone_pain"));
}
