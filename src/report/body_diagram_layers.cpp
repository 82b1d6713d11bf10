#include "body_diagram_layers.hpp"

namespace kinetic::report {

namespace {

QPixmap blank(QSize pixels, qreal ratio, const QColor& colour) {
    QPixmap pixmap(pixels);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(colour);
    return pixmap;
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
    // Layers with nothing on them are not kept: with nothing selected (as at start-up) the body
    // is the base, shared, and there is no arrow layer; each would be a window-sized pixmap.
    m_body = m_base; // Shared until painted on: then a copy of the base, not a redraw of it.
    if (m_painter->hasRegionLooks(state)) {
        QPainter body(&m_body);
        m_painter->paintRegionLooks(body, target, state);
    }
    if (!m_painter->hasArrows(state)) {
        m_arrows = QPixmap();
    } else {
        if (m_arrows.size() == pixels && m_arrows.devicePixelRatio() == ratio) {
            m_arrows.fill(Qt::transparent);
        } else {
            m_arrows = blank(pixels, ratio, Qt::transparent);
        }
        QPainter arrows(&m_arrows);
        m_painter->paintArrows(arrows, target, state);
    }
    m_stateValid = true;
}

void BodyDiagramLayers::dropLayers() {
    m_base = QPixmap();
    m_body = QPixmap();
    m_arrows = QPixmap();
    m_baseKey.reset();
}

qint64 BodyDiagramLayers::layerBytes() const {
    // The body shares the base's pixels until something is painted on it.
    const auto bytes = [](const QPixmap& pixmap) {
        return pixmap.isNull() ? qint64{0} : qint64{pixmap.width()} * pixmap.height() * (pixmap.depth() / 8);
    };
    return bytes(m_base) + (m_body.cacheKey() == m_base.cacheKey() ? 0 : bytes(m_body)) + bytes(m_arrows);
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
    painter.drawPixmap(0, 0, m_body);
    m_painter->paintMarks(painter, target, state);
    if (!emphasis.empty() && m_painter->hasArrowsAt(state, emphasis)) {
        painter.setOpacity(0.22);
        painter.drawPixmap(0, 0, m_arrows);
        painter.setOpacity(1.0);
        m_painter->paintArrows(painter, target, state, emphasis);
    } else if (!m_arrows.isNull()) {
        painter.drawPixmap(0, 0, m_arrows);
    }
}

} // namespace kinetic::report
