#pragma once

#include <QAccessibleWidget>

#include <map>
#include <string>

namespace kinetic::gui {

class BodyDiagramWidget;

/// Makes each region of the body diagram an accessible check box with a name ("Front of knee,
/// left"), a description (its state and what it covers), its bounds and a toggle action.
class BodyDiagramAccessible final : public QAccessibleWidget {
public:
    explicit BodyDiagramAccessible(BodyDiagramWidget* widget);
    ~BodyDiagramAccessible() override;
    BodyDiagramAccessible(const BodyDiagramAccessible&) = delete;
    BodyDiagramAccessible& operator=(const BodyDiagramAccessible&) = delete;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;

    BodyDiagramWidget* diagram() const;

    /// For QAccessible::installFactory.
    static QAccessibleInterface* factory(const QString& className, QObject* object);

private:
    QAccessibleInterface* childFor(const std::string& regionId) const;

    mutable std::map<std::string, QAccessible::Id> m_children;
};

} // namespace kinetic::gui
