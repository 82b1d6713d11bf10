#include "badge_icon_engine.hpp"

#include "body_arrow_painter.hpp"

#include <QPainter>

#include <algorithm>

namespace kinetic::gui {

void BadgeIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State /*state*/) {
    // The badge of the tool bar's 20-pixel icon has a radius of 8.5: the same share of any size.
    const double radius = std::min(rect.width(), rect.height()) * (8.5 / 20.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    report::paintBadge(*painter, QRectF(rect).center(), radius, m_mechanism, mode == QIcon::Disabled, m_font);
    painter->restore();
}

QPixmap BadgeIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    const auto key = std::make_tuple(size.width(), size.height(), mode == QIcon::Disabled);
    if (const auto kept = m_pixmaps.find(key); kept != m_pixmaps.end()) {
        return kept->second;
    }
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    painter.end();
    m_pixmaps.emplace(key, pixmap);
    return pixmap;
}

QIconEngine* BadgeIconEngine::clone() const {
    return new BadgeIconEngine(*this);
}

QString BadgeIconEngine::key() const {
    return QStringLiteral("kinetic.badge");
}

} // namespace kinetic::gui
