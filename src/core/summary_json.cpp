#include <kinetic/summary.hpp>

#include <nlohmann/json.hpp>

namespace kinetic {

namespace {

nlohmann::json toJson(const SummaryRedFlag& flag) {
    return {{"id", flag.id},
            {"code", flag.code},
            {"question", flag.question},
            {"urgency", toString(flag.urgency)},
            {"urgency_label", flag.urgencyLabel},
            {"urgency_message", flag.urgencyMessage},
            {"advice", flag.advice},
            {"escalation", flag.escalation},
            {"presumed", flag.presumed},
            {"presumed_reason", flag.presumedReason},
            {"sources", flag.sources}};
}

nlohmann::json flagsToJson(const std::vector<SummaryRedFlag>& flags) {
    nlohmann::json array = nlohmann::json::array();
    for (const SummaryRedFlag& flag : flags) {
        array.push_back(toJson(flag));
    }
    return array;
}

nlohmann::json bodyToJson(const Summary& summary) {
    nlohmann::json regions = nlohmann::json::array();
    for (const SummaryRegion& region : summary.regions) {
        regions.push_back({{"id", region.id},
                           {"name", region.name},
                           {"intensity", region.intensity},
                           {"qualities", region.qualities}});
    }
    nlohmann::json links = nlohmann::json::array();
    for (const SummaryLink& link : summary.links) {
        links.push_back({{"from", link.from},
                         {"to", link.to},
                         {"sentence", link.sentence},
                         {"mechanism", link.mechanism},
                         {"evidence", link.evidence},
                         {"low_certainty", link.lowCertainty},
                         {"strength", link.strength},
                         {"explanation", link.explanation},
                         {"sources", link.sources}});
    }
    nlohmann::json causes = nlohmann::json::array();
    for (const SummaryCause& cause : summary.causes) {
        causes.push_back({{"id", cause.id},
                          {"name", cause.name},
                          {"match", cause.match},
                          {"serious", cause.serious},
                          {"score", cause.score},
                          {"why", cause.why},
                          {"summary", cause.summary},
                          {"sources", cause.sources}});
    }
    return {{"regions", regions},
            {"highlighted_regions", summary.highlightedRegions},
            {"links", links},
            {"causes", causes}};
}

nlohmann::json planToJson(const Summary& summary) {
    nlohmann::json plan = nlohmann::json::array();
    for (const SummaryExercise& e : summary.plan) {
        plan.push_back({{"id", e.id},
                        {"code", e.code},
                        {"name", e.name},
                        {"kind", e.kind},
                        {"dosage", e.dosage},
                        {"dosage_note", e.dosageNote},
                        {"dosage_changed", e.dosageChanged},
                        {"steps", e.steps},
                        {"mistakes", e.mistakes},
                        {"when_to_stop", e.whenToStop},
                        {"progress_when", e.progressWhen},
                        {"easier", e.easier},
                        {"harder", e.harder},
                        {"evidence", e.evidence},
                        {"sources", e.sources}});
    }
    return plan;
}

} // namespace

nlohmann::json summaryToJson(const Summary& summary) {
    nlohmann::json advice = nlohmann::json::array();
    for (const SummaryAdvice& a : summary.advice) {
        advice.push_back(
            {{"title", a.title}, {"text", a.text}, {"evidence", a.evidence}, {"myth", a.myth}, {"sources", a.sources}});
    }
    nlohmann::json sources = nlohmann::json::array();
    for (const SummarySource& s : summary.sources) {
        sources.push_back({{"id", s.id}, {"key", s.key}, {"citation", s.citation}, {"url", s.url}});
    }
    nlohmann::json json = {{"title", summary.title},
                           {"date", summary.date},
                           {"disclaimer", summary.disclaimer},
                           {"content_version", summary.contentVersion},
                           {"last_reviewed", summary.lastReviewed},
                           {"age_band", summary.ageBand},
                           {"recent_injury", summary.recentInjury},
                           {"highest_urgency", summary.highestUrgency
                                                   ? nlohmann::json(toString(*summary.highestUrgency))
                                                   : nlohmann::json(nullptr)},
                           {"self_care_secondary", summary.selfCareSecondary},
                           {"red_flags", flagsToJson(summary.raisedFlags)},
                           {"unanswered_red_flags", flagsToJson(summary.unansweredFlags)},
                           {"answered_no_red_flags", flagsToJson(summary.answeredNoFlags)},
                           {"plan", planToJson(summary)},
                           {"pain_rule", summary.painRule},
                           {"stop_rules", summary.stopRules},
                           {"safety_net", summary.safetyNet},
                           {"advice", advice},
                           {"note", summary.note},
                           {"sources", sources}};
    json.update(bodyToJson(summary));
    return json;
}

} // namespace kinetic
