#include <kinetic/content.hpp>

#include <algorithm>
#include <stdexcept>

namespace kinetic {

const UrgencyTier& Manifest::tier(Urgency urgency) const {
    for (const UrgencyTier& tier : urgencyTiers) {
        if (tier.id == urgency) {
            return tier;
        }
    }
    throw std::logic_error("validated content lists every urgency tier");
}

std::string Region::displayName() const {
    return side == Side::None ? name : name + ", " + std::string(describe(side));
}

bool Link::appliesTo(std::optional<AgeBand> band) const {
    if (ageBands.empty() || !band) {
        return true;
    }
    return std::find(ageBands.begin(), ageBands.end(), *band) != ageBands.end();
}

std::string describe(const Dosage& dosage) {
    std::string text = std::to_string(dosage.sets) + (dosage.sets == 1 ? " set" : " sets");
    if (dosage.reps) {
        text += " of " + std::to_string(*dosage.reps);
    }
    if (dosage.holdSeconds) {
        text += (dosage.reps ? ", hold " : " of ") + std::to_string(*dosage.holdSeconds) + " s";
    }
    if (dosage.minutes) {
        text = std::to_string(*dosage.minutes) + " minutes";
    }
    text += ", " + (dosage.daysPerWeek == 7 ? std::string("every day")
                                            : std::to_string(dosage.daysPerWeek) +
                                                  (dosage.daysPerWeek == 1 ? " day a week" : " days a week"));
    return text;
}

std::vector<const Region*> Content::regionsOfBase(std::string_view base) const {
    std::vector<const Region*> result;
    for (const std::size_t i : regions.about(base)) {
        result.push_back(&regions.all()[i]);
    }
    return result;
}

const Region* Content::regionOn(std::string_view base, Side side) const {
    const Region* unsided = nullptr;
    for (const std::size_t i : regions.about(base)) {
        const Region& region = regions.all()[i];
        if (region.side == side) {
            return &region;
        }
        if (region.side == Side::None) {
            unsided = &region;
        }
    }
    return unsided;
}

std::string Content::baseName(std::string_view base) const {
    const auto& about = regions.about(base);
    return about.empty() ? std::string(base) : regions.all()[about.front()].name;
}

} // namespace kinetic
