#include "care_fixture.hpp"
#include "message_box.hpp"
#include "print_actions.hpp"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("Export PDF writes the session's summary", "[care][print]") {
    auto session = test::kneeSession();
    session->addToPlan("quad_set");
    session->setNote("<img src=x> & more");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary"));
    SummaryPrinter::setNextSaveFileName(path);
    SummaryPrinter::exportPdf(*session, nullptr);
    const QString written = path + QStringLiteral(".pdf");
    REQUIRE(QFile::exists(written));
    const QString text = pdfText(written);
    CHECK(text.contains(QStringLiteral("Self-care summary")));
    CHECK(text.contains(QStringLiteral("<img src=x> & more")));
    CHECK(text.contains(QString::fromStdString("1. " + session->content().exercises.find("quad_set")->name)));
}

TEST_CASE("Export PDF cancelled writes nothing, and a failure says so", "[care][print]") {
    auto session = test::kneeSession();
    const int before = MessageBox::count();
    SummaryPrinter::setNextSaveFileName(QString());
    SummaryPrinter::exportPdf(*session, nullptr);
    CHECK(MessageBox::count() == before);

    QTemporaryDir dir;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    SummaryPrinter::setNextSaveFileName(dir.filePath(QStringLiteral("no/such/folder/summary.pdf")));
    SummaryPrinter::exportPdf(*session, nullptr);
    CHECK(MessageBox::count() == before + 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("could not be saved")));
}

TEST_CASE("Printing paints the summary on the printer's paper", "[care][print]") {
    auto session = test::kneeSession();
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    SummaryPrinter::preparePrinter(printer);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(SummaryPrinter::render(*session, printer));
    CHECK(pdfText(printer.outputFileName()).contains(QStringLiteral("Likely causes and why")));

    const Summary summary = SummaryPrinter::summaryOf(*session);
    CHECK(summary.date.size() == 10); // Dated today when the assessment has no date.
    const report::PageSize size = SummaryPrinter::defaultPageSize();
    CHECK((size == report::PageSize::A4 || size == report::PageSize::Letter));
}
