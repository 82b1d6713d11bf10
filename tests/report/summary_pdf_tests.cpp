#include "pdf_tools.hpp"
#include "sample_summaries.hpp"

#include <kinetic/report/summary_document.hpp>
#include <kinetic/report/summary_export.hpp>
#include <kinetic/report/summary_pdf.hpp>

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::report;

namespace {

QByteArray pdfOf(const Summary& summary, PageSize size = PageSize::A4) {
    std::string error;
    const QByteArray pdf = summaryPdf(summary, size, error);
    INFO(error);
    REQUIRE(!pdf.isEmpty());
    return pdf;
}

/// Checks that the needles appear in the text in this order.
void requireInOrder(const std::string& text, const std::vector<std::string>& needles) {
    std::size_t from = 0;
    for (const std::string& needle : needles) {
        INFO("looking for, in order: " << needle);
        const std::size_t at = text.find(needle, from);
        REQUIRE(at != std::string::npos);
        from = at + needle.size();
    }
}

std::string joined(const std::vector<std::string>& keys) {
    std::string result;
    for (const std::string& key : keys) {
        result += (result.empty() ? "" : ", ") + key;
    }
    return result;
}

} // namespace

TEST_CASE("The PDF holds the sections in order, the red flag first", "[report][pdf]") {
    const Summary summary = test::sampleSummary();
    const std::string text = test::pdfText(pdfOf(summary));
    requireInOrder(text, {"Self-care summary",
                          "2026-11-21",
                          "This is general education, not a diagnosis",
                          "Warning signs: see a clinician",
                          "SOON",
                          "You answered yes:",
                          "What to do:",
                          "Where it hurts and what is linked",
                          "The areas you marked",
                          "Front of knee, left",
                          "6 / 10",
                          "Linked areas and why",
                          "Likely causes and why",
                          "Why it fits:",
                          "Your self-care plan",
                          "The pain rule:",
                          "1. " + summary.plan[0].name,
                          "2. " + summary.plan[1].name,
                          "General advice",
                          "Warning signs to watch for",
                          "Sources"});
    CHECK(text.find("Content version 1.0.0, last reviewed 2026-11-21") != std::string::npos);
    CHECK(text.find(test::collapseSpaces(summary.raisedFlags[0].question).substr(0, 40)) != std::string::npos);
    CHECK(text.find("Worse after long drives.") != std::string::npos);
    CHECK(text.find("after you have been checked") == std::string::npos);
}

