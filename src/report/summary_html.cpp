#include "summary_art.hpp"
#include "summary_diagram.hpp"
#include "summary_sections.hpp"

#include <kinetic/report/summary_html.hpp>

#include <QBuffer>
#include <QImage>

namespace kinetic::report {

namespace {

/// Image pixels per CSS pixel in the standalone HTML: sharp on high-density screens and paper.
constexpr double embeddedImageScale = 2.0;

std::vector<SummaryBlock> blocksFor(const Summary& summary, const SummaryArt& art) {
    const sections::Drawable drawable{art.hasDiagram(),
                                      [&art](const std::string& id) { return art.hasIllustration(id); }};
    std::vector<SummaryBlock> blocks;
    sections::appendTitle(summary, blocks);
    sections::appendRedFlags(summary, blocks);
    sections::appendDiagram(summary, drawable, blocks);
    sections::appendRegions(summary, blocks);
    sections::appendLinks(summary, blocks);
    sections::appendCauses(summary, blocks);
    sections::appendPlan(summary, drawable, blocks);
    sections::appendAdvice(summary, blocks);
    sections::appendWarningSigns(summary, blocks);
    sections::appendSources(summary, blocks);
    return blocks;
}

QString dataUrl(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

/// Swaps `src="kinetic:NAME"` for the picture itself, drawn at the size the HTML gives it.
void embed(QString& html, const QString& name, QSizeF size, const SummaryArt& art, const DiagramState& state) {
    const QString scheme = QLatin1String(summaryImageScheme.data(), static_cast<qsizetype>(summaryImageScheme.size()));
    const QString attribute = QStringLiteral("src=\"%1:%2\"").arg(scheme, name.toHtmlEscaped());
    if (!html.contains(attribute)) {
        return;
    }
    const QImage image = art.render(name, size, embeddedImageScale, state);
    html.replace(attribute, QStringLiteral("src=\"%1\"").arg(image.isNull() ? QString() : dataUrl(image)));
}

QString browserStyleSheet() {
    return summaryStyleSheet() +
           QStringLiteral("body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; max-width: 52em; "
                          "margin: 2em auto; padding: 0 1em; color: #000; }\n"
                          ".block { page-break-inside: avoid; break-inside: avoid; margin-bottom: 0.8em; }\n"
                          "table { border-collapse: collapse; }\n"
                          "table.flag, table.flag td { border: 3px solid #000; }\n"
                          "table.box, table.box td { border: 1.5px solid #000; }\n"
                          "table.exercise td, table.grid td, table.grid th { border: 1px solid #777; }\n"
                          "img { max-width: 100%; height: auto; }\n");
}

} // namespace

QString escapeHtml(std::string_view text) {
    QString escaped = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toHtmlEscaped();
    escaped.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

std::vector<SummaryBlock> summaryBlocks(const Summary& summary) {
    return blocksFor(summary, *SummaryArt::bundled());
}

QString summaryStyleSheet() {
    return QStringLiteral("h1 { font-size: 19pt; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }\n"
                          "h2 { font-size: 13.5pt; font-weight: bold; margin-top: 0px; margin-bottom: 3px; }\n"
                          "h3 { font-size: 11pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }\n"
                          "p { margin-top: 0px; margin-bottom: 3px; }\n"
                          "ul, ol { margin-top: 0px; margin-bottom: 3px; }\n"
                          "li { margin-bottom: 1px; }\n"
                          ".meta { color: #333333; }\n"
                          ".small { font-size: 8pt; color: #333333; }\n"
                          ".label { font-weight: bold; margin-bottom: 1px; }\n"
                          ".flagtitle { font-size: 13pt; font-weight: bold; }\n"
                          ".exname { font-size: 11.5pt; font-weight: bold; margin-bottom: 0px; }\n"
                          ".source { font-size: 8pt; }\n"
                          "table.flag { border-color: #000000; border-style: solid; border-collapse: collapse; }\n"
                          "table.box { border-color: #000000; border-style: solid; border-collapse: collapse; }\n"
                          "table.exercise { border-color: #666666; border-style: solid; border-collapse: collapse; }\n"
                          "table.grid { border-color: #777777; border-style: solid; border-collapse: collapse; }\n"
                          "th { background-color: #e6e6e6; }\n");
}

QString summaryHtml(const Summary& summary) {
    const auto art = SummaryArt::bundled();
    const DiagramState state = summaryDiagramState(summary);
    QString body;
    for (const SummaryBlock& block : blocksFor(summary, *art)) {
        body += QStringLiteral("<div class=\"block\">") + block.html + QStringLiteral("</div>\n");
    }
    embed(body, QStringLiteral("diagram"), QSizeF(sections::diagramWidth, sections::diagramHeight), *art, state);
    for (const SummaryExercise& exercise : summary.plan) {
        embed(body, QStringLiteral("exercise/") + QString::fromStdString(exercise.id),
              QSizeF(sections::illustrationWidth, sections::illustrationHeight), *art, state);
    }
    const QString title = escapeHtml(summary.title) +
                          (summary.date.empty() ? QString() : QStringLiteral(" &middot; ") + escapeHtml(summary.date));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                          "style-src 'unsafe-inline'\">\n<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3"
                          "</body>\n</html>\n")
        .arg(title, browserStyleSheet(), body);
}

} // namespace kinetic::report
