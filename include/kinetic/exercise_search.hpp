#pragma once

#include <kinetic/cause_ranking.hpp>
#include <kinetic/content.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kinetic {

struct ExerciseFilter {
    std::string region;    ///< A region base or id; empty: any.
    std::string condition; ///< A condition id; empty: any.
    std::optional<ExerciseKind> kind;
    std::optional<Difficulty> difficulty;
    std::string equipment; ///< Only exercises that need nothing else (besides "none"); empty: any.
    std::string text;      ///< Case-insensitive words found in the name, code, steps or regions.

    bool empty() const;
};

struct ExerciseMatch {
    const Exercise* exercise = nullptr;
    double fit = 0.0; ///< How well it fits the selection; 0 without one.
    /// "Recommended for Patellofemoral pain, which matches your pain at the front of knee, left: ..."
    std::vector<std::string> reasons;
};

/// Exercises passing the filter, best fit for the ranked causes first, then by reference code.
/// Serious causes never recommend exercises.
std::vector<ExerciseMatch> findExercises(const Content& content, const ExerciseFilter& filter,
                                         std::span<const RankedCause> causes = {});

} // namespace kinetic
