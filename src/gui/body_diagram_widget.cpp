#include "body_diagram_widget.hpp"

#include "body_diagram_accessible.hpp"
#include "session.hpp"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace kinetic::gui {

BodyDiagramWidget::BodyDiagramWidget(Session* session, const report::BodyArt& art, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_painter(art) {
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(&BodyDiagramAccessible::factory);
        return true;
    }();
    Q_UNUSED(accessibleInstalled)
    setObjectName(QStringLiteral("bodyDiagram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Body diagram"));
    setAccessibleDescription(tr("Front and back views of the body. Use Tab or the arrow keys to move between "
                                "areas, Space to mark an area as painful, Enter to describe the pain."));
    rebuildOrder();
    refresh();
    connect(m_session, &Session::assessmentChanged, this, &BodyDiagramWidget::refresh);
    connect(m_session, &Session::linkQueryChanged, this, &BodyDiagramWidget::refresh);
    connect(m_session, &Session::contentChanged, this, [this] {
        rebuildOrder();
        refresh();
    });
}

void BodyDiagramWidget::rebuildOrder() {
    m_painter.useRegions(m_session->content());
    m_layers.invalidateAll();
    m_order.clear();
    for (const std::string& id : m_painter.regionOrder()) {
        const Region* region = m_session->content().regions.find(id);
        if (region && region->selectable) {
            m_order.push_back(id);
        }
    }
    if (!m_current.empty() && std::find(m_order.begin(), m_order.end(), m_current) == m_order.end()) {
        m_current.clear();
    }
}

void BodyDiagramWidget::refresh() {
    const bool legend = m_state.legend;
    m_state = report::diagramState(m_session->assessment(), m_session->linkedAreas(), m_session->highlightedRegions());
    m_state.legend = legend;
    m_state.hiddenMechanisms = m_session->linkQuery().hiddenMechanisms;
    m_state.focused = hasFocus() ? m_current : std::string();
    invalidateCache();
}

void BodyDiagramWidget::invalidateCache() {
    m_layers.invalidate();
    update();
}

void BodyDiagramWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event); // The layers notice the new size when painted.
}

QRectF BodyDiagramWidget::target() const {
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

std::string BodyDiagramWidget::regionAt(const QPointF& point) const {
    const std::string id = m_painter.regionAt(target(), point, m_state.legend);
    return std::find(m_order.begin(), m_order.end(), id) == m_order.end() ? std::string() : id;
}

QPainterPath BodyDiagramWidget::regionShape(const std::string& regionId) const {
    return m_painter.regionShape(target(), regionId, m_state.legend);
}

QRectF BodyDiagramWidget::regionRect(const std::string& regionId) const {
    return m_painter.regionBounds(target(), regionId, m_state.legend);
}

void BodyDiagramWidget::setLegendVisible(bool visible) {
    if (m_state.legend != visible) {
        m_state.legend = visible;
        invalidateCache();
    }
}

void BodyDiagramWidget::setCurrentRegion(const std::string& regionId) {
    if (regionId == m_current ||
        (!regionId.empty() && std::find(m_order.begin(), m_order.end(), regionId) == m_order.end())) {
        return;
    }
    m_current = regionId;
    const std::string focusedBefore = std::exchange(m_state.focused, hasFocus() ? m_current : std::string());
    updateMarks(m_state.hovered, focusedBefore);
    const auto index = std::find(m_order.begin(), m_order.end(), m_current) - m_order.begin();
    if (hasFocus() && !m_current.empty() && QAccessible::isActive()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(static_cast<int>(index));
        QAccessible::updateAccessibility(&focus);
    }
    emit currentRegionChanged(QString::fromStdString(m_current));
}

QSize BodyDiagramWidget::sizeHint() const {
    return {620, 760};
}

QSize BodyDiagramWidget::minimumSizeHint() const {
    return {300, 380};
}

void BodyDiagramWidget::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    // With the pointer or keyboard on a region that has arrows, its arrows stand out.
    const std::string& emphasis = m_state.hovered.empty() ? m_state.focused : m_state.hovered;
    const qreal ratio = devicePixelRatioF();
    m_layers.paint(painter, size() * ratio, ratio, target(), m_state, palette().color(QPalette::Base), emphasis);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    painter.end();
    if (!m_painted) {
        m_painted = true;
        emit firstFramePainted();
    }
}

