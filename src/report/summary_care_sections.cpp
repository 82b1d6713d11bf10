// The take-home half of the summary: the plan, general advice and sources.
#include "html_text.hpp"
#include "summary_sections.hpp"
#include "summary_words.hpp"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace kinetic::report::sections {

using namespace kinetic::report::html;

namespace {

QString joined(const std::vector<std::string>& items) {
    QStringList parts;
    for (const std::string& item : items) {
        parts << esc(item);
    }
    return parts.join(QStringLiteral(" &middot; "));
}

QString exerciseTitleRow(std::size_t number, const SummaryExercise& exercise) {
    return QStringLiteral("<tr><td colspan=\"2\" bgcolor=\"#e6e6e6\"><p class=\"exname\">%1. %2 "
                          "<span class=\"meta\">&middot; %3 &middot; %4</span></p></td></tr>")
        .arg(number)
        .arg(esc(exercise.name), esc(exercise.kind), esc(exercise.code));
}

QString dosageCell(const SummaryExercise& exercise) {
    QString cell = labelled(SummaryWords::tr("How much:"), exercise.dosage);
    if (!exercise.dosageNote.empty()) {
        cell += paragraph(exercise.dosageNote, "small");
    }
    if (exercise.dosageChanged) {
        cell += paragraph(SummaryWords::tr("Dosage set for you: it differs from the usual one."), "small");
    }
    if (!exercise.progressWhen.empty()) {
        cell += labelled(SummaryWords::tr("When to progress:"), exercise.progressWhen);
    }
    return cell;
}

QString labelledList(const QString& label, const std::vector<std::string>& items) {
    return QStringLiteral("<p class=\"label\">%1</p>").arg(label.toHtmlEscaped()) + list(items);
}

/// Two columns side by side inside the exercise's full-width row.
QString twoColumns(const QString& left, const QString& right) {
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"50%\" valign=\"top\">%1</td><td width=\"50%\" valign=\"top\">%2</td>"
                          "</tr></table>")
        .arg(left, right);
}

QString exerciseDetails(const Summary& summary, const SummaryExercise& exercise) {
    QString details = QStringLiteral("<p class=\"label\">%1</p>").arg(SummaryWords::tr("Steps").toHtmlEscaped()) +
                      list(exercise.steps, true);
    std::vector<std::string> stop = exercise.whenToStop;
    stop.push_back(SummaryWords::tr("Pain above the pain rule, or pain that is worse the next day.").toStdString());
    details += twoColumns(labelledList(SummaryWords::tr("Common mistakes"), exercise.mistakes),
                          labelledList(SummaryWords::tr("Stop or make it easier if"), stop));
    const QString easier = exercise.easier.empty()
                               ? QString()
                               : QStringLiteral("<p><b>%1</b> %2</p>")
                                     .arg(SummaryWords::tr("Easier:").toHtmlEscaped(), joined(exercise.easier));
    const QString harder = exercise.harder.empty()
                               ? QString()
                               : QStringLiteral("<p><b>%1</b> %2</p>")
                                     .arg(SummaryWords::tr("Harder:").toHtmlEscaped(), joined(exercise.harder));
    if (!easier.isEmpty() || !harder.isEmpty()) {
        details += twoColumns(easier, harder);
    }
    if (!exercise.evidence.empty()) {
        details += QStringLiteral("<p class=\"small\">%1 %2</p>")
                       .arg(SummaryWords::tr("Evidence:").toHtmlEscaped(), esc(exercise.evidence));
    }
    return details + citation(summary, exercise.sources);
}

QString exerciseBlock(const Summary& summary, const Drawable& drawable, std::size_t number,
                      const SummaryExercise& exercise) {
    const bool drawn = drawable.illustration && drawable.illustration(exercise.id);
    const QString picture =
        drawn ? image(QStringLiteral("exercise/") + QString::fromStdString(exercise.id), illustrationWidth,
                      illustrationHeight,
                      SummaryWords::tr("Start and end position of %1").arg(QString::fromStdString(exercise.name)))
              : paragraph(SummaryWords::tr("(No illustration.)"), "small");
    QString body = QStringLiteral("<table class=\"exercise\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"6\">");
    body += exerciseTitleRow(number, exercise);
    body += QStringLiteral("<tr><td width=\"%1\" valign=\"middle\" align=\"center\">%2</td>"
                           "<td valign=\"top\">%3</td></tr>")
                .arg(illustrationWidth + 12)
                .arg(picture, dosageCell(exercise));
    body += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr></table>").arg(exerciseDetails(summary, exercise));
    return body;
}

QString painRuleBox(const Summary& summary) {
    QString box = QStringLiteral("<table class=\"box\" width=\"100%\" border=\"2\" cellspacing=\"0\" "
                                 "cellpadding=\"6\"><tr><td>");
    box += labelled(SummaryWords::tr("The pain rule:"), summary.painRule);
    if (!summary.stopRules.empty()) {
        box += QStringLiteral("<p class=\"label\">%1</p>")
                   .arg(SummaryWords::tr("Stop exercising and get advice if you notice:").toHtmlEscaped()) +
               list(summary.stopRules);
    }
    return box + QStringLiteral("</td></tr></table>");
}

bool cites(const std::vector<std::string>& keys, const SummarySource& source) {
    return std::find(keys.begin(), keys.end(), source.key) != keys.end() ||
           std::find(keys.begin(), keys.end(), source.id) != keys.end();
}

