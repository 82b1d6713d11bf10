#include <kinetic/report/summary_export.hpp>
#include <kinetic/report/summary_html.hpp>
#include <kinetic/report/summary_pdf.hpp>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>
#include <QString>

namespace kinetic::report {

namespace {

std::string writeHtml(const Summary& summary, const QString& path) {
    const QByteArray html = summaryHtml(summary).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        return "cannot write " + path.toStdString() + ": " + file.errorString().toStdString();
    }
    return {};
}

} // namespace

std::optional<SummaryFormat> parseSummaryFormat(std::string_view text) {
    const QString name = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).toLower();
    if (name == QLatin1String("html")) {
        return SummaryFormat::Html;
    }
    if (name == QLatin1String("pdf")) {
        return SummaryFormat::Pdf;
    }
    return std::nullopt;
}

std::string exportSummary(const Summary& summary, SummaryFormat format, PageSize pageSize,
                          const std::filesystem::path& out) {
    if (out.empty()) {
        return "no output file given";
    }
    // Both formats draw pictures and set text, which needs fonts: a QGuiApplication.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return "a QGuiApplication is needed to draw the summary (the offscreen platform is enough)";
    }
    const QString path = QString::fromStdString(out.string());
    return format == SummaryFormat::Pdf ? writeSummaryPdf(summary, pageSize, path) : writeHtml(summary, path);
}

} // namespace kinetic::report
