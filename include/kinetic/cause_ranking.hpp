#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>
#include <kinetic/red_flags.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kinetic {

/// One named part of a cause's score, and what it concerns: data that points into the content
/// and the assessment's answers, put into words by `describe` only where it is shown.
struct Contribution {
    enum class Kind { Direct, Referred, Quality, Age, Injury, RedFlag };
    Kind kind = Kind::Direct;
    double points = 0.0;
    const Region* region = nullptr;           ///< Direct, Referred, Quality: the selected region.
    const Link* link = nullptr;               ///< Referred: the link that carries the pain there.
    const WeightedQuality* quality = nullptr; ///< Quality: the quality described that fits.
    const Condition* condition = nullptr;     ///< Age, Injury: the cause's condition.
    std::optional<AgeBand> ageBand;           ///< Age: the person's age band.
    const RedFlag* flag = nullptr;            ///< RedFlag: the warning sign raised.
    /// Age: typical at that age. Injury: an injury was reported. RedFlag: presumed from the
    /// selection rather than answered yes.
    bool yes = false;
};

/// A contribution in words: "Felt directly where you marked pain: front of knee, left".
std::string describe(const Contribution& contribution);

/// How well a cause matches, in words; never a probability.
enum class MatchLevel { Strong, Good, Possible };

struct RankedCause {
    const Condition* condition = nullptr;
    double score = 0.0; ///< The sum of `contributions`.
    std::vector<Contribution> contributions;
    std::string bestRegion; ///< The selected region that suggests it most.
    bool raisedByRedFlag = false;

    MatchLevel match() const;
};

std::string_view describe(MatchLevel level);

/// Causes with a score above this are listed.
inline constexpr double minimumCauseScore = 0.15;

/// Likely causes for the selection: those a raised red flag guards against first, then best
/// match first. Deterministic: the same assessment
/// always gives the same list, ties broken by the reference code.
///
/// A score is a sum of named contributions:
/// - **Direct** / **Referred**: for each selected region where the condition is felt,
///   `weight x (0.6 + 0.4 x intensity / 10)`; referred when the condition names the link that
///   carries the pain there.
/// - **Quality**: `0.5 x weight` for each fitting pain quality at a matching region.
/// - **Age**: +0.25 when the age band is typical; when it is not, minus 90% of the region and
///   quality points.
/// - **Injury**: +0.4 for an injury-type condition after an injury, minus 30% without one;
///   -0.15 for a condition an injury does not point to.
/// - **Red flag**: +1.0 for each linked red flag raised.
///
/// Worked example (docs/architecture.md): front of left knee at 6/10, "ache", teenager, no
/// injury; patellofemoral pain (knee_front 1.0, ache 0.8, any age, unrelated to injury) scores
/// 1.0 x 0.84 + 0.5 x 0.8 = 1.24, a strong match.
std::vector<RankedCause> rankCauses(const Content& content, const Assessment& assessment,
                                    const RedFlagReport& redFlags);

} // namespace kinetic
