#include <kinetic/json_output.hpp>

#include <array>

namespace kinetic {

namespace {

template <typename E>
nlohmann::json names(const std::vector<E>& values) {
    nlohmann::json array = nlohmann::json::array();
    for (const E value : values) {
        array.push_back(toString(value));
    }
    return array;
}

nlohmann::json toJson(const Evidence& evidence) {
    return {{"level", toString(evidence.level)}, {"words", describe(evidence.level)}, {"note", evidence.note}};
}

std::string_view kindName(Contribution::Kind kind) {
    static constexpr std::array<std::string_view, 6> words{"direct", "referred", "quality",
                                                           "age",    "injury",   "red_flag"};
    return words.at(static_cast<std::size_t>(kind));
}

} // namespace

nlohmann::json toJson(const Region& region) {
    return {{"id", region.id},
            {"base", region.base},
            {"name", region.name},
            {"display_name", region.displayName()},
            {"side", toString(region.side)},
            {"view", toString(region.view)},
            {"group", toString(region.group)},
            {"selectable", region.selectable},
            {"description", region.description}};
}

nlohmann::json toJson(const LinkedArea& area) {
    const Link& link = *area.link;
    return {{"link", link.id},
            {"code", link.code},
            {"selected", area.selected->id},
            {"region", area.other->id},
            {"role", area.role == LinkRole::Outgoing   ? "outgoing"
                     : area.role == LinkRole::Incoming ? "incoming"
                                                       : "both_ways"},
            {"step", area.step},
            {"through", area.through ? area.through->id : std::string()},
            {"mechanism", toString(link.mechanism)},
            {"direction", toString(link.direction)},
            {"strength", link.strength},
            {"weight", area.weight},
            {"evidence", toJson(link.evidence)},
            {"low_certainty", link.evidence.level >= EvidenceLevel::Weak},
            {"sentence", describeLinkedArea(area)},
            {"explanation", link.explanation},
            {"sources", link.sources}};
}

nlohmann::json toJson(const RankedCause& cause) {
    nlohmann::json contributions = nlohmann::json::array();
    for (const Contribution& c : cause.contributions) {
        contributions.push_back({{"kind", kindName(c.kind)},
                                 {"points", c.points},
                                 {"text", describe(c)},
                                 {"region", c.region ? c.region->id : std::string()}});
    }
    const Condition& condition = *cause.condition;
    return {{"id", condition.id},
            {"code", condition.code},
            {"name", condition.name},
            {"serious", condition.serious},
            {"score", cause.score},
            {"match", describe(cause.match())},
            {"raised_by_red_flag", cause.raisedByRedFlag},
            {"best_region", cause.bestRegion},
            {"contributions", contributions},
            {"summary", condition.summary},
            {"red_flags", condition.redFlags},
            {"evidence", toJson(condition.evidence)},
            {"sources", condition.sources}};
}

nlohmann::json toJson(const Dosage& dosage) {
    nlohmann::json json = {{"sets", dosage.sets}, {"days_per_week", dosage.daysPerWeek}, {"words", describe(dosage)}};
    json["reps"] = dosage.reps ? nlohmann::json(*dosage.reps) : nlohmann::json(nullptr);
    json["hold_seconds"] = dosage.holdSeconds ? nlohmann::json(*dosage.holdSeconds) : nlohmann::json(nullptr);
    json["minutes"] = dosage.minutes ? nlohmann::json(*dosage.minutes) : nlohmann::json(nullptr);
    json["note"] = dosage.note;
    return json;
}

nlohmann::json toJson(const ExerciseMatch& match) {
    const Exercise& e = *match.exercise;
    nlohmann::json reasons = nlohmann::json::array();
    for (const ExerciseReason& reason : match.reasons) {
        reasons.push_back(describe(reason));
    }
    return {{"id", e.id},
            {"code", e.code},
            {"name", e.name},
            {"kind", toString(e.kind)},
            {"difficulty", toString(e.difficulty)},
            {"equipment", e.equipment},
            {"regions", e.regions},
            {"dosage", toJson(e.dosage)},
            {"fit", match.fit},
            {"reasons", reasons},
            {"evidence", toJson(e.evidence)},
            {"sources", e.sources}};
}

nlohmann::json toJson(const Content& content, const RedFlagStatus& status) {
    const RedFlag& flag = *status.flag;
    const UrgencyTier& tier = content.manifest.tier(status.urgency);
    return {{"id", flag.id},
            {"code", flag.code},
            {"question", flag.question},
            {"answer", toString(status.answer)},
            {"raised", status.raised},
            {"presumed", status.presumed},
            {"presumed_reason", status.presumedReason()},
            {"urgency", toString(status.urgency)},
            {"urgency_label", tier.label},
            {"urgency_message", tier.message},
            {"escalation", status.escalation},
            {"advice", flag.advice},
            {"age_bands", names(flag.ageBands)},
            {"conditions", flag.conditions},
            {"sources", flag.sources}};
}

} // namespace kinetic
