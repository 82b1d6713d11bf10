#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kinetic {

// The self-care summary as plain data: built once by the core, then rendered as text, JSON,
// HTML, PDF or print by whichever layer needs it. Every string here is plain text: renderers
// escape it for their format.

struct SummaryRedFlag {
    std::string id;
    std::string code;
    std::string question;
    Urgency urgency = Urgency::Routine;
    std::string urgencyLabel;   ///< "Emergency"
    std::string urgencyMessage; ///< "Seek emergency care now: ..."
    std::string advice;
    std::string escalation;     ///< Why it is more urgent than usual; empty when not escalated.
    bool presumed = false;      ///< Raised by what the person told us (age, injury, where it hurts), not by a "yes".
    std::string presumedReason; ///< Why, when presumed.
    std::vector<std::string> sources;
};

struct SummaryRegion {
    std::string id;
    std::string name; ///< With side: "Front of knee, left".
    int intensity = 0;
    std::vector<std::string> qualities; ///< "numbness or tingling"
};

struct SummaryLink {
    std::string from; ///< Region id where pain is felt first (selected or linked).
    std::string to;
    std::string sentence;      ///< "Pain at front of knee, left can come from groin / front of hip, left."
    std::string mechanism;     ///< "joint referral"
    std::string evidence;      ///< "moderate evidence"
    bool lowCertainty = false; ///< Weak, expert opinion or not supported: say so.
    double strength = 0.0;
    int step = 1;
    std::string explanation;
    std::vector<std::string> sources;
};

struct SummaryCause {
    std::string id;
    std::string name;
    std::string match; ///< "good match"
    bool serious = false;
    double score = 0.0;
    std::vector<std::string> why; ///< The contributions in words.
    std::string summary;
    std::vector<std::string> sources;
};

struct SummaryExercise {
    std::string id;
    std::string code;
    std::string name;
    std::string kind;
    std::string dosage; ///< In words, with the person's changes.
    std::string dosageNote;
    bool dosageChanged = false;
    std::vector<std::string> steps;
    std::vector<std::string> mistakes;
    std::vector<std::string> whenToStop;
    std::string progressWhen;
    std::vector<std::string> easier;
    std::vector<std::string> harder;
    std::string evidence;
    std::vector<std::string> sources;
};

struct SummaryAdvice {
    std::string title;
    std::string text;
    std::string evidence;
    std::string myth; ///< "Popular belief: ... Evidence: ..."; empty when none.
    std::vector<std::string> sources;
};

struct SummarySource {
    std::string id;
    std::string key; ///< "NG59"
    std::string citation;
    std::string url;
};

struct Summary {
    std::string title = "Self-care summary";
    std::string date;
    std::string disclaimer;
    std::string contentVersion;
    std::string lastReviewed;
    std::string ageBand; ///< In words; empty when not given.
    bool recentInjury = false;

    /// Red flags answered yes (or presumed), most urgent first: printed first and boxed.
    std::vector<SummaryRedFlag> raisedFlags;
    std::optional<Urgency> highestUrgency;
    /// An emergency or same-day flag: the plan is printed as "after you have been checked".
    bool selfCareSecondary = false;
    /// Questions that apply but were not answered: to discuss with a clinician.
    std::vector<SummaryRedFlag> unansweredFlags;
    /// Questions answered no: printed so that a clinician sees what was asked (reference §F3.8).
    std::vector<SummaryRedFlag> answeredNoFlags;

    std::vector<SummaryRegion> regions;
    std::vector<std::string> highlightedRegions; ///< Linked region ids, for the diagram.
    std::vector<SummaryLink> links;
    std::vector<SummaryCause> causes;
    std::vector<SummaryExercise> plan;
    std::string painRule;
    std::vector<std::string> stopRules;
    std::string safetyNet;
    std::vector<SummaryAdvice> advice;
    std::string note;
    std::vector<SummarySource> sources; ///< Every source cited above, in order of first use.
};

/// Questions that share what a yes means ("Seek emergency care now: ..."), in the order of `flags`.
struct QuestionGroup {
    std::string message;
    std::vector<std::string> questions;
};

/// `flags` grouped by their urgency message: the summary lists flags most urgent first, and so
/// are the groups.
std::vector<QuestionGroup> groupByMessage(const std::vector<SummaryRedFlag>& flags);

/// Builds the summary of an assessment: the one path behind preview, print, PDF and the CLI.
Summary buildSummary(const Content& content, const Assessment& assessment);

/// Plain text, for the terminal.
std::string renderSummaryText(const Summary& summary);

/// The same fields as JSON.
nlohmann::json summaryToJson(const Summary& summary);

} // namespace kinetic
