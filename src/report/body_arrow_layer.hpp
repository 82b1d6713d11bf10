#pragma once

#include "body_diagram_state.hpp"

#include <QFont>
#include <QPainter>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace kinetic::report {

/// One arrow placed on the diagram: a quadratic curve from `from` to `to`.
struct ArrowRoute {
    DiagramArrow arrow;
    QPointF from;
    QPointF control;
    QPointF to;
};

/// The bend of an arrow: outwards from the body's midline at `viewCentreX`, or arching over
/// the top when it runs between the views (`viewCentreX` is NaN).
QPointF arrowControlPoint(QPointF from, QPointF to, double viewCentreX);

/// Draws the arrows and their mechanism badges. Badges never overlap: one that finds no free
/// place along its arrow is left out, the arrow keeping its colour and style.
void paintArrowLayer(QPainter& painter, const std::vector<ArrowRoute>& routes, double unit, const QFont& font);
/// A rectangle holding everything paintArrowLayer draws for `routes`: lines, heads and badges.
QRectF arrowLayerBounds(const std::vector<ArrowRoute>& routes, double unit, const QFont& font);

} // namespace kinetic::report
