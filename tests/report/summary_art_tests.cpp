#include "sample_summaries.hpp"
#include "summary_art.hpp"
#include "summary_diagram.hpp"
#include "summary_text_document.hpp"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::report;

namespace {

/// How many pixels of the image are not white.
int inkedPixels(const QImage& image) {
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    return inked;
}

} // namespace

TEST_CASE("The bundled art has the diagram and every exercise's illustration", "[report][art]") {
    const auto art = SummaryArt::bundled();
    INFO(art->errors());
    CHECK(art->errors().empty());
    CHECK(art->hasDiagram());
    for (const Exercise& exercise : test::bundledContent().exercises) {
        INFO(exercise.id);
        CHECK(art->hasIllustration(exercise.id));
    }
}

TEST_CASE("Pictures are drawn, not loaded", "[report][art]") {
    const auto art = SummaryArt::bundled();
    const DiagramState state = summaryDiagramState(test::sampleSummary());
    CHECK(state.selected.contains("knee_front_left"));
    CHECK_FALSE(state.arrows.empty());
    const QImage diagram = art->render(QStringLiteral("diagram"), QSizeF(300, 220), 1.0, state);
    REQUIRE_FALSE(diagram.isNull());
    CHECK(inkedPixels(diagram) > 1000);
    const QImage bridge = art->render(QStringLiteral("exercise/glute_bridge"), QSizeF(200, 70), 1.0, state);
    REQUIRE_FALSE(bridge.isNull());
    CHECK(inkedPixels(bridge) > 300);
    CHECK(art->render(QStringLiteral("exercise/no_such_exercise"), QSizeF(200, 70), 1.0, state).isNull());
}

TEST_CASE("A summary document loads no files or URLs", "[report][art]") {
    QTemporaryFile file;
    REQUIRE(file.open());
    QImage red(8, 8, QImage::Format_RGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(&file, "PNG"));
    file.close();

    const auto state = std::make_shared<const DiagramState>();
    SummaryTextDocument document(SummaryArt::bundled(), state);
    const QUrl local = QUrl::fromLocalFile(file.fileName());
    document.setHtml(QStringLiteral("<img src=\"%1\"><link rel=\"stylesheet\" href=\"%1\">").arg(local.toString()));
    CHECK_FALSE(document.resource(QTextDocument::ImageResource, local).isValid());
    CHECK_FALSE(document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/body/front.svg"))).isValid());
    CHECK_FALSE(document.resource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("https://example.org/x.css")))
                    .isValid());

    // Painted, the foreign image leaves the page white.
    document.setTextWidth(100);
    QImage page(100, 40, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    document.drawContents(&painter);
    painter.end();
    CHECK(inkedPixels(page) == 0);
}
