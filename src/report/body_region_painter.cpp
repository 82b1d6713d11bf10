#include "body_region_painter.hpp"

#include "body_diagram_style.hpp"

#include <QPen>

#include <cmath>

namespace kinetic::report {

namespace {

/// Parallel lines across `shape`, clipped to it; drawn rather than a Qt brush pattern so the
/// spacing follows the drawing's scale (a brush pattern is in device pixels, far too fine on a
/// printer) and stays crisp at any device pixel ratio.
void hatch(QPainter& painter, const QPainterPath& shape, double spacing, double angle, const QPen& pen) {
    const QRectF bounds = shape.boundingRect();
    const double radius = std::hypot(bounds.width(), bounds.height()) / 2.0 + spacing;
    painter.save();
    painter.setClipPath(shape, Qt::IntersectClip);
    painter.translate(bounds.center());
    painter.rotate(angle);
    painter.setPen(pen);
    for (double y = -radius; y <= radius; y += spacing) {
        painter.drawLine(QPointF(-radius, y), QPointF(radius, y));
    }
    painter.restore();
}

QPen outline(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(colour, width, style, Qt::RoundCap, Qt::RoundJoin);
    if (style == Qt::DashLine) {
        pen.setDashPattern({2.2, 1.6});
    }
    return pen;
}

} // namespace

void paintRegion(QPainter& painter, const QPainterPath& shape, RegionLook look, double unit) {
    using namespace bodyStyle;
    painter.save();
    painter.setBrush(Qt::NoBrush); // Outlines only: fills are drawn with fillPath.
    switch (look) {
    case RegionLook::Plain:
        painter.setPen(outline(regionLine, regionWidth * unit));
        painter.drawPath(shape);
        break;
    case RegionLook::Selected: {
        painter.fillPath(shape, selectedFill);
        const QPen line(selectedLine, hatchWidth * unit);
        hatch(painter, shape, selectedHatchSpacing * unit, 45.0, line);
        hatch(painter, shape, selectedHatchSpacing * unit, -45.0, line);
        painter.setPen(outline(selectedLine, selectedWidth * unit));
        painter.drawPath(shape);
        break;
    }
    case RegionLook::Linked:
        painter.fillPath(shape, linkedFill);
        hatch(painter, shape, linkedHatchSpacing * unit, -30.0, QPen(linkedLine, 0.8 * hatchWidth * unit));
        painter.setPen(outline(linkedLine, linkedWidth * unit, Qt::DashLine));
        painter.drawPath(shape);
        break;
    }
    painter.restore();
}

void paintHover(QPainter& painter, const QPainterPath& shape, double unit) {
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.fillPath(shape, bodyStyle::hoverFill);
    painter.setPen(outline(bodyStyle::ink, bodyStyle::hoverWidth * unit));
    painter.drawPath(shape);
    painter.restore();
}

void paintFocus(QPainter& painter, const QPainterPath& shape, double unit) {
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(outline(Qt::white, (bodyStyle::focusWidth + 2.5) * unit));
    painter.drawPath(shape);
    QPen ring = outline(bodyStyle::focusLine, bodyStyle::focusWidth * unit, Qt::DashLine);
    ring.setDashPattern({2.0, 1.2});
    painter.setPen(ring);
    painter.drawPath(shape);
    painter.restore();
}

} // namespace kinetic::report
