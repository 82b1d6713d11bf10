#include <kinetic/cause_ranking.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>
#include <kinetic/summary.hpp>

#include <algorithm>
#include <set>

namespace kinetic {

namespace {

/// Remembers the sources cited, in order of first use.
class SourceList {
public:
    explicit SourceList(const Content& content)
        : m_content(content) {}

    std::vector<std::string> cite(const std::vector<std::string>& ids) {
        std::vector<std::string> keys;
        for (const std::string& id : ids) {
            const Source* source = m_content.sources.find(id);
            if (!source) {
                continue;
            }
            keys.push_back(source->key);
            if (m_seen.insert(id).second) {
                m_sources.push_back(SummarySource{source->id, source->key, source->citation, source->url});
            }
        }
        return keys;
    }

    std::vector<SummarySource> take() { return std::move(m_sources); }

private:
    const Content& m_content;
    std::set<std::string> m_seen;
    std::vector<SummarySource> m_sources;
};

/// `sources`: where the flag's sources are cited; nullptr cites none.
SummaryRedFlag toSummary(const Content& content, const RedFlagStatus& status, SourceList* sources) {
    const UrgencyTier& tier = content.manifest.tier(status.urgency);
    return SummaryRedFlag{status.flag->id,
                          status.flag->code,
                          status.flag->question,
                          status.urgency,
                          tier.label,
                          tier.message,
                          status.flag->advice,
                          status.escalation,
                          status.presumed,
                          status.presumedReason(),
                          sources ? sources->cite(status.flag->sources) : std::vector<std::string>{}};
}

bool lowCertainty(EvidenceLevel level) {
    return level >= EvidenceLevel::Weak;
}

/// Advice topics for the selected regions' groups, plus general advice.
std::set<std::string> adviceTopics(const Content& content, const Assessment& assessment) {
    std::set<std::string> topics{"general"};
    for (const SelectedRegion& selected : assessment.regions) {
        const Region* region = content.regions.find(selected.region);
        if (!region) {
            continue;
        }
        switch (region->group) {
        case RegionGroup::Spine:
        case RegionGroup::Pelvis:
            topics.insert("back");
            break;
        default:
            topics.insert(std::string(toString(region->group)));
            break;
        }
    }
    return topics;
}

void addExercises(const Content& content, const Assessment& assessment, SourceList& sources, Summary& summary) {
    for (const PlanItem& item : assessment.plan) {
        const Exercise* exercise = content.exercises.find(item.exercise);
        if (!exercise) {
            continue;
        }
        const Dosage dosage = item.dosage.value_or(exercise->dosage);
        SummaryExercise out{exercise->id,
                            exercise->code,
                            exercise->name,
                            std::string(describe(exercise->kind)),
                            describe(dosage),
                            dosage.note,
                            item.dosage.has_value(),
                            exercise->steps,
                            exercise->mistakes,
                            exercise->whenToStop,
                            exercise->progressWhen,
                            {},
                            {},
                            std::string(describe(exercise->evidence.level)),
                            sources.cite(exercise->sources)};
        for (const Variant& variant : exercise->easier) {
            out.easier.push_back(variant.text);
        }
        for (const Variant& variant : exercise->harder) {
            out.harder.push_back(variant.text);
        }
        summary.plan.push_back(std::move(out));
    }
}

void addLinksAndCauses(const Content& content, const Assessment& assessment, const RedFlagReport& flags,
                       SourceList& sources, Summary& summary) {
    const auto areas = linkedAreas(content, assessment);
    const auto highlighted = highlightedRegions(assessment, areas);
    summary.highlightedRegions.assign(highlighted.begin(), highlighted.end());
    for (const LinkedArea& area : areas) {
        if (area.step != 1) {
            continue;
        }
        const bool outgoing = area.role != LinkRole::Incoming;
        summary.links.push_back(
            SummaryLink{(outgoing ? area.selected : area.other)->id, (outgoing ? area.other : area.selected)->id,
                        describeLinkedArea(area), std::string(describe(area.link->mechanism)),
                        std::string(describe(area.link->evidence.level)), lowCertainty(area.link->evidence.level),
                        area.weight, area.step, area.link->explanation, sources.cite(area.link->sources)});
    }
    for (const RankedCause& cause : rankCauses(content, assessment, flags)) {
        SummaryCause out{cause.condition->id,
                         cause.condition->name,
                         std::string(describe(cause.match())),
                         cause.condition->serious,
                         cause.score,
                         {},
                         cause.condition->summary,
                         sources.cite(cause.condition->sources)};
        for (const Contribution& contribution : cause.contributions) {
            out.why.push_back(describe(contribution));
        }
        summary.causes.push_back(std::move(out));
    }
}

} // namespace

std::vector<QuestionGroup> groupByMessage(const std::vector<SummaryRedFlag>& flags) {
    std::vector<QuestionGroup> groups;
    for (const SummaryRedFlag& flag : flags) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const QuestionGroup& g) { return g.message == flag.urgencyMessage; });
        if (group == groups.end()) {
            group = groups.insert(groups.end(), QuestionGroup{flag.urgencyMessage, {}});
        }
        group->questions.push_back(flag.question);
    }
    return groups;
}

