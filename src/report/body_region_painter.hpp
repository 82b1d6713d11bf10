#pragma once

#include <QPainter>
#include <QPainterPath>

namespace kinetic::report {

/// The styles of an area: plain, selected (solid fill, cross-hatch, solid outline) or linked
/// (light fill, single hatch, dashed outline). The two differ in pattern and outline, not only
/// in colour.
enum class RegionLook { Plain, Selected, Linked };

/// Draws a region shape given in target coordinates; `unit` scales pens and hatch spacing.
void paintRegion(QPainter& painter, const QPainterPath& shape, RegionLook look, double unit);
/// A strong outline and a warm wash for the region under the pointer.
void paintHover(QPainter& painter, const QPainterPath& shape, double unit);
/// A dashed focus ring on a white underlay, visible over every style.
void paintFocus(QPainter& painter, const QPainterPath& shape, double unit);

} // namespace kinetic::report