/// Sources of the items that are printed, and those no item cites (the rules'): the summary
/// condenses long lists of links and causes, and their sources go with them.
std::vector<SummarySource> printedSources(const Summary& summary) {
    std::vector<std::string> itemised;
    std::vector<std::string> printed = chainCitations(summary);
    const auto add = [](std::vector<std::string>& keys, const std::vector<std::string>& sources) {
        keys.insert(keys.end(), sources.begin(), sources.end());
    };
    for (const auto* flags : {&summary.raisedFlags, &summary.unansweredFlags}) {
        for (const SummaryRedFlag& flag : *flags) {
            add(itemised, flag.sources);
        }
    }
    for (const SummaryRedFlag& flag : summary.raisedFlags) {
        add(printed, flag.sources);
    }
    for (const SummaryLink& link : summary.links) {
        add(itemised, link.sources);
    }
    for (const SummaryCause& cause : summary.causes) {
        add(itemised, cause.sources);
    }
    for (const SummaryExercise& exercise : summary.plan) {
        add(printed, exercise.sources);
    }
    for (const SummaryAdvice& advice : summary.advice) {
        add(printed, advice.sources);
    }
    std::vector<SummarySource> result;
    std::copy_if(summary.sources.begin(), summary.sources.end(), std::back_inserter(result),
                 [&](const SummarySource& source) { return cites(printed, source) || !cites(itemised, source); });
    return result;
}

} // namespace

void appendPlan(const Summary& summary, const Drawable& drawable, Blocks& blocks) {
    const QString title = summary.selfCareSecondary
                              ? SummaryWords::tr("Your self-care plan: after you have been checked")
                              : SummaryWords::tr("Your self-care plan");
    const QString intro =
        summary.selfCareSecondary
            ? SummaryWords::tr("Start these exercises only after a clinician has checked the warning signs above "
                               "and agrees that self-care is right for you.")
            : SummaryWords::tr("Do each exercise as described. Move on when it feels easy; go back a step when "
                               "it hurts more than the pain rule allows.");
    blocks.push_back(SummaryBlock{SummaryBlock::Kind::Heading, heading(title) + paragraph(intro), true, {}});
    blocks.push_back(SummaryBlock{SummaryBlock::Kind::PainRule, painRuleBox(summary), false, {}});
    if (summary.plan.empty()) {
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Text,
                                      paragraph(SummaryWords::tr("No exercises have been added to the plan yet.")),
                                      false,
                                      {}});
    }
    for (std::size_t i = 0; i < summary.plan.size(); ++i) {
        const SummaryExercise& exercise = summary.plan[i];
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Exercise, exerciseBlock(summary, drawable, i + 1, exercise),
                                      false, exercise.id});
    }
}

void appendAdvice(const Summary& summary, Blocks& blocks) {
    blocks.push_back(SummaryBlock{SummaryBlock::Kind::Heading, heading(SummaryWords::tr("General advice")), true, {}});
    for (const SummaryAdvice& advice : summary.advice) {
        QString body = QStringLiteral("<p><b>%1</b></p>").arg(esc(advice.title)) + paragraph(advice.text);
        if (!advice.myth.empty()) {
            body += QStringLiteral("<p><i>%1</i></p>").arg(esc(advice.myth));
        }
        if (!advice.evidence.empty()) {
            body += QStringLiteral("<p class=\"small\">%1 %2</p>")
                        .arg(SummaryWords::tr("Evidence:").toHtmlEscaped(), esc(advice.evidence));
        }
        body += citation(summary, advice.sources);
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Advice, body, false, {}});
    }
    if (!summary.safetyNet.empty()) {
        const QString body = QStringLiteral("<table class=\"box\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                            "cellpadding=\"6\"><tr><td>%1</td></tr></table>")
                                 .arg(labelled(SummaryWords::tr("If it does not get better:"), summary.safetyNet));
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Advice, body, false, {}});
    }
}

void appendWarningSigns(const Summary& summary, Blocks& blocks) {
    if (summary.unansweredFlags.empty() && summary.answeredNoFlags.empty()) {
        return;
    }
    blocks.push_back(headingBlock(
        SummaryWords::tr("Warning signs to watch for"),
        summary.unansweredFlags.empty()
            ? QString()
            : SummaryWords::tr("These questions apply to the areas you marked but were not answered. If the "
                               "answer to any of them is yes, now or later, do what it says.")));
    for (const QuestionGroup& group : groupByMessage(summary.unansweredFlags)) {
        const QString body = QStringLiteral("<p><b>%1</b></p>").arg(esc(group.message)) + list(group.questions);
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Text, body, false, {}});
    }
    if (!summary.answeredNoFlags.empty()) {
        std::vector<std::string> questions;
        for (const SummaryRedFlag& flag : summary.answeredNoFlags) {
            questions.push_back(flag.question);
        }
        const QString body =
            QStringLiteral("<p><b>%1</b></p>").arg(SummaryWords::tr("You answered no to:").toHtmlEscaped()) +
            list(questions);
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Text, body, false, {}});
    }
}

void appendSources(const Summary& summary, Blocks& blocks) {
    const std::vector<SummarySource> sources = printedSources(summary);
    if (sources.empty()) {
        return;
    }
    blocks.push_back(headingBlock(SummaryWords::tr("Sources")));
    for (const SummarySource& source : sources) {
        QString body = QStringLiteral("<p class=\"source\"><b>%1</b> %2").arg(esc(source.key), esc(source.citation));
        if (!source.url.empty()) {
            body += QStringLiteral("<br>") + esc(source.url);
        }
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Source, body + QStringLiteral("</p>"), false, source.id});
    }
}

} // namespace kinetic::report::sections
