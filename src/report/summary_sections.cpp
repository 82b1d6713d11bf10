#include "summary_sections.hpp"

#include "html_text.hpp"
#include "summary_words.hpp"

#include <QStringList>

namespace kinetic::report::sections {

using namespace kinetic::report::html;

namespace {

QString aboutLine(const Summary& summary) {
    QStringList parts;
    if (!summary.date.empty()) {
        parts << SummaryWords::tr("Date: %1").arg(esc(summary.date));
    }
    if (!summary.ageBand.empty()) {
        parts << SummaryWords::tr("Age: %1").arg(esc(summary.ageBand));
    }
    if (summary.recentInjury) {
        parts << SummaryWords::tr("After a recent injury, fall or twist").toHtmlEscaped();
    }
    return parts.join(QStringLiteral(" &middot; "));
}

QString flagBox(const Summary& summary, const SummaryRedFlag& flag) {
    QString box = QStringLiteral("<table class=\"flag\" width=\"100%\" border=\"3\" cellspacing=\"0\" "
                                 "cellpadding=\"8\" bgcolor=\"#eeeeee\"><tr><td>");
    box += QStringLiteral("<p class=\"flagtitle\">&#9888; %1</p>")
               .arg(QString::fromStdString(flag.urgencyLabel).toUpper().toHtmlEscaped());
    box += QStringLiteral("<p><b>%1</b></p>").arg(esc(flag.urgencyMessage));
    const QString asked =
        flag.presumed ? SummaryWords::tr("Counted as yes until answered no:") : SummaryWords::tr("You answered yes:");
    box += labelled(asked, flag.question);
    if (flag.presumed) {
        box += labelled(SummaryWords::tr("Why:"), flag.presumedReason);
    }
    box += labelled(SummaryWords::tr("What to do:"), flag.advice);
    if (!flag.escalation.empty()) {
        box += labelled(SummaryWords::tr("Why this is more urgent:"), flag.escalation);
    }
    box += citation(summary, flag.sources);
    return box + QStringLiteral("</td></tr></table>");
}

QString regionRows(const std::vector<SummaryRegion>& regions, std::size_t first, std::size_t last) {
    QString rows =
        QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
            .arg(SummaryWords::tr("Area"), SummaryWords::tr("Pain (0 to 10)"), SummaryWords::tr("How it feels"));
    for (std::size_t i = first; i < last; ++i) {
        const SummaryRegion& region = regions[i];
        QStringList qualities;
        for (const std::string& quality : region.qualities) {
            qualities << esc(quality);
        }
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(region.name), SummaryWords::tr("%1 / 10", "pain out of 10").arg(region.intensity),
                         qualities.isEmpty() ? QStringLiteral("&ndash;") : qualities.join(QStringLiteral(", ")));
    }
    return rows;
}

} // namespace

SummaryBlock headingBlock(const QString& text, const QString& intro) {
    QString body = heading(text);
    if (!intro.isEmpty()) {
        body += QStringLiteral("<p>") + intro.toHtmlEscaped() + QStringLiteral("</p>");
    }
    return SummaryBlock{SummaryBlock::Kind::Heading, body, true, {}};
}

void appendTitle(const Summary& summary, Blocks& blocks) {
    QString body = QStringLiteral("<h1>%1</h1>").arg(esc(summary.title));
    const QString about = aboutLine(summary);
    if (!about.isEmpty()) {
        body += QStringLiteral("<p class=\"meta\">%1</p>").arg(about);
    }
    body += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(SummaryWords::tr("Content version %1, last reviewed %2")
                         .arg(esc(summary.contentVersion), esc(summary.lastReviewed)));
    body += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" class=\"box\">"
                           "<tr><td><p><b>%1</b> %2</p></td></tr></table>")
                .arg(SummaryWords::tr("Please read:").toHtmlEscaped(), esc(summary.disclaimer));
    blocks.push_back(SummaryBlock{SummaryBlock::Kind::Title, body, false, {}});
}

void appendRedFlags(const Summary& summary, Blocks& blocks) {
    if (summary.raisedFlags.empty()) {
        return;
    }
    const bool several = summary.raisedFlags.size() > 1;
    QString intro;
    if (summary.selfCareSecondary) {
        intro =
            several
                ? SummaryWords::tr("You answered yes to warning signs. Act on the advice in the boxes below first: the "
                                   "self-care plan is for after you have been checked.")
                : SummaryWords::tr("You answered yes to a warning sign. Act on the advice in the box below first: the "
                                   "self-care plan is for after you have been checked.");
    } else {
        intro = several ? SummaryWords::tr(
                              "You answered yes to questions a clinician should know about. Act on the advice in the "
                              "boxes below.")
                        : SummaryWords::tr(
                              "You answered yes to a question a clinician should know about. Act on the advice in "
                              "the box below.");
    }
    blocks.push_back(headingBlock(SummaryWords::tr("Warning signs: see a clinician"), intro));
    for (const SummaryRedFlag& flag : summary.raisedFlags) {
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::RedFlag, flagBox(summary, flag), false, flag.id});
    }
}

void appendDiagram(const Summary& summary, const Drawable& drawable, Blocks& blocks) {
    QString body = heading(SummaryWords::tr("Where it hurts and what is linked"));
    if (drawable.diagram) {
        body += QStringLiteral("<p align=\"center\">%1</p>")
                    .arg(image(QStringLiteral("diagram"), diagramWidth, diagramHeight,
                               SummaryWords::tr("Body diagram with the painful and linked areas")));
        body +=
            paragraph(SummaryWords::tr("Front and back views. The areas you marked, the areas linked to them and the "
                                       "links between them are marked as the key shows."),
                      "small");
    } else {
        body += paragraph(SummaryWords::tr("The body diagram could not be drawn."), "small");
    }
    if (summary.regions.empty()) {
        body += paragraph(SummaryWords::tr("No painful areas were marked."));
    }
    blocks.push_back(SummaryBlock{SummaryBlock::Kind::Diagram, body, false, {}});
}

void appendRegions(const Summary& summary, Blocks& blocks) {
    if (!summary.regions.empty()) {
        blocks.push_back(headingBlock(SummaryWords::tr("The areas you marked")));
    }
    for (std::size_t first = 0; first < summary.regions.size(); first += regionRowsPerBlock) {
        const std::size_t last = std::min(first + regionRowsPerBlock, summary.regions.size());
        const QString table = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                             "cellpadding=\"4\">%1</table>")
                                  .arg(regionRows(summary.regions, first, last));
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Regions, table, false, {}});
    }
    if (!summary.note.empty()) {
        const QString body = QStringLiteral("<h3>%1</h3><p>%2</p>")
                                 .arg(SummaryWords::tr("Your note").toHtmlEscaped(), esc(summary.note));
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Note, body, false, {}});
    }
}

} // namespace kinetic::report::sections
