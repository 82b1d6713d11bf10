#include "sample_summaries.hpp"

#include <kinetic/report/summary_html.hpp>

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kinetic;
using namespace kinetic::report;
using Kind = SummaryBlock::Kind;

namespace {

std::vector<Kind> kinds(const std::vector<SummaryBlock>& blocks) {
    std::vector<Kind> result;
    for (const SummaryBlock& block : blocks) {
        result.push_back(block.kind);
    }
    return result;
}

std::ptrdiff_t firstOf(const std::vector<SummaryBlock>& blocks, Kind kind) {
    const auto it = std::find_if(blocks.begin(), blocks.end(), [&](const SummaryBlock& b) { return b.kind == kind; });
    return it == blocks.end() ? -1 : it - blocks.begin();
}

} // namespace

TEST_CASE("escapeHtml keeps text literal", "[report][html]") {
    CHECK(escapeHtml("<img src=x>") == QStringLiteral("&lt;img src=x&gt;"));
    CHECK(escapeHtml("a & b") == QStringLiteral("a &amp; b"));
    CHECK(escapeHtml("&amp;") == QStringLiteral("&amp;amp;"));
    CHECK(escapeHtml("say \"hi\"") == QStringLiteral("say &quot;hi&quot;"));
    CHECK(escapeHtml("one\ntwo") == QStringLiteral("one<br>two"));
}

TEST_CASE("Blocks follow the order of the printed summary", "[report][html]") {
    const auto blocks = summaryBlocks(test::sampleSummary());
    REQUIRE(blocks.front().kind == Kind::Title);
    CHECK(blocks[1].kind == Kind::Heading);
    CHECK(blocks[2].kind == Kind::RedFlag);
    const std::vector<Kind> order{Kind::Title, Kind::RedFlag,  Kind::Diagram,  Kind::Regions, Kind::Link,
                                  Kind::Cause, Kind::PainRule, Kind::Exercise, Kind::Advice,  Kind::Source};
    for (std::size_t i = 0; i + 1 < order.size(); ++i) {
        INFO("kind " << static_cast<int>(order[i]) << " before " << static_cast<int>(order[i + 1]));
        CHECK(firstOf(blocks, order[i]) >= 0);
        CHECK(firstOf(blocks, order[i]) < firstOf(blocks, order[i + 1]));
    }
    const std::vector<Kind> all = kinds(blocks);
    CHECK(std::count(all.begin(), all.end(), Kind::Exercise) == 4);
}

TEST_CASE("A red flag answered yes is boxed with what to do", "[report][html]") {
    const Summary summary = test::sampleSummary();
    REQUIRE(summary.raisedFlags.size() == 1);
    const auto blocks = summaryBlocks(summary);
    const SummaryBlock& flag = blocks[static_cast<std::size_t>(firstOf(blocks, Kind::RedFlag))];
    CHECK(flag.id == "weight_loss_night_pain");
    CHECK(flag.html.startsWith(QStringLiteral("<table class=\"flag\"")));
    CHECK(flag.html.contains(QStringLiteral("border=\"3\"")));
    CHECK(flag.html.contains(escapeHtml(summary.raisedFlags[0].advice)));
    CHECK(flag.html.contains(escapeHtml(summary.raisedFlags[0].urgencyMessage)));
}

TEST_CASE("Without red flags there is no warning box", "[report][html]") {
    Assessment assessment = test::sampleAssessment();
    assessment.answers.clear();
    const auto blocks = summaryBlocks(buildSummary(test::bundledContent(), assessment));
    CHECK(firstOf(blocks, Kind::RedFlag) == -1);
}

TEST_CASE("An emergency puts the plan after being checked", "[report][html]") {
    Assessment assessment = test::sampleAssessment();
    assessment.answers["bladder_change"] = Answer::Yes;
    const Summary summary = buildSummary(test::bundledContent(), assessment);
    REQUIRE(summary.selfCareSecondary);
    REQUIRE(summary.raisedFlags.front().urgency == Urgency::Emergency);
    const auto blocks = summaryBlocks(summary);
    const auto plan = static_cast<std::size_t>(firstOf(blocks, Kind::PainRule)) - 1;
    CHECK(blocks[plan].html.contains(QStringLiteral("after you have been checked")));
    CHECK(blocks[2].id == "bladder_change");

    const auto ordinary = summaryBlocks(test::sampleSummary());
    const auto ordinaryPlan = static_cast<std::size_t>(firstOf(ordinary, Kind::PainRule)) - 1;
    CHECK_FALSE(ordinary[ordinaryPlan].html.contains(QStringLiteral("after you have been checked")));
}

TEST_CASE("Every piece of content and user text is escaped", "[report][html]") {
    const auto blocks = summaryBlocks(test::hostileSummary());
    QString all;
    for (const SummaryBlock& block : blocks) {
        all += block.html;
    }
    for (const char* hostile :
         {"<img src=x>", "<a href", "<script>", "<b>left</b>", "<i>the knee</i>", "<u>bridge", "<down>", "<2016>"}) {
        INFO(hostile);
        CHECK_FALSE(all.contains(QString::fromUtf8(hostile)));
    }
    CHECK(all.contains(QStringLiteral("&lt;img src=x&gt;")));
    CHECK(all.contains(QStringLiteral("&amp;amp;")));
    CHECK(all.contains(QStringLiteral("100%1")));
    // The only images are our own.
    const QRegularExpression source(QStringLiteral("src=\"([^\"]*)\""));
    for (auto it = source.globalMatch(all); it.hasNext();) {
        CHECK(it.next().captured(1).startsWith(QStringLiteral("kinetic:")));
    }
}

TEST_CASE("The standalone HTML embeds its pictures and forbids loading anything", "[report][html]") {
    const QString html = summaryHtml(test::sampleSummary());
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("default-src 'none'; img-src data:")));
    CHECK_FALSE(html.contains(QStringLiteral("src=\"kinetic:")));
    CHECK(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
    CHECK(html.contains(QStringLiteral("Content version 1.0.0")));

    const QString hostile = summaryHtml(test::hostileSummary());
    CHECK(hostile.contains(QStringLiteral("&lt;img src=x&gt;")));
    CHECK_FALSE(hostile.contains(QStringLiteral("<img src=x>")));
}
