#include "html_text.hpp"

#include "summary_words.hpp"

#include <kinetic/report/summary_html.hpp>

#include <QStringList>

namespace kinetic::report::html {

QString esc(std::string_view text) {
    return escapeHtml(text);
}

QString paragraph(std::string_view text, const char* cssClass) {
    const QString open =
        cssClass ? QStringLiteral("<p class=\"%1\">").arg(QLatin1String(cssClass)) : QStringLiteral("<p>");
    return open + esc(text) + QStringLiteral("</p>");
}

QString paragraph(const QString& text, const char* cssClass) {
    return paragraph(std::string_view(text.toStdString()), cssClass);
}

QString labelled(const QString& label, std::string_view text) {
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), esc(text));
}

QString list(const std::vector<std::string>& items, bool numbered) {
    if (items.empty()) {
        return {};
    }
    QString result = numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
    for (const std::string& item : items) {
        result += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    }
    return result + (numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>"));
}

QString citation(const Summary& summary, const std::vector<std::string>& sourceIds) {
    if (sourceIds.empty()) {
        return {};
    }
    QStringList keys;
    for (const std::string& id : sourceIds) {
        std::string key = id;
        for (const SummarySource& source : summary.sources) {
            if (source.id == id) {
                key = source.key;
                break;
            }
        }
        keys << esc(key);
    }
    return QStringLiteral("<p class=\"small\">%1 %2</p>")
        .arg(SummaryWords::tr("Sources:"), keys.join(QStringLiteral(", ")));
}

QString heading(const QString& text) {
    return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
}

QString image(const QString& name, int width, int height, const QString& alt) {
    return QStringLiteral("<img src=\"%1:%2\" width=\"%3\" height=\"%4\" alt=\"%5\">")
        .arg(QLatin1String(summaryImageScheme.data(), static_cast<qsizetype>(summaryImageScheme.size())),
             name.toHtmlEscaped(), QString::number(width), QString::number(height), alt.toHtmlEscaped());
}

} // namespace kinetic::report::html
