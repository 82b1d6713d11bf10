#pragma once

#include <kinetic/report/page_size.hpp>
#include <kinetic/summary.hpp>

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace kinetic::gui {

class Session;

/// File → Print Preview, Print and Export PDF: the session's summary through the report layer,
/// the same path as `kinetic summary --format pdf`. Paper is the default printer's (A4 or
/// Letter), else the usual paper where the user lives.
class SummaryPrinter final {
    Q_DECLARE_TR_FUNCTIONS(kinetic::gui::SummaryPrinter)

public:
    static void printPreview(Session& session, QWidget* parent);
    static void print(Session& session, QWidget* parent);
    static void exportPdf(Session& session, QWidget* parent);

    /// The summary of the session's assessment, dated today when the assessment has no date.
    static Summary summaryOf(const Session& session);
    /// The default printer's paper when it is Letter-like, else the locale's usual paper.
    static report::PageSize defaultPageSize();
    /// A4 or Letter with the summary's margins, for a printer about to be shown to the user.
    static void preparePrinter(QPrinter& printer);
    /// Paints the session's summary on a printer (or any paged device); false if it could not.
    static bool render(const Session& session, QPagedPaintDevice& device);

    /// The next "Export PDF" asks no question and writes to `path` (an empty path: as if the
    /// user cancelled). For tests, so they never block on a dialog.
    static void setNextSaveFileName(const QString& path);

private:
    static QString askSaveFileName(const Session& session, QWidget* parent);
};

} // namespace kinetic::gui
