#pragma once

#include <kinetic/enums.hpp>

#include <QToolBar>

#include <map>

class QAction;

namespace kinetic::gui {

class Session;

/// "Links shown": one checkable button per kind of link, with the same letter badge as the
/// diagram, and the legend switch. Hiding a kind removes its links everywhere (diagram, linked
/// areas, highlighted regions).
class MechanismToolBar final : public QToolBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MechanismToolBar)

public:
    explicit MechanismToolBar(Session* session, QWidget* parent = nullptr);

    QAction* mechanismAction(Mechanism mechanism) const { return m_actions.at(mechanism); }
    QAction* legendAction() const { return m_legend; }

private:
    void refresh();

    Session* m_session;
    std::map<Mechanism, QAction*> m_actions;
    QAction* m_legend;
};

} // namespace kinetic::gui
