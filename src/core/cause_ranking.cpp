#include <kinetic/cause_ranking.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace kinetic {

namespace {

constexpr double ageTypicalBonus = 0.25;
constexpr double ageAtypicalShare = 0.9;
constexpr double injuryTypicalBonus = 0.4;
constexpr double injuryMissingShare = 0.3;
constexpr double injuryUnrelatedPenalty = 0.15;
constexpr double redFlagPoints = 1.0;
constexpr double qualityShare = 0.5;

double intensityFactor(int intensity) {
    return 0.6 + 0.4 * std::clamp(intensity, 0, 10) / 10.0;
}

std::string lowerFirst(std::string text) {
    if (!text.empty() && std::isupper(static_cast<unsigned char>(text[0])) &&
        !(text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1])))) {
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    }
    return text;
}

std::string joinBands(const std::vector<AgeBand>& bands) {
    std::string text;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == bands.size() ? " and " : ", ");
        text += describe(bands[i]);
    }
    return text;
}

/// Concatenates, allocating once.
std::string concat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const std::string_view part : parts) {
        size += part.size();
    }
    std::string text;
    text.reserve(size);
    for (const std::string_view part : parts) {
        text += part;
    }
    return text;
}

/// A selected region with the content's region it names.
struct Selected {
    const SelectedRegion& selected;
    const Region* region;
};

/// The selected regions that exist in the content, looked up once for all conditions.
std::vector<Selected> resolve(const Content& content, const Assessment& assessment) {
    std::vector<Selected> result;
    for (const SelectedRegion& selected : assessment.regions) {
        if (const Region* region = content.regions.find(selected.region)) {
            result.push_back({selected, region});
        }
    }
    return result;
}

