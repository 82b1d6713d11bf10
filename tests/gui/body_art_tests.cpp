#include "body_art.hpp"
#include "body_diagram_layers.hpp"
#include "body_diagram_painter.hpp"
#include "body_path_data.hpp"
#include "gui_fixture.hpp"

#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

using namespace kinetic;
using namespace kinetic::report;

namespace {

QByteArray svg(const char* body) {
    return QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 1000">)") + body + "</svg>";
}

const char* silhouette = R"(<path id="silhouette" d="M 10 10 L 390 10 L 390 990 L 10 990 Z"/>)";

} // namespace

TEST_CASE("Path data: absolute M, L, C, Q and Z only", "[art]") {
    std::string error;
    const auto path = parsePathData(QStringLiteral("M 0 0 L 10,0 Q 10 10 0 10 C 0 8 -1 2 0 0 Z"), error);
    REQUIRE(path);
    CHECK(path->contains(QPointF(4, 4)));
    CHECK(parsePathData(QStringLiteral("M 0 0 10 0 10 10 Z"), error)->contains(QPointF(7, 3)));
    const auto numbers = parsePathData(QStringLiteral("M +1.5 .5 L 1e2-3e-1 Z"), error);
    REQUIRE(numbers);
    CHECK(QPointF(numbers->elementAt(0)) == QPointF(1.5, 0.5));
    CHECK(QPointF(numbers->elementAt(1)) == QPointF(100, -0.3));
    const auto [text, message] = GENERATE(table<const char*, const char*>({
        {"M 0 0 l 10 0 Z", "path command 'l' is not allowed (only absolute M, L, C, Q and Z)"},
        {"M 0 0 A 1 1 0 0 0 5 5", "path command 'A' is not allowed (only absolute M, L, C, Q and Z)"},
        {"L 0 0", "path data must begin with M"},
        {"M 0 0 L 10", "path command 'L' needs 2 numbers"},
        {"0 0", "path data must start each segment with a command letter"},
        {"M 0 0 L 1 # 2", "unexpected character '#' in path data"},
        {"M 0 0 L 1e 2", "not a number: \"1e\""},
        {"M 0 0 L 1..2 3", "not a number: \"1..2\""},
    }));
    CAPTURE(text);
    std::string problem;
    CHECK_FALSE(parsePathData(QString::fromLatin1(text), problem));
    CHECK(problem == message);
}

TEST_CASE("The art reader refuses anything outside the subset, saying where", "[art]") {
    const auto [front, message] = GENERATE(table<std::string, std::string>({
        {R"(<svg viewBox="0 0 400 1000"><path id="silhouette" d="M 0 0 L 1 1 Z"/>)",
         "front view: line 1: not well-formed XML: Premature end of document."},
        {svg(R"(<g/>)").toStdString(), "front view: line 1: element <g> is not allowed (only svg, title, desc, path)"},
        {svg(R"(<path d="M 0 0 L 1 1 Z"/>)").toStdString(), "front view: line 1: every <path> needs an id"},
        {svg(R"(<path id="knee" d="M 0 0 h 4"/>)").toStdString(),
         "front view: line 1: path \"knee\": path command 'h' is not allowed (only absolute M, L, C, Q and Z)"},
        {svg(R"(<path id="a" d="M 0 0 L 1 1 Z"/>)").toStdString(), "front view: no path with the id \"silhouette\""},
    }));
    CAPTURE(front);
    std::string error;
    const QByteArray good = svg(silhouette);
    CHECK_FALSE(BodyArt::fromSvg(QByteArray::fromStdString(front), good, error));
    CHECK(error == message);
}

TEST_CASE("The art's viewBox is four numbers apart by spaces or commas", "[art]") {
    const QByteArray body = QByteArray(R"(><path id="silhouette" d="M 0 0 L 1 1 Z"/></svg>)");
    const auto read = [&](const char* viewBox, std::string& error) {
        const QByteArray text =
            QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox=")") + viewBox + "\"" + body;
        return BodyArt::fromSvg(text, text, error);
    };
    const std::vector<std::pair<const char*, QRectF>> good{
        {"0 0 400 1000", QRectF(0, 0, 400, 1000)},
        {"0,0,400,1000", QRectF(0, 0, 400, 1000)},
        {" 0 ,0   400 , 1000 ", QRectF(0, 0, 400, 1000)},
        {"-5 1e1 400.5 1000", QRectF(-5, 10, 400.5, 1000)},
    };
    for (const auto& [viewBox, expected] : good) {
        CAPTURE(viewBox);
        std::string error;
        const auto art = read(viewBox, error);
        REQUIRE(art);
        CHECK(error.empty());
        CHECK(art->front().viewBox == expected);
    }
    for (const char* bad : {"0 0 400", "0 0 400 1000 5", "0 0 x 1000", "0 0 0 1000", "0 0 400 -1", ""}) {
        CAPTURE(bad);
        std::string error;
        CHECK_FALSE(read(bad, error));
        CHECK(error == "front view: line 1: <svg> needs a viewBox of four numbers");
    }
}

