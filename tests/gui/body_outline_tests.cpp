#include "body_outline.hpp"
#include "gui_fixture.hpp"

#include <QImage>
#include <QPainter>
#include <QPainterPathStroker>

#include <catch2/catch.hpp>

#include <vector>

using namespace kinetic;
using namespace kinetic::report;

namespace {

/// The pixels `shapes` cover at `scale`, without antialiasing, as a one-bit-per-pixel picture.
QImage coverage(const std::vector<QPainterPath>& shapes, QSize size, double scale) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.scale(scale, scale);
    for (const QPainterPath& shape : shapes) {
        painter.drawPath(shape);
    }
    return image;
}

struct Difference {
    int covered = 0; ///< Pixels the whole stroke covers.
    int differing = 0;
};

Difference compare(const QImage& expected, const QImage& actual) {
    Difference difference;
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            const bool inExpected = expected.pixel(x, y) != QColor(Qt::white).rgb();
            difference.covered += inExpected ? 1 : 0;
            difference.differing += inExpected != (actual.pixel(x, y) != QColor(Qt::white).rgb()) ? 1 : 0;
        }
    }
    return difference;
}

QPainterPath stroke(const QPainterPath& path, double width) {
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(path);
}

} // namespace

TEST_CASE("Outline pieces cover what one stroke of the whole path covers", "[art]") {
    for (const View view : {View::Front, View::Back}) {
        const QPainterPath& silhouette = gui::test::art().view(view).silhouette;
        const double width = 6.0; // wide enough that a gap or a missing piece shows
        const std::vector<QPainterPath> pieces = outlinePieces(silhouette, width);
        INFO((view == View::Front ? "front" : "back"));
        // Cut short: far more pieces than subpaths, so the cutting is what is tested.
        CHECK(pieces.size() > 10);
        const QSize size(400, 1000); // the art's own units, one pixel each
        const Difference difference =
            compare(coverage({stroke(silhouette, width)}, size, 1.0), coverage(pieces, size, 1.0));
        CHECK(difference.covered > 10000);
        // Only pixels along the line's edges may fall either way.
        CHECK(difference.differing * 200 < difference.covered);
    }
}

TEST_CASE("Outline pieces keep curves, corners, closed ends and separate subpaths", "[art]") {
    QPainterPath path;
    path.moveTo(20, 20);
    for (int i = 0; i < 30; ++i) { // a zigzag: sharp corners all along
        path.lineTo(30 + 10 * i, i % 2 == 0 ? 60 : 20);
    }
    path.moveTo(40, 150); // a closed curve of its own
    path.cubicTo(120, 90, 220, 210, 300, 150);
    path.quadTo(170, 260, 40, 150);
    path.closeSubpath();
    path.moveTo(350, 250); // a lone point: draws nothing
    const std::vector<QPainterPath> pieces = outlinePieces(path, 8.0);
    CHECK(pieces.size() == 4); // 30 lines in three pieces, the curve in one
    const QSize size(800, 560);
    const Difference difference = compare(coverage({stroke(path, 8.0)}, size, 2.0), coverage(pieces, size, 2.0));
    CHECK(difference.differing * 200 < difference.covered);
    CHECK(outlinePieces(QPainterPath(), 8.0).empty());
}
