#include "body_arrow_layer.hpp"

#include "body_arrow_painter.hpp"
#include "body_diagram_style.hpp"

#include <QLineF>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

namespace kinetic::report {

namespace {

QPointF pointAt(const ArrowRoute& route, double t) {
    const double u = 1.0 - t;
    return u * u * route.from + 2.0 * u * t * route.control + t * t * route.to;
}

void paintRoute(QPainter& painter, const ArrowRoute& route, double unit) {
    const ArrowLook look{bodyStyle::mechanismColour(route.arrow.mechanism), arrowWidth(route.arrow.strength, unit),
                         route.arrow.lowCertainty, route.arrow.bothWays, unit};
    paintArrow(painter, route.from, route.control, route.to, look);
}

} // namespace

QPointF arrowControlPoint(QPointF from, QPointF to, double viewCentreX) {
    const QPointF middle = (from + to) / 2.0;
    const QPointF along = to - from;
    const double length = std::hypot(along.x(), along.y());
    if (length <= 0.0) {
        return middle;
    }
    QPointF across(-along.y() / length, along.x() / length);
    if (std::isnan(viewCentreX)) {
        if (across.y() > 0) {
            across = -across;
        }
    } else if ((middle.x() - viewCentreX) * across.x() < 0) {
        across = -across;
    }
    return middle + across * (0.18 * length);
}

void paintArrowLayer(QPainter& painter, const std::vector<ArrowRoute>& routes, double unit, const QFont& font) {
    painter.save();
    for (const ArrowRoute& route : routes) {
        paintRoute(painter, route, unit);
    }
    // Badges last, so no arrow hides a letter; each takes the first free place along its arrow.
    const double radius = 0.7 * font.pixelSize();
    std::vector<QPointF> placed;
    for (const ArrowRoute& route : routes) {
        for (const double t : std::array{0.5, 0.4, 0.6, 0.3, 0.7}) {
            const QPointF centre = pointAt(route, t);
            const bool free = std::none_of(placed.begin(), placed.end(), [&](QPointF other) {
                return QLineF(centre, other).length() < 2.1 * radius;
            });
            if (free) {
                paintBadge(painter, centre, radius, route.arrow.mechanism, false, font);
                placed.push_back(centre);
                break;
            }
        }
    }
    painter.restore();
}

QRectF arrowLayerBounds(const std::vector<ArrowRoute>& routes, double unit, const QFont& font) {
    QRectF bounds;
    for (const ArrowRoute& route : routes) {
        // A quadratic curve stays within the triangle of its three points. Around it: the head
        // (or the dot) and the badge, the widest things drawn along the line, and the halo.
        const double width = arrowWidth(route.arrow.strength, unit);
        const double margin = std::max(3.0 * width, 9.0 * unit) + 0.7 * font.pixelSize() + 2.0 * unit + 2.0;
        const QPolygonF hull({route.from, route.control, route.to});
        bounds |= hull.boundingRect().adjusted(-margin, -margin, margin, margin);
    }
    return bounds;
}

} // namespace kinetic::report
