#pragma once

#include <kinetic/enums.hpp>

#include <QFont>
#include <QIconEngine>
#include <QPixmap>

#include <map>
#include <tuple>

namespace kinetic::gui {

/// The icon of a kind of link: its letter badge, as on the diagram, drawn at the size and pixel
/// ratio it is first asked for and kept. Only the renditions a screen uses are ever drawn (one,
/// at start-up), where a QIcon of pixmaps needs every one made in advance. The disabled icon is
/// the grey badge of a hidden kind.
class BadgeIconEngine final : public QIconEngine {
public:
    BadgeIconEngine(Mechanism mechanism, const QFont& font)
        : m_mechanism(mechanism)
        , m_font(font) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

    /// How many renditions have been drawn and kept.
    std::size_t renditions() const { return m_pixmaps.size(); }

private:
    Mechanism m_mechanism;
    QFont m_font;
    std::map<std::tuple<int, int, bool>, QPixmap> m_pixmaps; ///< by width, height, disabled
};

} // namespace kinetic::gui
