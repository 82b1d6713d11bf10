#include "gui_fixture.hpp"

#include <kinetic/content_loader.hpp>

#include <QTest>

#include <catch2/catch.hpp>

#include <stdexcept>

namespace kinetic::gui::test {

std::shared_ptr<const Content> content() {
    static const std::shared_ptr<const Content> loaded = [] {
        ContentLoadResult result = loadContent(KINETIC_DATA_DIR);
        if (!result.ok()) {
            throw std::runtime_error("bundled content does not load:\n" + format(result.diagnostics));
        }
        return std::make_shared<const Content>(std::move(*result.content));
    }();
    return loaded;
}

const report::BodyArt& art() {
    static const report::BodyArt loaded = [] {
        std::string error;
        auto result = report::BodyArt::fromResources(error);
        if (!result) {
            throw std::runtime_error("body art does not load: " + error);
        }
        return *result;
    }();
    return loaded;
}

std::unique_ptr<MainWindow> makeWindow(MainWindowOptions options) {
    options.restoreAutosave = false;
    options.askDisclaimer = false;
    auto window = std::make_unique<MainWindow>(content(), art(), options);
    window->resize(1440, 900);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

std::optional<QPointF> pointInside(const QPainterPath& shape) {
    // The point whose distance to the edge is largest, on a grid over the bounds.
    const QRectF bounds = shape.boundingRect();
    std::optional<QPointF> best;
    double bestMargin = 0.0;
    constexpr int steps = 24;
    for (int i = 1; i < steps; ++i) {
        for (int j = 1; j < steps; ++j) {
            const QPointF p(bounds.left() + bounds.width() * i / steps, bounds.top() + bounds.height() * j / steps);
            if (!shape.contains(p)) {
                continue;
            }
            double margin = 1e9;
            for (const QPointF d : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)}) {
                double r = 0.0;
                while (shape.contains(p + d * (r + 1.0)) && r < 200.0) {
                    r += 1.0;
                }
                margin = std::min(margin, r);
            }
            if (margin > bestMargin) {
                bestMargin = margin;
                best = p;
            }
        }
    }
    return best;
}

} // namespace kinetic::gui::test