void BodyDiagramWidget::setHovered(const std::string& regionId) {
    if (m_state.hovered != regionId) {
        const std::string hoveredBefore = std::exchange(m_state.hovered, regionId);
        setCursor(regionId.empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        updateMarks(hoveredBefore, m_state.focused);
    }
}

void BodyDiagramWidget::updateMarks(const std::string& hoveredBefore, const std::string& focusedBefore) {
    // Only what changes is painted again: on a large window a whole repaint at every move of
    // the pointer costs more than the marks and arrows it redraws.
    const QRectF changed = m_painter.markChangeBounds(target(), m_state, hoveredBefore, focusedBefore);
    if (!changed.isEmpty()) {
        update(changed.toAlignedRect().intersected(rect()));
    }
}

void BodyDiagramWidget::mouseMoveEvent(QMouseEvent* event) {
    setHovered(regionAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void BodyDiagramWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const std::string id = regionAt(event->position());
    if (id.empty()) {
        return;
    }
    setCurrentRegion(id);
    m_session->toggleRegion(id);
}

void BodyDiagramWidget::mouseDoubleClickEvent(QMouseEvent* event) {
    const std::string id = regionAt(event->position());
    if (event->button() == Qt::LeftButton && !id.empty()) {
        // The press of a double click toggled twice: keep it selected and open its details.
        m_session->setRegionSelected(id, true);
        emit regionActivated(QString::fromStdString(id));
    }
}

void BodyDiagramWidget::leaveEvent(QEvent* event) {
    setHovered({});
    QWidget::leaveEvent(event);
}

void BodyDiagramWidget::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
        moveSpatially(-1, 0);
        break;
    case Qt::Key_Right:
        moveSpatially(1, 0);
        break;
    case Qt::Key_Up:
        moveSpatially(0, -1);
        break;
    case Qt::Key_Down:
        moveSpatially(0, 1);
        break;
    case Qt::Key_Home:
        setCurrentRegion(m_order.empty() ? std::string() : m_order.front());
        break;
    case Qt::Key_End:
        setCurrentRegion(m_order.empty() ? std::string() : m_order.back());
        break;
    case Qt::Key_Space:
        if (!m_current.empty()) {
            m_session->toggleRegion(m_current);
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_current.empty()) {
            m_session->setRegionSelected(m_current, true);
            emit regionActivated(QString::fromStdString(m_current));
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BodyDiagramWidget::focusInEvent(QFocusEvent* event) {
    // Arriving by keyboard lands on the first (or, backwards, the last) region; a click or a
    // window coming to the front does not pick one.
    const bool byKeyboard = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (m_current.empty() && !m_order.empty() && byKeyboard) {
        setCurrentRegion(event->reason() == Qt::BacktabFocusReason ? m_order.back() : m_order.front());
    }
    m_state.focused = m_current;
    update();
    QWidget::focusInEvent(event);
}

void BodyDiagramWidget::focusOutEvent(QFocusEvent* event) {
    m_state.focused.clear();
    update();
    QWidget::focusOutEvent(event);
}

bool BodyDiagramWidget::focusNextPrevChild(bool next) {
    // Tab walks the regions first; past the last one it leaves the diagram as usual.
    if (hasFocus() && m_current.empty() && !m_order.empty()) {
        setCurrentRegion(next ? m_order.front() : m_order.back());
        return true;
    }
    if (hasFocus() && moveInOrder(next ? 1 : -1)) {
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

bool BodyDiagramWidget::moveInOrder(int step) {
    const auto it = std::find(m_order.begin(), m_order.end(), m_current);
    if (it == m_order.end()) {
        return false;
    }
    const auto index = (it - m_order.begin()) + step;
    if (index < 0 || index >= static_cast<std::ptrdiff_t>(m_order.size())) {
        return false;
    }
    setCurrentRegion(m_order[static_cast<std::size_t>(index)]);
    return true;
}

void BodyDiagramWidget::moveSpatially(int dx, int dy) {
    if (m_current.empty()) {
        setCurrentRegion(m_order.empty() ? std::string() : m_order.front());
        return;
    }
    const QPointF from = regionRect(m_current).center();
    std::string best;
    double bestScore = std::numeric_limits<double>::max();
    for (const std::string& id : m_order) {
        const QPointF delta = regionRect(id).center() - from;
        const double along = delta.x() * dx + delta.y() * dy;
        const double across = std::abs(delta.x() * dy) + std::abs(delta.y() * dx);
        if (id == m_current || along <= 1.0) {
            continue;
        }
        const double score = along + 2.0 * across;
        if (score < bestScore) {
            bestScore = score;
            best = id;
        }
    }
    if (!best.empty()) {
        setCurrentRegion(best);
    }
}

QString BodyDiagramWidget::regionName(const std::string& regionId) const {
    const Region* region = m_session->content().regions.find(regionId);
    return region ? QString::fromStdString(region->displayName()) : QString();
}

QString BodyDiagramWidget::regionDescription(const std::string& regionId) const {
    const Region* region = m_session->content().regions.find(regionId);
    if (!region) {
        return {};
    }
    QString state;
    if (const SelectedRegion* selected = m_session->assessment().find(regionId)) {
        state = tr("Marked as painful, %1 out of 10.").arg(selected->intensity);
    } else if (m_state.highlighted.contains(regionId)) {
        state = tr("Linked to where it hurts.");
    } else {
        state = tr("Not marked.");
    }
    return state + QLatin1Char(' ') + QString::fromStdString(region->description);
}

bool BodyDiagramWidget::isRegionSelected(const std::string& regionId) const {
    return m_session->assessment().isSelected(regionId);
}

void BodyDiagramWidget::toggleRegion(const std::string& regionId) {
    setCurrentRegion(regionId);
    m_session->toggleRegion(regionId);
}

QString BodyDiagramWidget::toolTipFor(const std::string& regionId) const {
    const Region* region = m_session->content().regions.find(regionId);
    if (!region) {
        return {};
    }
    QString state;
    if (const SelectedRegion* selected = m_session->assessment().find(regionId)) {
        state = tr("Marked as painful, %1 out of 10. Click to unmark.").arg(selected->intensity);
    } else if (m_state.highlighted.contains(regionId)) {
        state = tr("Linked to where it hurts. Click to mark as painful.");
    } else {
        state = tr("Click to mark as painful.");
    }
    // Content is plain text: escape it, and wrap it so the tooltip never guesses at markup.
    return QStringLiteral("<p><b>%1</b><br>%2</p>")
        .arg(QString::fromStdString(region->displayName()).toHtmlEscaped(), state.toHtmlEscaped());
}

bool BodyDiagramWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const std::string id = regionAt(help->pos());
        if (id.empty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(id), this, regionRect(id).toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace kinetic::gui