Summary buildSummary(const Content& content, const Assessment& assessment) {
    Summary summary;
    SourceList sources(content);
    summary.date = assessment.date;
    summary.disclaimer = content.manifest.disclaimer;
    summary.contentVersion = content.manifest.contentVersion;
    summary.lastReviewed = content.manifest.lastReviewed;
    summary.ageBand = assessment.ageBand ? std::string(describe(*assessment.ageBand)) : std::string{};
    summary.recentInjury = assessment.recentInjury;
    summary.note = assessment.note;

    const RedFlagReport flags = checkRedFlags(content, assessment);
    summary.highestUrgency = flags.highest;
    summary.selfCareSecondary = flags.selfCareSecondary();
    for (const RedFlagStatus& status : flags.flags) {
        if (status.raised || status.answer == Answer::Unanswered) {
            auto& list = status.raised ? summary.raisedFlags : summary.unansweredFlags;
            list.push_back(toSummary(content, status, &sources));
        } else { // listed by question only: nothing is cited for it
            summary.answeredNoFlags.push_back(toSummary(content, status, nullptr));
        }
    }
    for (const SelectedRegion& selected : assessment.regions) {
        const Region* region = content.regions.find(selected.region);
        SummaryRegion out{selected.region, region ? region->displayName() : selected.region, selected.intensity, {}};
        for (const Quality quality : selected.qualities) {
            out.qualities.emplace_back(describe(quality));
        }
        summary.regions.push_back(std::move(out));
    }
    addLinksAndCauses(content, assessment, flags, sources, summary);
    addExercises(content, assessment, sources, summary);
    summary.painRule = content.manifest.painRule.text;
    sources.cite(content.manifest.painRule.sources);
    summary.stopRules = content.manifest.stopRules;
    sources.cite(content.manifest.stopRuleSources);
    summary.safetyNet = content.manifest.safetyNet.text;
    sources.cite(content.manifest.safetyNet.sources);
    const auto topics = adviceTopics(content, assessment);
    for (const Advice& advice : content.advice) {
        const bool relevant = std::any_of(advice.topics.begin(), advice.topics.end(),
                                          [&](const std::string& topic) { return topics.contains(topic); });
        if (!relevant) {
            continue;
        }
        std::string myth;
        if (advice.myth) {
            myth = "Popular belief: " + advice.myth->claim + " What the evidence says: " + advice.myth->verdict;
        }
        summary.advice.push_back(SummaryAdvice{advice.title, advice.text, std::string(describe(advice.evidence.level)),
                                               std::move(myth), sources.cite(advice.sources)});
    }
    summary.sources = sources.take();
    return summary;
}

} // namespace kinetic
