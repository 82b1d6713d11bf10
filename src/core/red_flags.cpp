#include <kinetic/red_flags.hpp>

#include <algorithm>
#include <string_view>
#include <vector>

namespace kinetic {

namespace {

bool contains(const std::vector<AgeBand>& bands, std::optional<AgeBand> band) {
    return band && std::find(bands.begin(), bands.end(), *band) != bands.end();
}

/// Whether a selected region lies on one of `bases`, on `side` (Side::None: on either).
bool anyOf(const std::vector<std::string>& bases, const std::vector<const Region*>& selected, Side side) {
    return std::any_of(selected.begin(), selected.end(), [&](const Region* region) {
        return (side == Side::None || region->side == side) &&
               std::find(bases.begin(), bases.end(), region->base) != bases.end();
    });
}

/// `selected` are the few selected regions: a list is quicker to search than a tree, for every flag.
bool applies(const RedFlag& flag, const std::vector<const Region*>& selected, std::optional<AgeBand> band) {
    // With the age unknown, age-limited questions are asked: better asked than missed.
    const bool ageFits = flag.ageBands.empty() || !band || contains(flag.ageBands, band);
    const bool regionFits = flag.regions.empty() || anyOf(flag.regions, selected, Side::None);
    return ageFits && regionFits && !selected.empty();
}

/// Whether what the person told us already answers the flag's question (reference §0.3, §F3.3).
bool presumed(const PresumedYes& rule, const Assessment& assessment, const std::vector<const Region*>& selected) {
    if (!rule.ageBands.empty() && !contains(rule.ageBands, assessment.ageBand)) {
        return false;
    }
    if ((rule.unlessInjury && assessment.recentInjury) || (rule.afterInjury && !assessment.recentInjury)) {
        return false;
    }
    if (!rule.regions.empty() && !anyOf(rule.regions, selected, Side::None)) {
        return false;
    }
    return rule.bothSidesOf.empty() ||
           (anyOf(rule.bothSidesOf, selected, Side::Left) && anyOf(rule.bothSidesOf, selected, Side::Right));
}

bool feltAs(const Assessment& assessment, const std::vector<Quality>& qualities) {
    return std::any_of(qualities.begin(), qualities.end(), [&](Quality quality) {
        return std::any_of(assessment.regions.begin(), assessment.regions.end(),
                           [&](const SelectedRegion& pain) { return pain.has(quality); });
    });
}

} // namespace

const std::string& RedFlagStatus::presumedReason() const {
    static const std::string none;
    return presumed && flag->presumedYes ? flag->presumedYes->reason : none;
}

const RedFlagStatus* RedFlagReport::find(std::string_view flagId) const {
    const auto it = std::find_if(flags.begin(), flags.end(),
                                 [&](const RedFlagStatus& status) { return status.flag->id == flagId; });
    return it == flags.end() ? nullptr : &*it;
}

bool RedFlagReport::isRaised(std::string_view flagId) const {
    const RedFlagStatus* status = find(flagId);
    return status && status->raised;
}

RedFlagReport checkRedFlags(const Content& content, const Assessment& assessment) {
    std::vector<const Region*> selected;
    for (const SelectedRegion& pain : assessment.regions) {
        if (const Region* region = content.regions.find(pain.region)) {
            selected.push_back(region);
        }
    }
    // The answers by flag position: a lookup per answer given rather than one per flag.
    std::vector<Answer> answers(content.redFlags.size(), Answer::Unanswered);
    for (const auto& [id, answer] : assessment.answers) {
        if (const RedFlag* flag = content.redFlags.find(id)) {
            answers[static_cast<std::size_t>(flag - content.redFlags.all().data())] = answer;
        }
    }
    RedFlagReport report;
    for (std::size_t position = 0; position < content.redFlags.size(); ++position) {
        const RedFlag& flag = content.redFlags.all()[position];
        const Answer answer = answers[position];
        if (answer != Answer::Yes && !applies(flag, selected, assessment.ageBand)) {
            continue;
        }
        if (answer != Answer::Yes && !flag.followUpOf.empty() && !report.isRaised(flag.followUpOf)) {
            continue; // asked only once its question is raised; content lists parents first
        }
        RedFlagStatus status{&flag, answer, false, false, flag.urgency, {}};
        status.presumed =
            flag.presumedYes && answer == Answer::Unanswered && presumed(*flag.presumedYes, assessment, selected);
        status.raised = answer == Answer::Yes || status.presumed;
        report.flags.push_back(std::move(status));
    }
    // Escalations: a raised flag together with another raised one may mean more.
    for (RedFlagStatus& status : report.flags) {
        if (!status.raised) {
            continue;
        }
        for (const Escalation& escalation : status.flag->escalations) {
            const bool together = std::any_of(escalation.with.begin(), escalation.with.end(),
                                              [&](const std::string& id) { return report.isRaised(id); }) ||
                                  feltAs(assessment, escalation.withQualities);
            if (together && escalation.urgency < status.urgency) {
                status.urgency = escalation.urgency;
                status.escalation = escalation.reason;
            }
        }
        if (!report.highest || status.urgency < *report.highest) {
            report.highest = status.urgency;
        }
    }
    std::stable_sort(report.flags.begin(), report.flags.end(), [](const RedFlagStatus& a, const RedFlagStatus& b) {
        if (a.raised != b.raised) {
            return a.raised;
        }
        return a.urgency < b.urgency;
    });
    return report;
}

} // namespace kinetic
