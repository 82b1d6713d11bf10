#pragma once

#include "body_arrow_layer.hpp"
#include "body_art.hpp"
#include "body_diagram_layout.hpp"
#include "body_diagram_state.hpp"

#include <kinetic/content.hpp>

#include <QPainter>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <array>
#include <map>
#include <string>
#include <vector>

namespace kinetic::report {

/// Draws the front and back views side by side with the selection, linked areas, arrows and a
/// legend; and answers which region lies under a point. Only Qt Gui: the printout uses it too.
/// Everything is laid out from the target rectangle alone, so painting and hit-testing agree
/// and the drawing is crisp at any size and device pixel ratio.
class BodyDiagramPainter {
public:
    explicit BodyDiagramPainter(const BodyArt& art);

    /// Draws shapes by the region's `svg_ids` instead of taking element ids as region ids.
    void useRegions(const Content& content);

    void paint(QPainter& painter, const QRectF& target, const DiagramState& state) const;

    // The layers of paint(), bottom to top, for a widget that caches the slow ones (see
    // BodyDiagramLayers): the body (art, selection, linked areas, captions, legend) and the
    // arrows change only with the state; the marks of the pointer and the keyboard, and the
    // arrows of the region they are on drawn over them, change with every move.
    /// paintBase, then paintRegionLooks when it has anything to draw.
    void paintBody(QPainter& painter, const QRectF& target, const DiagramState& state) const;
    /// What changes only with the size and the legend: the silhouettes, every region as if
    /// neither selected nor linked, the lines of the art, the captions and the legend.
    void paintBase(QPainter& painter, const QRectF& target, const DiagramState& state) const;
    /// Over the base: the selected and linked regions, and the lines of the art over them.
    void paintRegionLooks(QPainter& painter, const QRectF& target, const DiagramState& state) const;
    /// The hovered and focused regions' marks.
    void paintMarks(QPainter& painter, const QRectF& target, const DiagramState& state) const;
    /// Every arrow at full strength, or with `only` the arrows touching that region.
    void paintArrows(QPainter& painter, const QRectF& target, const DiagramState& state,
                     const std::string& only = {}) const;
    /// Where the picture can change when the hovered or the focused region becomes what `state`
    /// holds, from `hoveredBefore` and `focusedBefore`: the marks that went or came and, when
    /// the region whose arrows stand out changed and either has arrows, every arrow, since the
    /// others fade or come back. Empty when nothing changed.
    QRectF markChangeBounds(const QRectF& target, const DiagramState& state, const std::string& hoveredBefore,
                            const std::string& focusedBefore) const;
    /// Whether any arrow that is shown starts or ends at a region.
    bool hasArrowsAt(const DiagramState& state, const std::string& regionId) const;
    /// Whether paintArrows would draw anything for `state`.
    bool hasArrows(const DiagramState& state) const;
    /// Whether paintRegionLooks would draw anything for `state`: a selected or linked region
    /// with a shape.
    bool hasRegionLooks(const DiagramState& state) const;
    /// The region whose drawn shape contains `point` (not its bounding box); empty when none.
    /// `legend` must match the state painted: the legend takes room from the views.
    std::string regionAt(const QRectF& target, const QPointF& point, bool legend = true) const;
    /// The bounding box of a region as drawn in `target`; empty when it has no shape.
    QRectF regionBounds(const QRectF& target, const std::string& regionId, bool legend = true) const;
    /// The shape of a region as drawn in `target`; empty when it has no shape.
    QPainterPath regionShape(const QRectF& target, const std::string& regionId, bool legend = true) const;
    /// Region ids that have a shape, in reading order: front view first, top to bottom, then
    /// the viewer's left to right; then the back view the same way.
    std::vector<std::string> regionOrder() const;

private:
    struct RegionShape {
        kinetic::View view = kinetic::View::Front;
        QPainterPath path; ///< In art units.
        QPointF anchor;    ///< A point well inside, where arrows start and end; in art units.
    };

    void paintView(QPainter& painter, const QTransform& transform, double unit, kinetic::View view) const;
    /// The lines of the art (folds, kneecaps...) of a view; with `within`, only those whose
    /// bounds meet it.
    void paintDetails(QPainter& painter, const QTransform& transform, double unit, kinetic::View view,
                      const QRectF& within) const;
    std::vector<ArrowRoute> routes(const DiagramLayout& layout, const DiagramState& state) const;

    BodyArt m_art; ///< A copy: its shapes are implicitly shared, so this is cheap and never dangles.
    std::map<std::string, RegionShape> m_regions;
    /// Each view's silhouette line as pieces to fill (see outlinePieces), in art units: front, back.
    std::array<std::vector<QPainterPath>, 2> m_silhouetteLines;
};

} // namespace kinetic::report
