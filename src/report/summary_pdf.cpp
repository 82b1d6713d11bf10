#include <kinetic/report/summary_document.hpp>
#include <kinetic/report/summary_pdf.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace kinetic::report {

namespace {

/// Dots per inch of the PDF's coordinates: fine enough for hairlines, small enough for speed.
constexpr int pdfResolution = 600;
/// Page margins in millimetres: wide enough for any printer's unprintable edge.
constexpr double pageMargin = 15.0;

bool render(const Summary& summary, PageSize pageSize, QIODevice& out, std::string& error) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        error = "a QGuiApplication is needed to draw the summary (use the offscreen platform without a display)";
        return false;
    }
    QPdfWriter writer(&out);
    writer.setResolution(pdfResolution);
    writer.setCreator(QStringLiteral("Kinetic Chain Explorer"));
    writer.setTitle(QString::fromStdString(summary.title + (summary.date.empty() ? "" : " " + summary.date)));
    writer.setPageLayout(QPageLayout(toQPageSize(pageSize), QPageLayout::Portrait,
                                     QMarginsF(pageMargin, pageMargin, pageMargin, pageMargin),
                                     QPageLayout::Millimeter));
    SummaryDocument document(summary);
    if (!document.print(writer)) {
        error = "could not draw the summary as PDF";
        return false;
    }
    return true;
}

} // namespace

QByteArray summaryPdf(const Summary& summary, PageSize pageSize, std::string& error) {
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    if (!render(summary, pageSize, buffer, error)) {
        return {};
    }
    buffer.close();
    return pdf;
}

std::string writeSummaryPdf(const Summary& summary, PageSize pageSize, const QString& path) {
    std::string error;
    const QByteArray pdf = summaryPdf(summary, pageSize, error);
    if (pdf.isEmpty()) {
        return error.empty() ? "could not draw the summary as PDF" : error;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        return "cannot write " + path.toStdString() + ": " + file.errorString().toStdString();
    }
    return {};
}

} // namespace kinetic::report
