#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kinetic {

/// A red-flag question as it stands for this person.
struct RedFlagStatus {
    const RedFlag* flag = nullptr;
    Answer answer = Answer::Unanswered;
    bool presumed = false;              ///< Raised without a "yes" (a child's knee pain, say) until answered "no".
    bool raised = false;                ///< Answered "yes", or presumed.
    Urgency urgency = Urgency::Routine; ///< What a raised flag means, after escalations.
    std::string escalation;             ///< Why the urgency was raised above the flag's own, if it was.

    /// Why it is presumed, in words; empty when it is not.
    const std::string& presumedReason() const;
};

struct RedFlagReport {
    /// The questions that apply (to the selected regions and age, or answered "yes"): raised
    /// ones first, most urgent first, then the unanswered by urgency.
    std::vector<RedFlagStatus> flags;
    std::optional<Urgency> highest; ///< The most urgent raised flag; empty when none is raised.

    /// Reference §0.2 and §F3.1: with an emergency or same-day flag raised, the advice comes
    /// first and self-care (the exercise plan) is secondary.
    bool selfCareSecondary() const { return highest && *highest <= Urgency::Urgent; }
    const RedFlagStatus* find(std::string_view flagId) const;
    bool isRaised(std::string_view flagId) const;
};

/// The red flags for the assessment's regions, age band and answers.
RedFlagReport checkRedFlags(const Content& content, const Assessment& assessment);

} // namespace kinetic
