#pragma once

#include <kinetic/enums.hpp>

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPointF>

namespace kinetic::report {

/// How an arrow looks: thickness by strength, dashed when less certain, heads at both ends
/// when the link works both ways; otherwise a dot marks where it starts.
struct ArrowLook {
    QColor colour;
    double width = 2.0; ///< Target units.
    bool dashed = false;
    bool bothWays = false;
    double unit = 1.0; ///< Target units per art unit: scales the halo, tips and dots.
};

/// Draws a quadratic curve from `from` through the pull of `control` to `to`, on a light halo
/// so it stays readable over the body, with its heads.
void paintArrow(QPainter& painter, QPointF from, QPointF control, QPointF to, const ArrowLook& look);

/// Draws the mechanism's letter badge (a circle with N, J, K...) centred on `centre`.
void paintBadge(QPainter& painter, QPointF centre, double radius, Mechanism mechanism, bool hidden, QFont font);

/// The arrow width for a link strength of 0-1, in target units for a given art unit.
double arrowWidth(double strength, double unit);

} // namespace kinetic::report