TEST_CASE("The bundled art draws every region of the content, in its view", "[art]") {
    const BodyArt& art = gui::test::art();
    for (const Region& region : gui::test::content()->regions) {
        for (const std::string& svgId : region.svgIds) {
            CAPTURE(svgId);
            const auto view = art.viewOf(svgId);
            REQUIRE(view);
            CHECK(*view == region.view);
        }
    }
}

TEST_CASE("The painter draws a selection and places labels inside the target", "[art]") {
    BodyDiagramPainter painter(gui::test::art());
    painter.useRegions(*gui::test::content());
    QImage image(600, 700, QImage::Format_ARGB32);
    image.fill(Qt::white);
    DiagramState state;
    state.selected = {"knee_front_left"};
    state.highlighted = {"lower_back"};
    state.arrows.push_back({"lower_back", "knee_front_left", 0.6, Mechanism::NerveRoot, false, true});
    QPainter p(&image);
    painter.paint(p, QRectF(0, 0, 600, 700), state);
    p.end();
    const QRectF knee = painter.regionBounds(QRectF(0, 0, 600, 700), "knee_front_left");
    REQUIRE(QRectF(0, 0, 600, 700).contains(knee));
    const auto inside = gui::test::pointInside(painter.regionShape(QRectF(0, 0, 600, 700), "knee_front_left"));
    REQUIRE(inside);
    CHECK(image.pixelColor(inside->toPoint()) != QColor(Qt::white));
    // Without a legend the views take the room it used.
    CHECK(painter.regionBounds(QRectF(0, 0, 600, 700), "knee_front_left", false).height() >= knee.height());
}

namespace {

/// The largest difference of any colour channel between two images of one size.
int largestDifference(const QImage& a, const QImage& b) {
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y);
            const QColor q = b.pixelColor(x, y);
            largest = std::max(
                {largest, std::abs(p.red() - q.red()), std::abs(p.green() - q.green()), std::abs(p.blue() - q.blue())});
        }
    }
    return largest;
}

} // namespace

TEST_CASE("The cached layers draw what a whole paint draws, keeping no layer stale or unused", "[art]") {
    BodyDiagramPainter painter(gui::test::art());
    painter.useRegions(*gui::test::content());
    BodyDiagramLayers layers(painter);
    const QSize size(500, 600);
    const QRectF target(QPointF(0, 0), size);
    const auto whole = [&](const DiagramState& state) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p, target, state);
        return image;
    };
    const auto layered = [&](const DiagramState& state) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        layers.paint(p, size, 1.0, target, state, Qt::white, {});
        return image;
    };
    DiagramState empty;
    DiagramState chosen;
    chosen.selected = {"knee_front_left"};
    chosen.highlighted = {"lower_back"};
    chosen.arrows.push_back({"lower_back", "knee_front_left", 0.6, Mechanism::NerveRoot, false, true});

    CHECK_FALSE(painter.hasRegionLooks(empty));
    CHECK_FALSE(painter.hasArrows(empty));
    CHECK(painter.hasRegionLooks(chosen));
    CHECK(painter.hasArrows(chosen));
    DiagramState hidden = chosen;
    hidden.hiddenMechanisms = {Mechanism::NerveRoot};
    CHECK_FALSE(painter.hasArrows(hidden));

    // Nothing chosen, then a selection with an arrow, then nothing again: the selection and the
    // arrow must go when they are gone, although no layer is kept for them.
    const QImage plain = whole(empty);
    CHECK(largestDifference(layered(empty), plain) <= 2);
    layers.invalidate();
    const QImage marked = layered(chosen);
    CHECK(largestDifference(marked, whole(chosen)) <= 2);
    CHECK(largestDifference(marked, plain) > 50);
    layers.invalidate();
    CHECK(largestDifference(layered(empty), plain) <= 2);

    // The first paint at a size draws without layers, the next one makes them: both as whole.
    BodyDiagramLayers fresh(painter);
    const QImage wanted = whole(chosen);
    const auto freshPaint = [&](QSize pixels) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        fresh.paint(p, pixels, 1.0, target, chosen, Qt::white, {});
        return image;
    };
    CHECK(largestDifference(freshPaint(size), wanted) <= 2);
    CHECK(fresh.layerBytes() == 0);
    CHECK(largestDifference(freshPaint(size), wanted) <= 2);
    // The base, the shown layer (the selection and the arrows on it) and the faded one.
    const qint64 window = qint64{size.width()} * size.height() * 4;
    CHECK(fresh.layerBytes() >= 3 * window);
    // A new size (a resize step) lets the old layers go.
    CHECK(largestDifference(freshPaint(size - QSize(1, 1)), wanted) <= 2);
    CHECK(fresh.layerBytes() == 0);
    // At one size, a change of legend makes the layers again at once.
    CHECK(largestDifference(freshPaint(size), wanted) <= 2);
    CHECK(largestDifference(freshPaint(size), wanted) <= 2);
    chosen.legend = false;
    CHECK(largestDifference(freshPaint(size), whole(chosen)) <= 2);
    CHECK(fresh.layerBytes() >= 3 * window);
}

