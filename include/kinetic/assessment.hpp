#pragma once

#include <kinetic/content.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kinetic {

/// A region the person marked as painful.
struct SelectedRegion {
    std::string region; ///< Region id, e.g. `knee_front_left`.
    int intensity = 5;  ///< 0-10.
    std::vector<Quality> qualities;

    bool has(Quality quality) const;
    friend bool operator==(const SelectedRegion&, const SelectedRegion&) = default;
};

/// An exercise in the person's self-care plan, with their own dosage where they changed it.
struct PlanItem {
    std::string exercise;
    std::optional<Dosage> dosage; ///< Empty: the exercise's default dosage.

    friend bool operator==(const PlanItem&, const PlanItem&) = default;
};

/// Everything the person told us: the user's state, saved as `*.kinetic.json`.
struct Assessment {
    std::optional<AgeBand> ageBand;
    bool recentInjury = false; ///< A recent injury, fall or twist.
    std::vector<SelectedRegion> regions;
    std::map<std::string, Answer> answers; ///< Red-flag id -> answer.
    std::vector<PlanItem> plan;
    std::string note;
    std::string date; ///< ISO date the assessment was made, e.g. "2026-11-21".

    const SelectedRegion* find(std::string_view regionId) const;
    bool isSelected(std::string_view regionId) const { return find(regionId) != nullptr; }
    Answer answer(std::string_view redFlagId) const;
    bool inPlan(std::string_view exerciseId) const;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

} // namespace kinetic
