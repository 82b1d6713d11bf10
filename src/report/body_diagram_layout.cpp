#include "body_diagram_layout.hpp"

#include "body_diagram_legend.hpp"

#include <algorithm>
#include <cmath>

namespace kinetic::report {

namespace {

QFont diagramFont(const QRectF& target) {
    // Grows with the target, so a printout at 1200 dpi is laid out like the window, never
    // smaller than a readable size on screen.
    const double size = std::max(11.0, 0.017 * std::min(target.height(), target.width() * 1.3));
    QFont font;
    font.setPixelSize(static_cast<int>(std::lround(size)));
    return font;
}

QTransform fit(const QRectF& box, const QRectF& rect) {
    const double scale = rect.height() / box.height();
    QTransform transform;
    transform.translate(rect.left() - box.left() * scale, rect.top() - box.top() * scale);
    transform.scale(scale, scale);
    return transform;
}

/// Places the two views, their captions above them, centred in `area`.
void placeViews(DiagramLayout& layout, const QRectF& area, const BodyArt& art, double px) {
    const double captionHeight = 3.0 * px;
    const double gap = 3.0 * px;
    const QRectF frontBox = art.front().viewBox;
    const QRectF backBox = art.back().viewBox;
    const double frontAspect = frontBox.width() / frontBox.height();
    const double backAspect = backBox.width() / backBox.height();
    const double height =
        std::max(1.0, std::min(area.height() - captionHeight, (area.width() - gap) / (frontAspect + backAspect)));
    const double total = height * (frontAspect + backAspect) + gap;
    const double left = area.left() + (area.width() - total) / 2.0;
    const double top = area.top() + captionHeight;
    layout.frontView = QRectF(left, top, height * frontAspect, height);
    layout.backView = QRectF(layout.frontView.right() + gap, top, height * backAspect, height);
    layout.frontCaption = QRectF(layout.frontView.left(), area.top(), layout.frontView.width(), captionHeight);
    layout.backCaption = QRectF(layout.backView.left(), area.top(), layout.backView.width(), captionHeight);
    layout.frontTransform = fit(frontBox, layout.frontView);
    layout.backTransform = fit(backBox, layout.backView);
    layout.unit = height / frontBox.height();
}

} // namespace

DiagramLayout layoutDiagram(const QRectF& target, const BodyArt& art, bool legend) {
    DiagramLayout layout;
    layout.font = diagramFont(target);
    const double px = layout.font.pixelSize();
    const QRectF inner = target.adjusted(0.6 * px, 0.4 * px, -0.6 * px, -0.4 * px);
    if (!legend) {
        placeViews(layout, inner, art, px);
        return layout;
    }
    const QSizeF column = legendColumnSize(layout.font);
    const double aspects = art.front().viewBox.width() / art.front().viewBox.height() +
                           art.back().viewBox.width() / art.back().viewBox.height();
    const double viewsWidthAtFullHeight = (inner.height() - 3.0 * px) * aspects + 3.0 * px;
    if (inner.width() >= viewsWidthAtFullHeight + column.width() + 2.0 * px) {
        // Wide: the legend is a column to the right of the views.
        const QRectF area(inner.left(), inner.top(), inner.width() - column.width() - 2.0 * px, inner.height());
        placeViews(layout, area, art, px);
        const double left = std::min(layout.backView.right() + 2.0 * px, inner.right() - column.width());
        layout.legend = QRectF(left, layout.frontView.top(), column.width(), column.height());
        return layout;
    }
    layout.legendColumns = legendColumnsUsed(std::max(1, static_cast<int>(inner.width() / column.width())));
    const double height = legendHeight(layout.font, layout.legendColumns);
    placeViews(layout, inner.adjusted(0, 0, 0, -height - 0.5 * px), art, px);
    const double width = std::min(inner.width(), column.width() * layout.legendColumns);
    layout.legend = QRectF(inner.center().x() - width / 2.0, inner.bottom() - height, width, height);
    return layout;
}

} // namespace kinetic::report
