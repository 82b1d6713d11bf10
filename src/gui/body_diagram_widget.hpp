#pragma once

#include "body_diagram_layers.hpp"
#include "body_diagram_painter.hpp"

#include <QWidget>

#include <string>
#include <vector>

namespace kinetic::gui {

class Session;

/// The interactive body diagram: front and back views drawn by the report layer's painter.
/// The pointer hovers and toggles regions on their drawn shapes; the keyboard moves a current
/// region (Tab, Shift+Tab, arrow keys, Home, End), Space toggles it and Enter opens its details.
class BodyDiagramWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDiagramWidget)

public:
    BodyDiagramWidget(Session* session, const report::BodyArt& art, QWidget* parent = nullptr);

    /// The region the keyboard is on; empty when none.
    const std::string& currentRegion() const { return m_current; }
    void setCurrentRegion(const std::string& regionId);
    /// The selectable regions with a shape, in keyboard order.
    const std::vector<std::string>& regionOrder() const { return m_order; }
    /// The region under a point in widget coordinates; empty when none.
    std::string regionAt(const QPointF& point) const;
    /// A region's drawn shape and bounds in widget coordinates.
    QPainterPath regionShape(const std::string& regionId) const;
    QRectF regionRect(const std::string& regionId) const;

    /// "Front of knee, left" and the region's description with its state, for assistive tools.
    QString regionName(const std::string& regionId) const;
    QString regionDescription(const std::string& regionId) const;
    bool isRegionSelected(const std::string& regionId) const;
    void toggleRegion(const std::string& regionId);

    const report::DiagramState& diagramState() const { return m_state; }
    bool isLegendVisible() const { return m_state.legend; }
    void setLegendVisible(bool visible);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentRegionChanged(const QString& regionId);
    /// Enter or a double click on a region: show its details.
    void regionActivated(const QString& regionId);
    /// Once, after the first frame with the diagram has been painted.
    void firstFramePainted();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent* event) override;

private:
    QRectF target() const;
    void invalidateCache();
    void refresh();
    void rebuildOrder();
    void setHovered(const std::string& regionId);
    /// Schedules a paint of what the marks' move from these regions to the current ones changes.
    void updateMarks(const std::string& hoveredBefore, const std::string& focusedBefore);
    bool moveInOrder(int step);
    void moveSpatially(int dx, int dy);
    QString toolTipFor(const std::string& regionId) const;

    Session* m_session;
    report::BodyDiagramPainter m_painter;
    report::DiagramState m_state;
    std::vector<std::string> m_order;
    std::string m_current;
    bool m_painted = false;
    /// The slow layers: a click redraws the regions' looks over a cached base and the arrows;
    /// hovering and moving the keyboard blit them and draw just the marks on top.
    report::BodyDiagramLayers m_layers{m_painter};
};

} // namespace kinetic::gui
