#include "body_diagram_painter.hpp"

#include "body_arrow_layer.hpp"
#include "body_diagram_layout.hpp"
#include "body_diagram_legend.hpp"
#include "body_diagram_style.hpp"
#include "body_outline.hpp"
#include "body_region_painter.hpp"

#include <QCoreApplication>
#include <QPaintEngine>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace kinetic::report {

namespace {

constexpr std::array views{kinetic::View::Front, kinetic::View::Back};

constexpr std::size_t viewIndex(kinetic::View view) {
    return view == kinetic::View::Front ? 0 : 1;
}

/// A point well inside a shape: the centre of its bounds when that is inside, else the middle
/// of the widest inside run along the horizontal through the centre.
QPointF anchorOf(const QPainterPath& path) {
    const QRectF bounds = path.boundingRect();
    const QPointF centre = bounds.center();
    if (path.contains(centre)) {
        return centre;
    }
    constexpr int steps = 40;
    QPointF best = centre;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i <= steps; ++i) {
        const QPointF candidate(bounds.left() + bounds.width() * i / steps, centre.y());
        const double distance = std::abs(candidate.x() - centre.x());
        if (path.contains(candidate) && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/// A small triangle pointing left or right, a second cue beside the side labels.
void paintPointer(QPainter& painter, QPointF tip, double size, bool pointsLeft) {
    const double back = pointsLeft ? size : -size;
    painter.drawPolygon(QPolygonF({tip, tip + QPointF(back, -size * 0.6), tip + QPointF(back, size * 0.6)}));
}

/// The view's name, then "Right" and "Left" on the sides where the person's right and left are.
void paintCaption(QPainter& painter, const QRectF& rect, const QString& name, bool rightOnViewersLeft,
                  const QFont& font) {
    const double px = font.pixelSize();
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(static_cast<int>(std::lround(px * 1.15)));
    painter.save();
    painter.setPen(bodyStyle::ink);
    painter.setBrush(bodyStyle::ink);
    painter.setFont(bold);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), rect.height() / 2), Qt::AlignCenter, name);
    painter.setFont(font);
    const QRectF sides(rect.left(), rect.center().y(), rect.width(), rect.height() / 2);
    const QString left = QCoreApplication::translate("BodyDiagram", "Left", "the person's left side");
    const QString right = QCoreApplication::translate("BodyDiagram", "Right", "the person's right side");
    const QString leftText = rightOnViewersLeft ? right : left;
    const QString rightText = rightOnViewersLeft ? left : right;
    painter.drawText(sides.adjusted(px, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, leftText);
    painter.drawText(sides.adjusted(0, 0, -px, 0), Qt::AlignRight | Qt::AlignVCenter, rightText);
    paintPointer(painter, QPointF(sides.left(), sides.center().y()), 0.6 * px, true);
    paintPointer(painter, QPointF(sides.right(), sides.center().y()), 0.6 * px, false);
    painter.restore();
}

} // namespace

BodyDiagramPainter::BodyDiagramPainter(const BodyArt& art)
    : m_art(art) {
    for (const kinetic::View view : views) {
        for (const auto& [id, path] : m_art.view(view).regions) {
            m_regions.insert_or_assign(id, RegionShape{view, path, anchorOf(path)});
        }
        m_silhouetteLines.at(viewIndex(view)) = outlinePieces(m_art.view(view).silhouette, bodyStyle::silhouetteWidth);
    }
}

void BodyDiagramPainter::useRegions(const Content& content) {
    m_regions.clear();
    for (const Region& region : content.regions) {
        for (const std::string& svgId : region.svgIds) {
            const auto view = m_art.viewOf(svgId);
            if (!view) {
                continue;
            }
            RegionShape& shape = m_regions[region.id];
            shape.view = *view;
            const QPainterPath& art = m_art.view(*view).regions.at(svgId);
            if (shape.path.isEmpty()) {
                shape.path = art; // shared with the art, not copied: most regions are one shape
            } else {
                shape.path.addPath(art);
            }
        }
    }
    for (auto& [id, shape] : m_regions) {
        shape.anchor = anchorOf(shape.path);
    }
}

std::string BodyDiagramPainter::regionAt(const QRectF& target, const QPointF& point, bool legend) const {
    const DiagramLayout layout = layoutDiagram(target, m_art, legend);
    for (const kinetic::View view : views) {
        if (!layout.viewRect(view).contains(point)) {
            continue;
        }
        const QPointF artPoint = layout.transform(view).inverted().map(point);
        for (const auto& [id, shape] : m_regions) {
            if (shape.view == view && shape.path.contains(artPoint)) {
                return id;
            }
        }
    }
    return {};
}

QPainterPath BodyDiagramPainter::regionShape(const QRectF& target, const std::string& regionId, bool legend) const {
    const auto it = m_regions.find(regionId);
    if (it == m_regions.end()) {
        return {};
    }
    return layoutDiagram(target, m_art, legend).transform(it->second.view).map(it->second.path);
}

