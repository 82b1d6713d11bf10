#include "print_actions.hpp"

#include "message_box.hpp"
#include "session.hpp"

#include <kinetic/report/summary_document.hpp>
#include <kinetic/report/summary_pdf.hpp>

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

#include <optional>

namespace kinetic::gui {

namespace {

/// The page margins of the printed summary, in millimetres.
constexpr double pageMargin = 15.0;

std::optional<QString>& nextSaveFileName() {
    static std::optional<QString> name;
    return name;
}

} // namespace

Summary SummaryPrinter::summaryOf(const Session& session) {
    Assessment assessment = session.assessment();
    if (assessment.date.empty()) {
        assessment.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    }
    return buildSummary(session.content(), assessment);
}

report::PageSize SummaryPrinter::defaultPageSize() {
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    if (!printer.isNull() && printer.defaultPageSize().isValid()) {
        return report::pageSizeFor(printer.defaultPageSize());
    }
    return report::pageSizeForLocale(QLocale());
}

void SummaryPrinter::preparePrinter(QPrinter& printer) {
    printer.setPageSize(report::toQPageSize(defaultPageSize()));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(pageMargin, pageMargin, pageMargin, pageMargin), QPageLayout::Millimeter);
    printer.setDocName(tr("Self-care summary"));
    printer.setCreator(QStringLiteral("Kinetic Chain Explorer"));
}

bool SummaryPrinter::render(const Session& session, QPagedPaintDevice& device) {
    report::SummaryDocument document(summaryOf(session));
    return document.print(device);
}

void SummaryPrinter::printPreview(Session& session, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview: Self-care summary"));
    // One summary for the whole preview; the dialog repaints it whenever the paper changes.
    report::SummaryDocument document(summaryOf(session));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* target) { document.print(*target); });
    dialog.exec();
}

void SummaryPrinter::print(Session& session, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the self-care summary"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!render(session, printer)) {
        MessageBox::critical(parent, tr("Print"),
                             tr("The summary could not be printed. Check that the printer is "
                                "switched on and ready, then try again."));
    }
}

void SummaryPrinter::exportPdf(Session& session, QWidget* parent) {
    QString path = askSaveFileName(session, parent);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    const std::string error = report::writeSummaryPdf(summaryOf(session), defaultPageSize(), path);
    if (!error.empty()) {
        MessageBox::critical(parent, tr("Export PDF"), tr("The summary could not be saved as a PDF."),
                             QString::fromStdString(error));
    }
}

void SummaryPrinter::setNextSaveFileName(const QString& path) {
    nextSaveFileName() = path;
}

QString SummaryPrinter::askSaveFileName(const Session& session, QWidget* parent) {
    if (auto& next = nextSaveFileName(); next) {
        const QString path = *next;
        next.reset();
        return path;
    }
    const QString date = QString::fromStdString(summaryOf(session).date);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    // Only the words are translated: the extension and the pattern stay as the file system needs them.
    const QString suggested = QDir(folder).filePath(tr("self-care-summary-%1", "file name; %1 is the date").arg(date) +
                                                    QStringLiteral(".pdf"));
    const QString filter = tr("PDF documents (%1)").arg(QStringLiteral("*.pdf"));
    return QFileDialog::getSaveFileName(parent, tr("Export PDF"), suggested, filter);
}

} // namespace kinetic::gui