TEST_CASE("A move of the pointer or the keyboard repaints only what it changes, and that is enough", "[art]") {
    BodyDiagramPainter painter(gui::test::art());
    painter.useRegions(*gui::test::content());
    BodyDiagramLayers layers(painter);
    const QSize size(600, 500);
    const QRectF target(QPointF(0, 0), size);
    DiagramState state;
    state.selected = {"knee_front_left", "lower_back"};
    state.highlighted = {"buttock_left", "thigh_front_left"};
    state.arrows.push_back({"lower_back", "knee_front_left", 0.6, Mechanism::NerveRoot, false, true});
    state.arrows.push_back({"buttock_left", "knee_front_left", 0.4, Mechanism::Myofascial, false, false});
    state.arrows.push_back({"thigh_front_left", "knee_front_left", 0.8, Mechanism::KineticChain, true, false});
    const auto emphasis = [](const DiagramState& s) { return s.hovered.empty() ? s.focused : s.hovered; };
    const auto paint = [&](QImage& image, const QRect& clip) {
        QPainter p(&image);
        if (!clip.isNull()) {
            p.setClipRect(clip);
        }
        layers.paint(p, size, 1.0, target, state, Qt::white, emphasis(state));
    };
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    paint(frame, {}); // at a new size: drawn whole
    paint(frame, {}); // the layers are made

    CHECK(painter.markChangeBounds(target, state, state.hovered, state.focused).isEmpty());
    // Onto a region with arrows, off it to one without, between two without, then the keyboard.
    const std::vector<std::pair<std::string, std::string>> moves = {{"knee_front_left", ""},
                                                                    {"shin_left", ""},
                                                                    {"calf_left", ""},
                                                                    {"", "lower_back"},
                                                                    {"thigh_front_left", "lower_back"},
                                                                    {"", ""}};
    double smallest = 1.0;
    for (const auto& [hovered, focused] : moves) {
        CAPTURE(hovered, focused);
        const std::string hoveredBefore = std::exchange(state.hovered, hovered);
        const std::string focusedBefore = std::exchange(state.focused, focused);
        const QRect changed = painter.markChangeBounds(target, state, hoveredBefore, focusedBefore)
                                  .toAlignedRect()
                                  .intersected(QRect(QPoint(0, 0), size));
        REQUIRE_FALSE(changed.isEmpty());
        smallest = std::min(smallest, double(changed.width()) * changed.height() / (size.width() * size.height()));
        paint(frame, changed);
        QImage whole(size, QImage::Format_ARGB32_Premultiplied);
        whole.fill(Qt::white);
        paint(whole, {});
        // A clip moves the smoothing of a few edge pixels by a step or two, no more.
        CHECK(largestDifference(frame, whole) <= 4);
    }
    // Between two regions without arrows, only their marks are painted.
    CHECK(smallest < 0.1);
}