TEST_CASE("Every page has a footer with its number and the content version", "[report][pdf]") {
    const auto pages = test::pdfPageTexts(pdfOf(test::sampleSummary()));
    REQUIRE(pages.size() >= 2);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const std::string page = test::collapseSpaces(pages[i]);
        CHECK(page.find("Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size())) != std::string::npos);
        CHECK(page.find("Content 1.0.0, reviewed 2026-11-21") != std::string::npos);
    }
}

TEST_CASE("User text prints literally in the PDF", "[report][pdf]") {
    Summary summary = test::sampleSummary();
    summary.note = "<img src=x> <a href=javascript:alert(1)>click</a> &amp; fish & chips";
    const std::string text = test::pdfText(pdfOf(summary));
    CHECK(text.find("<img src=x> <a href=javascript:alert(1)>click</a> &amp; fish & chips") != std::string::npos);

    const std::string hostile = test::pdfText(pdfOf(test::hostileSummary()));
    CHECK(hostile.find("Patellofemoral <script>alert(1)</script> pain") != std::string::npos);
    CHECK(hostile.find("Front of knee, <b>left</b>") != std::string::npos);
    CHECK(hostile.find("Glute <u>bridge</u>") != std::string::npos);
}

TEST_CASE("An emergency heads the plan as after being checked", "[report][pdf]") {
    Assessment assessment = test::sampleAssessment();
    assessment.answers["bladder_change"] = Answer::Yes;
    const Summary summary = buildSummary(test::bundledContent(), assessment);
    const std::string text = test::pdfText(pdfOf(summary));
    requireInOrder(text, {"Warning signs: see a clinician", "EMERGENCY", "SOON",
                          "Your self-care plan: after you have been checked", "1. " + summary.plan[0].name});
}

TEST_CASE("A4 and Letter pages", "[report][pdf]") {
    const test::PdfInfo a4 = test::pdfInfo(pdfOf(test::sampleSummary(), PageSize::A4));
    CHECK(a4.pageSize.width() == Approx(595.3).margin(1.0));
    CHECK(a4.pageSize.height() == Approx(841.9).margin(1.0));
    const test::PdfInfo letter = test::pdfInfo(pdfOf(test::sampleSummary(), PageSize::Letter));
    CHECK(letter.pageSize.width() == Approx(612.0).margin(1.0));
    CHECK(letter.pageSize.height() == Approx(792.0).margin(1.0));
}

TEST_CASE("A plan of every exercise: page count, and no exercise split across pages", "[report][pdf]") {
    const Summary summary = test::fullPlanSummary();
    REQUIRE(summary.plan.size() == test::bundledContent().exercises.size());
    const PageSize size = GENERATE(PageSize::A4, PageSize::Letter);
    const QByteArray pdf = pdfOf(summary, size);
    const auto pages = test::pdfPageTexts(pdf, false);
    const test::PdfInfo info = test::pdfInfo(pdf);
    CHECK(info.pages == static_cast<int>(pages.size()));
    // Two or three exercises a page, plus the opening pages and the sources.
    CHECK(info.pages >= 12);
    CHECK(info.pages <= 35);

    // Each exercise, from its title to its closing line of sources, is on one page.
    for (std::size_t i = 0; i < summary.plan.size(); ++i) {
        const SummaryExercise& exercise = summary.plan[i];
        INFO(exercise.id);
        const std::string title = test::squashed(std::to_string(i + 1) + ". " + exercise.name);
        const int page = test::pageOf(pages, test::collapseSpaces(std::to_string(i + 1) + ". " + exercise.name));
        REQUIRE(page >= 0);
        std::string text = test::squashed(pages[static_cast<std::size_t>(page)]);
        text = text.substr(text.find(title));
        if (i + 1 < summary.plan.size()) {
            text = text.substr(0, text.find(test::squashed(std::to_string(i + 2) + ". " + summary.plan[i + 1].name)));
        }
        CHECK(text.find(test::squashed(exercise.steps.front())) != std::string::npos);
        CHECK(text.find(test::squashed(exercise.steps.back())) != std::string::npos);
        CHECK(text.find(test::squashed(exercise.progressWhen)) != std::string::npos);
        CHECK(text.find(test::squashed("Sources: " + joined(exercise.sources))) != std::string::npos);
    }
}

TEST_CASE("The document never cuts an exercise", "[report][pdf]") {
    SummaryDocument document(test::fullPlanSummary());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(toQPageSize(PageSize::A4));
    REQUIRE(document.print(writer));
    std::size_t started = 0;
    for (int page = 0; page < document.pageCount(); ++page) {
        for (const std::size_t block : document.blocksStartingOn(page)) {
            started += document.blocks()[block].kind == SummaryBlock::Kind::Exercise ? 1U : 0U;
        }
    }
    CHECK(started == document.summary().plan.size());
}

TEST_CASE("exportSummary writes HTML and PDF files", "[report][export]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::filesystem::path pdf = dir.filePath(QStringLiteral("summary.pdf")).toStdString();
    const std::filesystem::path html = dir.filePath(QStringLiteral("summary.html")).toStdString();
    CHECK(exportSummary(test::sampleSummary(), SummaryFormat::Pdf, PageSize::Letter, pdf).empty());
    CHECK(exportSummary(test::sampleSummary(), SummaryFormat::Html, PageSize::A4, html).empty());
    QFile pdfFile(QString::fromStdString(pdf.string()));
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    QFile htmlFile(QString::fromStdString(html.string()));
    REQUIRE(htmlFile.open(QIODevice::ReadOnly));
    CHECK(htmlFile.readAll().contains("Warning signs: see a clinician"));

    const std::filesystem::path nowhere = dir.filePath(QStringLiteral("missing/dir/summary.pdf")).toStdString();
    CHECK_FALSE(exportSummary(test::sampleSummary(), SummaryFormat::Pdf, PageSize::A4, nowhere).empty());
    CHECK(parseSummaryFormat("PDF") == SummaryFormat::Pdf);
    CHECK(parseSummaryFormat("html") == SummaryFormat::Html);
    CHECK_FALSE(parseSummaryFormat("docx"));
}

TEST_CASE("Sample printout for the documentation", "[.sample]") {
    // Run by hand to remake docs/images/summary-page-*.png:
    //   KINETIC_SAMPLE_PDF=/tmp/sample.pdf kinetic_report_tests "[.sample]"
    //   pdftoppm -png -r 60 /tmp/sample.pdf docs/images/summary-page
    // KINETIC_SAMPLE_EMERGENCY=1 adds an emergency warning sign; KINETIC_SAMPLE_LETTER=1 prints on Letter.
    const QByteArray path = qgetenv("KINETIC_SAMPLE_PDF");
    REQUIRE(!path.isEmpty());
    Assessment assessment = test::sampleAssessment();
    if (qEnvironmentVariableIsSet("KINETIC_SAMPLE_EMERGENCY")) {
        assessment.answers["bladder_change"] = Answer::Yes;
    }
    const PageSize size = qEnvironmentVariableIsSet("KINETIC_SAMPLE_LETTER") ? PageSize::Letter : PageSize::A4;
    const Summary summary = buildSummary(test::bundledContent(), assessment);
    CHECK(writeSummaryPdf(summary, size, QString::fromLocal8Bit(path)).empty());
}
