#include "body_diagram_accessible.hpp"

#include "body_diagram_widget.hpp"

#include <QAccessibleActionInterface>
#include <QPointer>
#include <QWindow>

#include <algorithm>

namespace kinetic::gui {

namespace {

/// One region: a check box that is checked when the region is marked as painful.
class RegionAccessible final : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    RegionAccessible(BodyDiagramWidget* diagram, std::string regionId)
        : m_diagram(diagram)
        , m_id(std::move(regionId)) {}

    bool isValid() const override { return !m_diagram.isNull(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_diagram ? m_diagram->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override {
        return m_diagram ? QAccessible::queryAccessibleInterface(m_diagram.data()) : nullptr;
    }
    QAccessibleInterface* child(int /*index*/) const override { return nullptr; }
    QAccessibleInterface* childAt(int /*x*/, int /*y*/) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface* /*child*/) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::CheckBox; }
    void setText(QAccessible::Text /*t*/, const QString& /*text*/) override {}

    QString text(QAccessible::Text t) const override {
        if (!m_diagram) {
            return {};
        }
        switch (t) {
        case QAccessible::Name:
            return m_diagram->regionName(m_id);
        case QAccessible::Description:
            return m_diagram->regionDescription(m_id);
        default:
            return {};
        }
    }

    QRect rect() const override {
        if (!m_diagram) {
            return {};
        }
        const QRect local = m_diagram->regionRect(m_id).toAlignedRect();
        return QRect(m_diagram->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override {
        QAccessible::State s;
        s.focusable = true;
        s.checkable = true;
        s.checked = m_diagram && m_diagram->isRegionSelected(m_id);
        s.focused = m_diagram && m_diagram->hasFocus() && m_diagram->currentRegion() == m_id;
        return s;
    }

    void* interface_cast(QAccessible::InterfaceType type) override {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }

    QStringList actionNames() const override { return {toggleAction(), setFocusAction()}; }
    void doAction(const QString& name) override {
        if (!m_diagram) {
            return;
        }
        if (name == toggleAction() || name == pressAction()) {
            m_diagram->toggleRegion(m_id);
        } else if (name == setFocusAction()) {
            m_diagram->setFocus(Qt::OtherFocusReason);
            m_diagram->setCurrentRegion(m_id);
        }
    }
    QStringList keyBindingsForAction(const QString& name) const override {
        return name == toggleAction() ? QStringList{QStringLiteral("Space")} : QStringList{};
    }

private:
    QPointer<BodyDiagramWidget> m_diagram;
    std::string m_id;
};

} // namespace

BodyDiagramAccessible::BodyDiagramAccessible(BodyDiagramWidget* widget)
    : QAccessibleWidget(widget, QAccessible::Grouping, widget->accessibleName()) {}

BodyDiagramAccessible::~BodyDiagramAccessible() {
    for (const auto& [id, accessibleId] : m_children) {
        QAccessible::deleteAccessibleInterface(accessibleId);
    }
}

BodyDiagramWidget* BodyDiagramAccessible::diagram() const {
    return static_cast<BodyDiagramWidget*>(widget());
}

int BodyDiagramAccessible::childCount() const {
    return static_cast<int>(diagram()->regionOrder().size());
}

QAccessibleInterface* BodyDiagramAccessible::childFor(const std::string& regionId) const {
    const auto it = m_children.find(regionId);
    if (it != m_children.end()) {
        return QAccessible::accessibleInterface(it->second);
    }
    // Qt owns registered interfaces; we delete ours when the diagram's interface goes.
    auto* child = new RegionAccessible(diagram(), regionId);
    m_children.emplace(regionId, QAccessible::registerAccessibleInterface(child));
    return child;
}

QAccessibleInterface* BodyDiagramAccessible::child(int index) const {
    const auto& order = diagram()->regionOrder();
    if (index < 0 || index >= static_cast<int>(order.size())) {
        return nullptr;
    }
    return childFor(order[static_cast<std::size_t>(index)]);
}

int BodyDiagramAccessible::indexOfChild(const QAccessibleInterface* child) const {
    const auto& order = diagram()->regionOrder();
    for (const auto& [id, accessibleId] : m_children) {
        if (QAccessible::accessibleInterface(accessibleId) == child) {
            const auto it = std::find(order.begin(), order.end(), id);
            return it == order.end() ? -1 : static_cast<int>(it - order.begin());
        }
    }
    return -1;
}

QAccessibleInterface* BodyDiagramAccessible::childAt(int x, int y) const {
    const std::string id = diagram()->regionAt(diagram()->mapFromGlobal(QPoint(x, y)));
    return id.empty() ? nullptr : childFor(id);
}

QAccessibleInterface* BodyDiagramAccessible::focusChild() const {
    const std::string& id = diagram()->currentRegion();
    return diagram()->hasFocus() && !id.empty() ? childFor(id) : nullptr;
}

QAccessibleInterface* BodyDiagramAccessible::factory(const QString& className, QObject* object) {
    if (className == QLatin1String("kinetic::gui::BodyDiagramWidget") && object && object->isWidgetType()) {
        return new BodyDiagramAccessible(static_cast<BodyDiagramWidget*>(object));
    }
    return nullptr;
}

} // namespace kinetic::gui
