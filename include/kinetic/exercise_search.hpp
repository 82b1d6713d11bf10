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

/// Why an exercise fits the selection: a ranked cause recommends it. Points into the content.
struct ExerciseReason {
    const Condition* condition = nullptr;
    const Recommendation* recommendation = nullptr; ///< One of the condition's.
    const Region* region = nullptr;                 ///< The selected region that suggests the cause most, if known.
};

/// A reason in words: "Recommended for Patellofemoral pain, which matches your pain at the front
/// of knee, left: ..." Put into words only where shown, so a search builds no text.
std::string describe(const ExerciseReason& reason);

struct ExerciseMatch {
    const Exercise* exercise = nullptr;
    double fit = 0.0;                    ///< How well it fits the selection; 0 without one.
    std::vector<ExerciseReason> reasons; ///< In the order of the ranked causes.
};

/// Exercises passing the filter, best fit for the ranked causes first, then by reference code.
/// Serious causes never recommend exercises.
std::vector<ExerciseMatch> findExercises(const Content& content, const ExerciseFilter& filter,
                                         std::span<const RankedCause> causes = {});

} // namespace kinetic