QRectF BodyDiagramPainter::regionBounds(const QRectF& target, const std::string& regionId, bool legend) const {
    return regionShape(target, regionId, legend).boundingRect();
}

std::vector<std::string> BodyDiagramPainter::regionOrder() const {
    // Rows of about 30 art units, so a left and right pair at the same height read together.
    std::vector<std::tuple<int, long, double, std::string>> keyed;
    for (const auto& [id, shape] : m_regions) {
        keyed.emplace_back(shape.view == kinetic::View::Front ? 0 : 1, std::lround(shape.anchor.y() / 30.0),
                           shape.anchor.x(), id);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::string> order;
    for (const auto& key : keyed) {
        order.push_back(std::get<3>(key));
    }
    return order;
}

void BodyDiagramPainter::paint(QPainter& painter, const QRectF& target, const DiagramState& state) const {
    paintBody(painter, target, state);
    // With the pointer or the keyboard on a region that has arrows, its arrows are drawn over
    // the marks and the others faded under them, so one region's links can be read among many.
    const std::string& emphasis = state.hovered.empty() ? state.focused : state.hovered;
    const bool emphasised = !emphasis.empty() && hasArrowsAt(state, emphasis);
    if (hasArrows(state)) {
        painter.save();
        painter.setOpacity(emphasised ? bodyStyle::fadedArrowOpacity : 1.0);
        paintArrows(painter, target, state);
        painter.restore();
    }
    paintMarks(painter, target, state);
    if (emphasised) {
        paintArrows(painter, target, state, emphasis);
    }
}

void BodyDiagramPainter::paintBody(QPainter& painter, const QRectF& target, const DiagramState& state) const {
    paintBase(painter, target, state);
    if (hasRegionLooks(state)) {
        paintRegionLooks(painter, target, state);
    }
}

void BodyDiagramPainter::paintBase(QPainter& painter, const QRectF& target, const DiagramState& state) const {
    const DiagramLayout layout = layoutDiagram(target, m_art, state.legend);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const kinetic::View view : views) {
        paintView(painter, layout.transform(view), layout.unit, view);
    }
    paintCaption(painter, layout.frontCaption, QCoreApplication::translate("BodyDiagram", "Front (facing you)"), true,
                 layout.font);
    paintCaption(painter, layout.backCaption, QCoreApplication::translate("BodyDiagram", "Back (facing away)"), false,
                 layout.font);
    if (state.legend) {
        paintLegend(painter, layout.legend, layout.legendColumns, layout.font, layout.unit, state.hiddenMechanisms);
    }
    painter.restore();
}

void BodyDiagramPainter::paintRegionLooks(QPainter& painter, const QRectF& target, const DiagramState& state) const {
    const DiagramLayout layout = layoutDiagram(target, m_art, state.legend);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const kinetic::View view : views) {
        const QTransform transform = layout.transform(view);
        QPainterPath changed;
        changed.setFillRule(Qt::WindingFill);
        for (const auto& [id, shape] : m_regions) {
            const RegionLook look = state.selected.contains(id)      ? RegionLook::Selected
                                    : state.highlighted.contains(id) ? RegionLook::Linked
                                                                     : RegionLook::Plain;
            if (shape.view != view || look == RegionLook::Plain) {
                continue;
            }
            const QPainterPath drawn = transform.map(shape.path);
            paintRegion(painter, drawn, look, layout.unit);
            changed.addPath(drawn);
        }
        if (!changed.isEmpty()) {
            // The fills covered the lines of the art there: draw those again, only there.
            painter.save();
            painter.setClipPath(changed);
            paintDetails(painter, transform, layout.unit, view, changed.controlPointRect());
            painter.restore();
        }
    }
    painter.restore();
}

void BodyDiagramPainter::paintMarks(QPainter& painter, const QRectF& target, const DiagramState& state) const {
    const DiagramLayout layout = layoutDiagram(target, m_art, state.legend);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto mark = [&](const std::string& id, auto paintFn) {
        const auto it = m_regions.find(id);
        if (it != m_regions.end()) {
            paintFn(painter, layout.transform(it->second.view).map(it->second.path), layout.unit);
        }
    };
    mark(state.hovered, paintHover);
    mark(state.focused, paintFocus);
    painter.restore();
}

