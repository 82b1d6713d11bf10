#include "body_arrow_painter.hpp"

#include "body_diagram_style.hpp"

#include <QLineF>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace kinetic::report {

namespace {

/// A filled head with its tip at `tip`, pointing along `direction`.
QPolygonF head(QPointF tip, QPointF direction, double width, double unit) {
    const double length = std::hypot(direction.x(), direction.y());
    if (length <= 0.0) {
        return {};
    }
    const QPointF along = direction / length;
    const QPointF across(-along.y(), along.x());
    const double size = std::max(3.0 * width, 9.0 * unit);
    const QPointF base = tip - along * size;
    return QPolygonF({tip, base + across * size * 0.5, tip - along * size * 0.7, base - across * size * 0.5});
}

QPainterPath curve(QPointF from, QPointF control, QPointF to) {
    QPainterPath path(from);
    path.quadTo(control, to);
    return path;
}

} // namespace

double arrowWidth(double strength, double unit) {
    const double s = std::clamp(strength, 0.0, 1.0);
    return (bodyStyle::arrowMinWidth + (bodyStyle::arrowMaxWidth - bodyStyle::arrowMinWidth) * s) * unit;
}

void paintArrow(QPainter& painter, QPointF from, QPointF control, QPointF to, const ArrowLook& look) {
    const QPolygonF endHead = head(to, to - control, look.width, look.unit);
    const QPolygonF startHead = look.bothWays ? head(from, from - control, look.width, look.unit) : QPolygonF();
    // Stop the line inside the heads, so a dashed or thick line never pokes through a tip.
    const double inset = std::max(3.0 * look.width, 9.0 * look.unit) * 0.6;
    const auto towards = [inset](QPointF a, QPointF b) {
        const QLineF line(a, b);
        return line.length() > inset ? line.pointAt(inset / line.length()) : a;
    };
    const QPainterPath line = curve(look.bothWays ? towards(from, control) : from, control, towards(to, control));
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(QColor(255, 255, 255, 210), look.width + 3.0 * look.unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    QPen pen(look.colour, look.width, look.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (look.dashed) {
        pen.setDashPattern({2.2, 1.6});
    }
    painter.setPen(pen);
    painter.drawPath(line);
    painter.setPen(QPen(Qt::white, 1.2 * look.unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(look.colour);
    painter.drawPolygon(endHead);
    if (look.bothWays) {
        painter.drawPolygon(startHead);
    } else {
        const double dot = std::max(look.width * 0.9, 4.0 * look.unit);
        painter.drawEllipse(from, dot, dot);
    }
    painter.restore();
}

void paintBadge(QPainter& painter, QPointF centre, double radius, Mechanism mechanism, bool hidden, QFont font) {
    const QColor colour = hidden ? QColor(0x99, 0x99, 0x99) : bodyStyle::mechanismColour(mechanism);
    painter.save();
    painter.setPen(QPen(colour, std::max(1.0, radius * 0.22)));
    painter.setBrush(Qt::white);
    painter.drawEllipse(centre, radius, radius);
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(radius * 1.25))));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(hidden ? colour : bodyStyle::ink);
    const QRectF box(centre.x() - radius, centre.y() - radius, 2.0 * radius, 2.0 * radius);
    painter.drawText(box, Qt::AlignCenter, bodyStyle::mechanismLetter(mechanism));
    painter.restore();
}

} // namespace kinetic::report
