#include "badge_icon_engine.hpp"
#include "body_diagram_style.hpp"

#include <QIcon>
#include <QImage>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

/// How many pixels of `image` are within a few steps of `colour` in every channel.
int pixelsNear(const QImage& image, const QColor& colour) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (p.alpha() == 255 && std::abs(p.red() - colour.red()) <= 8 &&
                std::abs(p.green() - colour.green()) <= 8 && std::abs(p.blue() - colour.blue()) <= 8) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

TEST_CASE("A link kind's icon is its badge, drawn when first asked for at a size and kept", "[toolbar]") {
    auto* engine = new BadgeIconEngine(Mechanism::NerveRoot, QFont());
    const QIcon icon(engine); // owns the engine
    CHECK(engine->renditions() == 0);

    const QPixmap normal = icon.pixmap(QSize(20, 20));
    REQUIRE(normal.size() == QSize(20, 20));
    CHECK(engine->renditions() == 1);
    const QImage image = normal.toImage().convertToFormat(QImage::Format_ARGB32);
    CHECK(image.pixelColor(0, 0).alpha() == 0); // a round badge: the corners stay clear
    const QColor colour = report::bodyStyle::mechanismColour(Mechanism::NerveRoot);
    CHECK(pixelsNear(image, colour) > 10); // the ring in the kind's colour

    // Asked again: the kept rendition, not a new drawing.
    CHECK(icon.pixmap(QSize(20, 20)).cacheKey() == normal.cacheKey());
    CHECK(engine->renditions() == 1);

    // On a screen of twice the pixel density: drawn once more, at twice the pixels.
    const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0);
    CHECK(sharp.size() == QSize(40, 40));
    CHECK(sharp.devicePixelRatio() == 2.0);
    CHECK(engine->renditions() == 2);

    // Disabled: the grey badge of a hidden kind, with none of the kind's colour.
    const QImage disabled =
        icon.pixmap(QSize(20, 20), QIcon::Disabled).toImage().convertToFormat(QImage::Format_ARGB32);
    CHECK(pixelsNear(disabled, colour) == 0);
    CHECK(pixelsNear(disabled, QColor(0x99, 0x99, 0x99)) > 10);
}