void BodyDiagramPainter::paintArrows(QPainter& painter, const QRectF& target, const DiagramState& state,
                                     const std::string& only) const {
    const DiagramLayout layout = layoutDiagram(target, m_art, state.legend);
    std::vector<ArrowRoute> shown = routes(layout, state);
    if (!only.empty()) {
        std::erase_if(shown, [&](const ArrowRoute& r) { return r.arrow.from != only && r.arrow.to != only; });
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintArrowLayer(painter, shown, layout.unit, layout.font);
    painter.restore();
}

QRectF BodyDiagramPainter::markChangeBounds(const QRectF& target, const DiagramState& state,
                                            const std::string& hoveredBefore, const std::string& focusedBefore) const {
    const DiagramLayout layout = layoutDiagram(target, m_art, state.legend);
    QRectF changed;
    const auto mark = [&](const std::string& id) {
        const auto it = m_regions.find(id);
        if (it != m_regions.end()) {
            // Half the widest line a mark draws, the focus ring's white edge, and its smoothing.
            const double margin = (bodyStyle::focusWidth + 2.5) * layout.unit / 2.0 + 2.0;
            const QRectF shape = layout.transform(it->second.view).map(it->second.path).boundingRect();
            changed |= shape.adjusted(-margin, -margin, margin, margin);
        }
    };
    if (hoveredBefore != state.hovered) {
        mark(hoveredBefore);
        mark(state.hovered);
    }
    if (focusedBefore != state.focused) {
        mark(focusedBefore);
        mark(state.focused);
    }
    const std::string& emphasisBefore = hoveredBefore.empty() ? focusedBefore : hoveredBefore;
    const std::string& emphasis = state.hovered.empty() ? state.focused : state.hovered;
    if (emphasisBefore != emphasis && (hasArrowsAt(state, emphasisBefore) || hasArrowsAt(state, emphasis))) {
        changed |= arrowLayerBounds(routes(layout, state), layout.unit, layout.font);
    }
    return changed;
}

bool BodyDiagramPainter::hasArrowsAt(const DiagramState& state, const std::string& regionId) const {
    return std::any_of(state.arrows.begin(), state.arrows.end(), [&](const DiagramArrow& arrow) {
        return !state.hiddenMechanisms.contains(arrow.mechanism) && (arrow.from == regionId || arrow.to == regionId) &&
               m_regions.contains(arrow.from) && m_regions.contains(arrow.to);
    });
}

bool BodyDiagramPainter::hasArrows(const DiagramState& state) const {
    return std::any_of(state.arrows.begin(), state.arrows.end(), [&](const DiagramArrow& arrow) {
        return !state.hiddenMechanisms.contains(arrow.mechanism) && m_regions.contains(arrow.from) &&
               m_regions.contains(arrow.to);
    });
}

bool BodyDiagramPainter::hasRegionLooks(const DiagramState& state) const {
    const auto shaped = [&](const std::string& id) { return m_regions.contains(id); };
    return std::any_of(state.selected.begin(), state.selected.end(), shaped) ||
           std::any_of(state.highlighted.begin(), state.highlighted.end(), shaped);
}

void BodyDiagramPainter::paintView(QPainter& painter, const QTransform& transform, double unit,
                                   kinetic::View view) const {
    const QPainterPath silhouette = transform.map(m_art.view(view).silhouette);
    painter.setBrush(bodyStyle::silhouetteFill);
    if (painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::Raster) {
        // Pixels: the line as filled pieces, which rasterise far faster than one long stroke.
        painter.setPen(Qt::NoPen);
        painter.drawPath(silhouette);
        painter.setBrush(bodyStyle::silhouetteLine);
        for (const QPainterPath& piece : m_silhouetteLines.at(viewIndex(view))) {
            painter.drawPath(transform.map(piece));
        }
    } else {
        // Vectors (PDF, print): the stroke itself, which the viewer draws; smaller than the pieces.
        painter.setPen(QPen(bodyStyle::silhouetteLine, bodyStyle::silhouetteWidth * unit, Qt::SolidLine, Qt::RoundCap,
                            Qt::RoundJoin));
        painter.drawPath(silhouette);
    }
    for (const auto& [id, shape] : m_regions) {
        if (shape.view == view) {
            paintRegion(painter, transform.map(shape.path), RegionLook::Plain, unit);
        }
    }
    paintDetails(painter, transform, unit, view, QRectF());
}

void BodyDiagramPainter::paintDetails(QPainter& painter, const QTransform& transform, double unit, kinetic::View view,
                                      const QRectF& within) const {
    painter.setPen(QPen(bodyStyle::detailLine, 1.2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    for (const QPainterPath& detail : m_art.view(view).details) {
        const QPainterPath drawn = transform.map(detail);
        if (within.isNull() || drawn.controlPointRect().intersects(within)) {
            painter.drawPath(drawn);
        }
    }
}

std::vector<ArrowRoute> BodyDiagramPainter::routes(const DiagramLayout& layout, const DiagramState& state) const {
    std::vector<ArrowRoute> result;
    for (const DiagramArrow& arrow : state.arrows) {
        const auto from = m_regions.find(arrow.from);
        const auto to = m_regions.find(arrow.to);
        if (from == m_regions.end() || to == m_regions.end() || state.hiddenMechanisms.contains(arrow.mechanism)) {
            continue;
        }
        const kinetic::View fromView = from->second.view;
        const QPointF start = layout.transform(fromView).map(from->second.anchor);
        const QPointF end = layout.transform(to->second.view).map(to->second.anchor);
        // Within a view an arrow bows away from the body's midline; between views it arches over.
        const double centreX = fromView == to->second.view
                                   ? layout.transform(fromView).map(m_art.view(fromView).viewBox.center()).x()
                                   : std::numeric_limits<double>::quiet_NaN();
        result.push_back({arrow, start, arrowControlPoint(start, end, centreX), end});
    }
    return result;
}

} // namespace kinetic::report
