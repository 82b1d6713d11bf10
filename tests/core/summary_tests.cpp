#include "fixtures.hpp"

#include <kinetic/summary.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace kinetic;
using namespace kinetic::test;

namespace {

Assessment withEmergency() {
    Assessment a;
    a.date = "2026-11-21";
    a.ageBand = AgeBand::Adult;
    a.regions = {painAt("lower_back", 7), painAt("knee_front_left", 4, {Quality::Ache})};
    a.answers = {{"bladder_change", Answer::Yes}, {"saddle_numbness", Answer::No}};
    a.plan = {PlanItem{"glute_bridge", std::nullopt},
              PlanItem{"clamshell", Dosage{2, 8, std::nullopt, std::nullopt, 2, ""}}};
    a.note = "<img src=x>";
    return a;
}

} // namespace

TEST_CASE("The summary puts raised red flags first and makes the plan secondary") {
    const Summary summary = buildSummary(bundled(), withEmergency());
    REQUIRE(summary.raisedFlags.size() == 1);
    CHECK(summary.raisedFlags[0].id == "bladder_change");
    CHECK(summary.raisedFlags[0].urgencyLabel == "Emergency");
    CHECK(summary.selfCareSecondary);
    CHECK(summary.causes.front().id == "cauda_equina_syndrome");
    REQUIRE(summary.plan.size() == 2);
    CHECK(summary.plan[1].dosageChanged);
    CHECK(summary.plan[1].dosage == "2 sets of 8, 2 days a week");
    CHECK(summary.note == "<img src=x>");
    CHECK_FALSE(summary.highlightedRegions.empty());
}

TEST_CASE("Every source the summary cites is listed once, in order of first use") {
    const Summary summary = buildSummary(bundled(), withEmergency());
    std::set<std::string> listed;
    for (const SummarySource& source : summary.sources) {
        CHECK(listed.insert(source.key).second);
    }
    for (const SummaryCause& cause : summary.causes) {
        for (const std::string& key : cause.sources) {
            CHECK(listed.contains(key));
        }
    }
    CHECK(summary.raisedFlags[0].sources.front() == summary.sources.front().key);
}

TEST_CASE("The text summary lists sections in order") {
    const std::string text = renderSummaryText(buildSummary(bundled(), withEmergency()));
    const auto at = [&](std::string_view s) { return text.find(s); };
    CHECK(at("Warning signs") < at("Where it hurts"));
    CHECK(at("Where it hurts") < at("Linked areas"));
    CHECK(at("Linked areas") < at("Likely causes"));
    CHECK(at("Likely causes") < at("only after you have been checked"));
    CHECK(at("only after you have been checked") < at("General advice"));
    CHECK(at("General advice") < at("Sources"));
    CHECK(at("<img src=x>") != std::string::npos);
}

TEST_CASE("The text summary lists the questions left unanswered and those answered no (F3.8)") {
    const Summary summary = buildSummary(bundled(), withEmergency());
    REQUIRE(summary.answeredNoFlags.size() == 1);
    CHECK(summary.answeredNoFlags[0].id == "saddle_numbness");
    CHECK(summary.answeredNoFlags[0].sources.empty());
    REQUIRE_FALSE(summary.unansweredFlags.empty());
    const std::vector<QuestionGroup> groups = groupByMessage(summary.unansweredFlags);
    REQUIRE(groups.size() > 1);
    CHECK(groups.front().message == summary.unansweredFlags.front().urgencyMessage);
    std::set<std::string> messages;
    std::size_t questions = 0;
    for (const QuestionGroup& group : groups) {
        CHECK(messages.insert(group.message).second);
        questions += group.questions.size();
    }
    CHECK(questions == summary.unansweredFlags.size());
    const std::string text = renderSummaryText(summary);
    const auto watch = text.find("Warning signs to watch for");
    REQUIRE(watch != std::string::npos);
    for (const QuestionGroup& group : groups) {
        CHECK(text.find("If yes: " + group.message, watch) != std::string::npos);
    }
    CHECK(watch > text.find("General advice"));
    CHECK(text.find(summary.unansweredFlags.front().question, watch) != std::string::npos);
    const auto no = text.find("You answered no to:", watch);
    REQUIRE(no != std::string::npos);
    CHECK(text.find(summary.answeredNoFlags[0].question, no) != std::string::npos);
}

TEST_CASE("A presumed flag says why, in every format") {
    Assessment assessment;
    assessment.ageBand = AgeBand::Child;
    assessment.regions = {painAt("knee_front_left")};
    const Summary summary = buildSummary(bundled(), assessment);
    REQUIRE_FALSE(summary.raisedFlags.empty());
    const SummaryRedFlag& flag = summary.raisedFlags.front();
    CHECK(flag.presumed);
    CHECK(flag.presumedReason == bundled().redFlags.find("child_limp")->presumedYes->reason);
    CHECK(renderSummaryText(summary).find(flag.presumedReason) != std::string::npos);
    CHECK(summaryToJson(summary)["red_flags"][0]["presumed_reason"] == flag.presumedReason);
}

TEST_CASE("The JSON summary carries the same fields") {
    const nlohmann::json json = summaryToJson(buildSummary(bundled(), withEmergency()));
    CHECK(json["highest_urgency"] == "emergency");
    CHECK(json["self_care_secondary"] == true);
    CHECK(json["red_flags"][0]["id"] == "bladder_change");
    CHECK(json["plan"].size() == 2);
    CHECK(json["causes"][0]["why"].size() >= 2);
}
