#include <kinetic/red_flags.hpp>

#include <algorithm>
#include <set>

namespace kinetic {

namespace {

bool contains(const std::vector<AgeBand>& bands, std::optional<AgeBand> band) {
    return band && std::find(bands.begin(), bands.end(), *band) != bands.end();
}

bool applies(const RedFlag& flag, const std::set<std::string>& bases, std::optional<AgeBand> band) {
    // With the age unknown, age-limited questions are asked: better asked than missed.
    const bool ageFits = flag.ageBands.empty() || !band || contains(flag.ageBands, band);
    const bool regionFits =
        flag.regions.empty() ||
        std::any_of(flag.regions.begin(), flag.regions.end(), [&](const std::string& r) { return bases.contains(r); });
    return ageFits && regionFits && !bases.empty();
}

} // namespace

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
    std::set<std::string> bases;
    for (const SelectedRegion& selected : assessment.regions) {
        if (const Region* region = content.regions.find(selected.region)) {
            bases.insert(region->base);
        }
    }
    RedFlagReport report;
    for (const RedFlag& flag : content.redFlags) {
        const Answer answer = assessment.answer(flag.id);
        if (answer != Answer::Yes && !applies(flag, bases, assessment.ageBand)) {
            continue;
        }
        if (answer != Answer::Yes && !flag.followUpOf.empty() && !report.isRaised(flag.followUpOf)) {
            continue; // asked only once its question is raised; content lists parents first
        }
        RedFlagStatus status{&flag, answer, false, false, flag.urgency, {}};
        if (flag.presumedYes && answer == Answer::Unanswered &&
            contains(flag.presumedYes->ageBands, assessment.ageBand) &&
            !(flag.presumedYes->unlessInjury && assessment.recentInjury)) {
            status.presumed = true;
        }
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
                                              [&](const std::string& id) { return report.isRaised(id); });
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
