#pragma once

#include "body_diagram_painter.hpp"
#include "body_diagram_state.hpp"

#include <QColor>
#include <QPainter>
#include <QPixmap>
#include <QRectF>
#include <QSize>

#include <optional>
#include <set>
#include <string>

namespace kinetic::report {

/// The body diagram drawn from cached layers, for a widget that repaints often. Three layers:
/// - the base (BodyDiagramPainter::paintBase), redrawn only when the size, the legend or the
///   background changes;
/// - the shown layer: the base with the selected and linked regions and the arrows over it, and
/// - the faded one: the same with the arrows faded, both redrawn after `invalidate()`, when
///   the state has changed (a click);
/// a layer with nothing on it is not kept (the shown layer is then the base, shared).
/// A paint copies one of the last two and draws over it the marks of the pointer and the
/// keyboard (a hover) and, over the faded layer, the arrows of the region they are on.
///
/// A layer only pays when it is drawn again. So a paint at a new size (the first frame, each
/// step of a resize) draws straight onto the device and keeps no layer; the layers are made at
/// the next paint at that size, and the ones of the old size are let go at once. A change of
/// legend or of the kinds of link shown remakes the layers at once: the size stays.
class BodyDiagramLayers {
public:
    explicit BodyDiagramLayers(const BodyDiagramPainter& painter)
        : m_painter(&painter) {}

    /// The selection, the linked areas or the arrows have changed: the body and the arrows are
    /// redrawn at the next `paint`. (A change of size or legend is noticed without this.)
    void invalidate() { m_stateValid = false; }
    /// The painter's regions have changed (`useRegions`, after a content reload): every layer
    /// is redrawn at the next `paint`.
    void invalidateAll() {
        m_baseKey.reset();
        m_stateValid = false;
    }

    /// Draws the diagram for `state` with `painter`, whose device is `pixels` large at device
    /// pixel ratio `ratio`: the layers, brought up to date first (or, at a new size, the same
    /// drawing without them), then the marks, with the arrows of `emphasis` (a region) standing
    /// out when it has any.
    void paint(QPainter& painter, QSize pixels, qreal ratio, const QRectF& target, const DiagramState& state,
               const QColor& background, const std::string& emphasis);

    /// The bytes of pixels the layers hold.
    qint64 layerBytes() const;

private:
    /// Where a paint draws: the device's pixels and ratio, and the diagram's place on it.
    struct PaintSize {
        QSize pixels;
        qreal ratio = 1.0;
        QRectF target;

        bool operator==(const PaintSize&) const = default;
    };

    /// What the base depends on.
    struct BaseKey {
        PaintSize size;
        bool legend = true;
        std::set<kinetic::Mechanism> hiddenMechanisms;
        QRgb background = 0;

        bool operator==(const BaseKey&) const = default;
    };

    /// Brings the layers up to date for `paint`.
    void update(BaseKey key, const DiagramState& state, const QColor& background);
    void dropLayers();

    const BodyDiagramPainter* m_painter;
    std::optional<BaseKey> m_baseKey;
    std::optional<PaintSize> m_lastSize; ///< of the last paint
    bool m_stateValid = false;
    QPixmap m_base;
    QPixmap m_shown;
    QPixmap m_faded; ///< Null when there are no arrows.
};

} // namespace kinetic::report
