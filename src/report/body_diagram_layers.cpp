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

void BodyDiagramLayers::update(BaseKey key, const QRectF& target, const DiagramState& state, const QColor& background) {
    const QSize pixels = key.pixels;
    const qreal ratio = key.ratio;
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

void BodyDiagramLayers::paintDirect(QPainter& painter, const PaintSize& size, const DiagramState& state,
                                    const QColor& background) const {
    // What the base's pixmap covers, filled as it is.
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size.pixels) / size.ratio), background);
    m_painter->paintBase(painter, size.target, state);
    if (m_painter->hasRegionLooks(state)) {
        m_painter->paintRegionLooks(painter, size.target, state);
    }
    m_painter->paintMarks(painter, size.target, state);
    if (m_painter->hasArrows(state)) {
        m_painter->paintArrows(painter, size.target, state);
    }
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
    if (newSize && emphasis.empty()) {
        dropLayers();
        paintDirect(painter, size, state, background);
        return;
    }
    update(BaseKey{pixels, ratio, target, state.legend, state.hiddenMechanisms, background.rgba()}, target, state,
           background);
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
