#include <kinetic/summary.hpp>

#include <cstdio>
#include <sstream>

namespace kinetic {

namespace {

std::string keys(const std::vector<std::string>& sources) {
    std::string text;
    for (const std::string& key : sources) {
        text += (text.empty() ? "[" : "][") + key;
    }
    return text.empty() ? text : text + "]";
}

void heading(std::ostringstream& out, std::string_view title) {
    out << '\n' << title << '\n' << std::string(title.size(), '-') << '\n';
}

void list(std::ostringstream& out, const std::vector<std::string>& items, std::string_view indent = "  - ") {
    for (const std::string& item : items) {
        out << indent << item << '\n';
    }
}

void flags(std::ostringstream& out, const Summary& summary) {
    if (summary.raisedFlags.empty()) {
        return;
    }
    heading(out, "!! Warning signs: act on these first");
    for (const SummaryRedFlag& flag : summary.raisedFlags) {
        out << "  [" << flag.urgencyLabel << "] " << flag.question << '\n'
            << "    "
            << (flag.presumed ? "Counted as yes until you answer no: " + flag.presumedReason + ' '
                              : std::string("You answered yes. "))
            << flag.urgencyMessage << '\n'
            << "    " << flag.advice << ' ' << keys(flag.sources) << '\n';
        if (!flag.escalation.empty()) {
            out << "    More urgent because: " << flag.escalation << '\n';
        }
    }
}

/// The questions not raised: those left unanswered, by what a yes would mean, then those answered no.
void questions(std::ostringstream& out, const Summary& summary) {
    if (summary.unansweredFlags.empty() && summary.answeredNoFlags.empty()) {
        return;
    }
    heading(out, "Warning signs to watch for");
    if (!summary.unansweredFlags.empty()) {
        out << "  These questions apply to the areas you marked but were not answered. If the answer to any\n"
               "  of them is yes, now or later, do what it says.\n";
    }
    for (const QuestionGroup& group : groupByMessage(summary.unansweredFlags)) {
        out << "  If yes: " << group.message << '\n';
        list(out, group.questions, "    - ");
    }
    if (!summary.answeredNoFlags.empty()) {
        out << "  You answered no to:\n";
        for (const SummaryRedFlag& flag : summary.answeredNoFlags) {
            out << "    - " << flag.question << '\n';
        }
    }
}

void body(std::ostringstream& out, const Summary& summary) {
    heading(out, "Where it hurts");
    if (summary.regions.empty()) {
        out << "  No painful areas marked.\n";
    }
    for (const SummaryRegion& region : summary.regions) {
        out << "  - " << region.name << ": " << region.intensity << "/10";
        for (std::size_t i = 0; i < region.qualities.size(); ++i) {
            out << (i == 0 ? ", " : " and ") << region.qualities[i];
        }
        out << '\n';
    }
    heading(out, "Linked areas");
    for (const SummaryLink& link : summary.links) {
        out << "  - " << link.sentence << " " << link.explanation << " (" << link.mechanism << ", " << link.evidence
            << (link.lowCertainty ? "; less certain" : "") << ") " << keys(link.sources) << '\n';
    }
    heading(out, "Likely causes (how well each matches; not a diagnosis)");
    for (const SummaryCause& cause : summary.causes) {
        out << "  * " << cause.name << ": " << cause.match
            << (cause.serious ? " (must not be missed: see a clinician)" : "") << ' ' << keys(cause.sources) << '\n';
        list(out, cause.why, "      because: ");
    }
}

void plan(std::ostringstream& out, const Summary& summary) {
    heading(out, summary.selfCareSecondary ? "Self-care plan: only after you have been checked" : "Self-care plan");
    if (summary.plan.empty()) {
        out << "  No exercises in the plan.\n";
    }
    for (const SummaryExercise& exercise : summary.plan) {
        out << "  " << exercise.name << " (" << exercise.kind << "): " << exercise.dosage
            << (exercise.dosageChanged ? " (adjusted)" : "") << ' ' << keys(exercise.sources) << '\n';
        if (!exercise.dosageNote.empty()) {
            out << "    " << exercise.dosageNote << '\n';
        }
        for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
            out << "    " << i + 1 << ". " << exercise.steps[i] << '\n';
        }
        list(out, exercise.mistakes, "    Avoid: ");
        list(out, exercise.whenToStop, "    Stop or adapt: ");
        out << "    Progress when: " << exercise.progressWhen << '\n';
    }
    out << "\n  Pain rule: " << summary.painRule << '\n';
    out << "  Stop and get advice if you notice:\n";
    list(out, summary.stopRules, "    - ");
}

} // namespace

std::string renderSummaryText(const Summary& summary) {
    std::ostringstream out;
    out << summary.title << " (" << summary.date << ")\n"
        << std::string(summary.title.size(), '=') << '\n'
        << summary.disclaimer << '\n';
    flags(out, summary);
    body(out, summary);
    plan(out, summary);
    heading(out, "General advice");
    for (const SummaryAdvice& advice : summary.advice) {
        out << "  * " << advice.title << ": " << advice.text << " (" << advice.evidence << ") " << keys(advice.sources)
            << '\n';
        if (!advice.myth.empty()) {
            out << "    " << advice.myth << '\n';
        }
    }
    out << "\n  " << summary.safetyNet << '\n';
    questions(out, summary);
    if (!summary.note.empty()) {
        heading(out, "Your note");
        out << summary.note << '\n';
    }
    heading(out, "Sources");
    for (const SummarySource& source : summary.sources) {
        out << "  [" << source.key << "] " << source.citation << (source.url.empty() ? "" : " " + source.url) << '\n';
    }
    out << "\nContent version " << summary.contentVersion << ", last reviewed " << summary.lastReviewed << ".\n";
    return out.str();
}

} // namespace kinetic
