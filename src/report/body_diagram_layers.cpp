#include "body_diagram_layers.hpp"

#include "body_diagram_style.hpp"

namespace kinetic::report {

namespace {

QPixmap blank(QSize pixels, qreal ratio, const QColor& colour) {
    QPixmap pixmap(pixels);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(colour);
    return pixmap;
}

/// Makes `layer` a copy of `from` with pixels of its own. A layer that has them at the right
/// size is painted over rather than made again: a new window-sized pixmap costs a page fault
/// for each 4 KiB the first time it is written, as much as the copy itself.
void copyInto(QPixmap& layer, const QPixmap& from) {
    // A layer that shares its pixels (with `from` or another) is not detached.
    const bool reusable =
        layer.isDetached() && layer.size() == from.size() && layer.devicePixelRatio() == from.devicePixelRatio();
    if (!reusable) {
        layer = from;
        layer.detach();
        return;
    }
    QPainter painter(&layer);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawPixmap(0, 0, from);
}

} // namespace

void BodyDiagramLayers::update(BaseKey key, const DiagramState& state, const QColor& background) {
    const QSize pixels = key.size.pixels;
    const qreal ratio = key.size.ratio;
    const QRectF target = key.size.target;
    if (m_baseKey != key) {
        m_base = blank(pixels, ratio, background);
        QPainter base(&m_base);
        m_painter->paintBase(base, target, state);
        base.end();
        m_baseKey = std::move(key);
        m_stateValid = false;
    }
    if (m_stateValid) {
        return;
    }
    // Layers with nothing on them are not kept: with nothing selected (as at start-up) the shown
    // layer is the base, shared, and there is no faded one; each would be a window-sized pixmap.
    const bool looks = m_painter->hasRegionLooks(state);
    const bool arrows = m_painter->hasArrows(state);
    m_stateValid = true;
    if (!looks && !arrows) {
        m_shown = m_base;
        m_faded = QPixmap();
        return;
    }
    copyInto(m_shown, m_base); // a copy of the base, not a redraw of it
    if (looks) {
        QPainter body(&m_shown);
        m_painter->paintRegionLooks(body, target, state);
    }
    if (!arrows) {
        m_faded = QPixmap();
        return;
    }
    // The arrows are drawn once and laid over the body twice: whole, and faded for a hover.
    QPixmap arrowLayer = blank(pixels, ratio, Qt::transparent);
    QPainter arrowPainter(&arrowLayer);
    m_painter->paintArrows(arrowPainter, target, state);
    arrowPainter.end();
    copyInto(m_faded, m_shown);
    QPainter faded(&m_faded);
    faded.setOpacity(bodyStyle::fadedArrowOpacity);
    faded.drawPixmap(0, 0, arrowLayer);
    faded.end();
    QPainter shown(&m_shown);
    shown.drawPixmap(0, 0, arrowLayer);
}

void BodyDiagramLayers::dropLayers() {
    m_base = QPixmap();
    m_shown = QPixmap();
    m_faded = QPixmap();
    m_baseKey.reset();
}

qint64 BodyDiagramLayers::layerBytes() const {
    // The shown layer shares the base's pixels until something is painted on it.
    const auto bytes = [](const QPixmap& pixmap) {
        return pixmap.isNull() ? qint64{0} : qint64{pixmap.width()} * pixmap.height() * (pixmap.depth() / 8);
    };
    return bytes(m_base) + (m_shown.cacheKey() == m_base.cacheKey() ? 0 : bytes(m_shown)) + bytes(m_faded);
}

void BodyDiagramLayers::paint(QPainter& painter, QSize pixels, qreal ratio, const QRectF& target,
                              const DiagramState& state, const QColor& background, const std::string& emphasis) {
    const PaintSize size{pixels, ratio, target};
    const bool newSize = m_lastSize != size;
    m_lastSize = size;
    // With an emphasis the other arrows are drawn faded as one layer, so the layers are made.
    // Without one (no region hovered or focused), a whole paint draws what the layers would.
    if (newSize && emphasis.empty()) {
        dropLayers();
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(pixels) / ratio), background); // as the base is filled
        m_painter->paint(painter, target, state);
        return;
    }
    update(BaseKey{size, state.legend, state.hiddenMechanisms, background.rgba()}, state, background);
    // As BodyDiagramPainter::paint: with an emphasis the others are faded under the marks and its
    // own arrows are drawn over them. One layer is copied either way.
    const bool emphasised = !emphasis.empty() && !m_faded.isNull() && m_painter->hasArrowsAt(state, emphasis);
    painter.drawPixmap(0, 0, emphasised ? m_faded : m_shown);
    m_painter->paintMarks(painter, target, state);
    if (emphasised) {
        m_painter->paintArrows(painter, target, state, emphasis);
    }
}

} // namespace kinetic::report