/// The positions of the conditions that can score, in table order: those felt at a selected
/// region's base and those a raised red flag guards against. Any other condition has nothing
/// to add up, so the cost follows the selection, not the size of the content.
std::vector<std::size_t> candidates(const Content& content, const std::vector<Selected>& regions,
                                    const RedFlagReport& redFlags) {
    std::vector<std::size_t> result;
    for (const Selected& selected : regions) {
        const auto& felt = content.conditions.about(selected.region->base);
        result.insert(result.end(), felt.begin(), felt.end());
    }
    for (const RedFlagStatus& status : redFlags.flags) {
        if (!status.raised) {
            continue;
        }
        for (const std::string& id : status.flag->conditions) {
            if (const Condition* condition = content.conditions.find(id)) {
                result.push_back(static_cast<std::size_t>(condition - content.conditions.all().data()));
            }
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

/// Where the condition is felt among the selected regions, and with which qualities. Returns the
/// region that suggests it most, if any.
const Region* addRegionContributions(const Content& content, const Condition& condition,
                                     const std::vector<Selected>& regions, RankedCause& cause) {
    double best = 0.0;
    const Region* bestRegion = nullptr;
    unsigned seen = 0; // a bit for each quality already counted
    static_assert(static_cast<int>(Quality::Stiffness) < 32);
    for (const auto& [selected, region] : regions) {
        for (const WeightedRegion& felt : condition.regions) {
            if (felt.region != region->base) {
                continue;
            }
            const double points = felt.weight * intensityFactor(selected.intensity);
            const Link* link = felt.via.empty() ? nullptr : content.links.find(felt.via);
            Contribution& contribution = cause.contributions.emplace_back();
            contribution.kind = link ? Contribution::Kind::Referred : Contribution::Kind::Direct;
            contribution.points = points;
            contribution.region = region;
            contribution.link = link;
            if (points > best) {
                best = points;
                bestRegion = region;
            }
            for (const WeightedQuality& quality : condition.qualities) {
                const unsigned bit = 1U << static_cast<unsigned>(quality.quality);
                if ((seen & bit) == 0 && selected.has(quality.quality)) {
                    seen |= bit;
                    Contribution& fits = cause.contributions.emplace_back();
                    fits.kind = Contribution::Kind::Quality;
                    fits.points = qualityShare * quality.weight;
                    fits.region = region;
                    fits.quality = &quality;
                }
            }
        }
    }
    return bestRegion;
}

double sum(const RankedCause& cause) {
    double total = 0.0;
    for (const Contribution& contribution : cause.contributions) {
        total += contribution.points;
    }
    return total;
}

/// What the selection itself says (regions and qualities): the base the age and injury
/// corrections scale, so that they never weaken a raised red flag.
double selectionPoints(const RankedCause& cause) {
    double total = 0.0;
    for (const Contribution& contribution : cause.contributions) {
        if (contribution.kind == Contribution::Kind::Direct || contribution.kind == Contribution::Kind::Referred ||
            contribution.kind == Contribution::Kind::Quality) {
            total += contribution.points;
        }
    }
    return total;
}

void addAgeContribution(const Condition& condition, const Assessment& assessment, RankedCause& cause) {
    if (!assessment.ageBand || condition.ageBands.empty()) {
        return;
    }
    const bool typical = std::find(condition.ageBands.begin(), condition.ageBands.end(), *assessment.ageBand) !=
                         condition.ageBands.end();
    Contribution age;
    age.kind = Contribution::Kind::Age;
    age.points = typical ? ageTypicalBonus : -ageAtypicalShare * selectionPoints(cause);
    age.condition = &condition;
    age.ageBand = assessment.ageBand;
    age.yes = typical;
    cause.contributions.push_back(age);
}

void addInjuryContribution(const Condition& condition, const Assessment& assessment, RankedCause& cause) {
    Contribution injury;
    injury.kind = Contribution::Kind::Injury;
    injury.condition = &condition;
    injury.yes = assessment.recentInjury;
    if (condition.injury == InjuryRelation::Typical) {
        injury.points = assessment.recentInjury ? injuryTypicalBonus : -injuryMissingShare * selectionPoints(cause);
    } else if (condition.injury == InjuryRelation::Unrelated && assessment.recentInjury) {
        injury.points = -injuryUnrelatedPenalty;
    } else {
        return;
    }
    cause.contributions.push_back(injury);
}

/// A raised red flag counts for the conditions it guards against (the flag's `conditions`), not
/// for every condition that lists it as a question worth asking.
void addRedFlagContributions(const Condition& condition, const RedFlagReport& redFlags, RankedCause& cause) {
    for (const RedFlagStatus& status : redFlags.flags) {
        const auto& guarded = status.flag->conditions;
        if (!status.raised || std::find(guarded.begin(), guarded.end(), condition.id) == guarded.end()) {
            continue;
        }
        cause.raisedByRedFlag = true;
        Contribution raised;
        raised.kind = Contribution::Kind::RedFlag;
        raised.points = redFlagPoints;
        raised.flag = status.flag;
        raised.yes = status.presumed;
        cause.contributions.push_back(raised);
    }
}

} // namespace

std::string describe(const Contribution& contribution) {
    switch (contribution.kind) {
    case Contribution::Kind::Direct:
        return "Felt directly where you marked pain: " + lowerFirst(contribution.region->displayName());
    case Contribution::Kind::Referred: {
        const Link& link = *contribution.link;
        return concat({"Can be felt at ", lowerFirst(contribution.region->displayName()), ": ",
                       lowerFirst(link.explanation), " (", describe(link.mechanism), ", ",
                       describe(link.evidence.level), ")"});
    }
    case Contribution::Kind::Quality:
        return concat({"You described ", describe(contribution.quality->quality), ": ", contribution.quality->because});
    case Contribution::Kind::Age:
        return contribution.yes
                   ? "Typical at your age: " + std::string(describe(*contribution.ageBand))
                   : "Uncommon at your age: it mostly affects " + joinBands(contribution.condition->ageBands);
    case Contribution::Kind::Injury:
        if (contribution.condition->injury != InjuryRelation::Typical) {
            return "Does not usually start with an injury";
        }
        return contribution.yes ? "Fits the recent injury, fall or twist you reported"
                                : "Usually follows an injury, fall or twist, and you reported none";
    case Contribution::Kind::RedFlag:
        return (contribution.yes ? "A warning sign applies to you: " : "You answered yes to: ") +
               contribution.flag->question;
    }
    return {};
}

MatchLevel RankedCause::match() const {
    if (raisedByRedFlag || score >= 1.2) {
        return MatchLevel::Strong;
    }
    return score >= 0.7 ? MatchLevel::Good : MatchLevel::Possible;
}

std::string_view describe(MatchLevel level) {
    switch (level) {
    case MatchLevel::Strong:
        return "strong match";
    case MatchLevel::Good:
        return "good match";
    case MatchLevel::Possible:
        break;
    }
    return "possible match";
}

std::vector<RankedCause> rankCauses(const Content& content, const Assessment& assessment,
                                    const RedFlagReport& redFlags) {
    const std::vector<Selected> regions = resolve(content, assessment);
    const std::vector<std::size_t> positions = candidates(content, regions, redFlags);
    std::vector<RankedCause> causes;
    causes.reserve(positions.size());
    // Each candidate is scored in one cause whose list of contributions is reused; only those
    // kept get a list of their own, of the right size.
    RankedCause work;
    for (const std::size_t position : positions) {
        const Condition& condition = content.conditions.all()[position];
        work.condition = &condition;
        work.raisedByRedFlag = false;
        work.contributions.clear();
        const Region* best = addRegionContributions(content, condition, regions, work);
        addRedFlagContributions(condition, redFlags, work);
        if (work.contributions.empty()) {
            continue; // nothing in the selection points here
        }
        addAgeContribution(condition, assessment, work);
        addInjuryContribution(condition, assessment, work);
        work.score = sum(work);
        if (work.score >= minimumCauseScore) {
            RankedCause& cause = causes.emplace_back(work); // a copy holds only what it needs
            if (best) {
                cause.bestRegion = best->id;
            }
        }
    }
    // A cause that a raised red flag guards against comes first, whatever the rest scores:
    // reference §F3.1, urgent ones first. Then best score first, then in table order, as a
    // stable sort would leave them. The order is found on small keys, then the causes are moved
    // once.
    struct Key {
        bool raised;
        double score;
        std::uint32_t index;
    };
    std::vector<Key> keys;
    keys.reserve(causes.size());
    for (std::size_t i = 0; i < causes.size(); ++i) {
        keys.push_back({causes[i].raisedByRedFlag, causes[i].score, static_cast<std::uint32_t>(i)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.raised != b.raised) {
            return a.raised;
        }
        return a.score != b.score ? a.score > b.score : a.index < b.index;
    });
    std::vector<RankedCause> ranked;
    ranked.reserve(causes.size());
    for (const Key& key : keys) {
        ranked.push_back(std::move(causes[key.index]));
    }
    return ranked;
}

} // namespace kinetic
