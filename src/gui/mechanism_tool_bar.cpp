#include "mechanism_tool_bar.hpp"

#include "badge_icon_engine.hpp"
#include "body_diagram_style.hpp"
#include "session.hpp"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalBlocker>

namespace kinetic::gui {

namespace {

/// Short enough for the tool bar; the full name is in the tooltip and the menu.
QString shortName(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::NerveRoot:
        return MechanismToolBar::tr("Nerve root");
    case Mechanism::JointReferral:
        return MechanismToolBar::tr("Joint");
    case Mechanism::PeripheralNerve:
        return MechanismToolBar::tr("Trapped nerve");
    case Mechanism::Myofascial:
        return MechanismToolBar::tr("Muscle");
    case Mechanism::KineticChain:
        return MechanismToolBar::tr("Kinetic chain");
    case Mechanism::LocalSpread:
        return MechanismToolBar::tr("Fluid");
    case Mechanism::Visceral:
        return MechanismToolBar::tr("Organs");
    }
    return {};
}

} // namespace

MechanismToolBar::MechanismToolBar(Session* session, QWidget* parent)
    : QToolBar(tr("Links shown"), parent)
    , m_session(session) {
    setObjectName(QStringLiteral("mechanismToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* label = new QLabel(tr("Links shown:"), this);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(4, 0, 6, 0);
    addWidget(label);
    for (const Mechanism mechanism : allValues<Mechanism>()) {
        const QString name = report::bodyStyle::mechanismName(mechanism);
        QAction* action = addAction(QIcon(new BadgeIconEngine(mechanism, font())), shortName(mechanism));
        action->setObjectName(
            QStringLiteral("showMechanism_") +
            QString::fromLatin1(toString(mechanism).data(), static_cast<qsizetype>(toString(mechanism).size())));
        action->setCheckable(true);
        action->setToolTip(tr("Show or hide links of this kind: %1").arg(name));
        connect(action, &QAction::toggled, this,
                [this, mechanism](bool on) { m_session->setMechanismVisible(mechanism, on); });
        m_actions.emplace(mechanism, action);
    }
    addSeparator();
    m_legend = addAction(tr("Legend"));
    m_legend->setObjectName(QStringLiteral("showLegend"));
    m_legend->setCheckable(true);
    m_legend->setChecked(true);
    m_legend->setToolTip(tr("Show or hide the legend under the body diagram"));
    connect(m_session, &Session::linkQueryChanged, this, &MechanismToolBar::refresh);
    refresh();
}

void MechanismToolBar::refresh() {
    for (const auto& [mechanism, action] : m_actions) {
        const QSignalBlocker block(action);
        action->setChecked(!m_session->linkQuery().hiddenMechanisms.contains(mechanism));
    }
}

} // namespace kinetic::gui
