#include "emergency_banner.hpp"

#include "session.hpp"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace kinetic::gui {

namespace {

const RedFlagStatus* mostUrgentRaised(const RedFlagReport& report) {
    const RedFlagStatus* best = nullptr;
    for (const RedFlagStatus& status : report.flags) {
        if (status.raised && (!best || status.urgency < best->urgency)) {
            best = &status;
        }
    }
    return best;
}

} // namespace

EmergencyBanner::EmergencyBanner(Session* session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_advice(new QLabel(this)) {
    setObjectName(QStringLiteral("emergencyBanner"));
    setAccessibleName(tr("Warning"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_headline->setObjectName(QStringLiteral("emergencyHeadline"));
    for (QLabel* label : {m_headline, m_advice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.45);
    m_headline->setFont(headlineFont);
    QFont adviceFont = m_advice->font();
    adviceFont.setPointSizeF(adviceFont.pointSizeF() * 1.1);
    m_advice->setFont(adviceFont);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    m_icon->setAlignment(Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_advice);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    connect(m_session, &Session::assessmentChanged, this, &EmergencyBanner::refresh);
    connect(m_session, &Session::contentChanged, this, &EmergencyBanner::refresh);
    refresh();
}

QString EmergencyBanner::headline() const {
    return m_headline->text();
}

void EmergencyBanner::refresh() {
    const RedFlagReport& report = m_session->redFlags();
    const RedFlagStatus* flag = mostUrgentRaised(report);
    const bool show = flag && flag->urgency <= Urgency::Urgent;
    const bool wasVisible = !isHidden();
    setVisible(show);
    if (!show) {
        return;
    }
    const bool emergency = flag->urgency == Urgency::Emergency;
    const UrgencyTier& tier = m_session->content().manifest.tier(flag->urgency);
    m_headline->setText(tr("%1: %2", "the urgency in capitals (EMERGENCY), then what it means")
                            .arg(QString::fromStdString(tier.label).toUpper(), QString::fromStdString(tier.message)));
    QString advice = QString::fromStdString(flag->flag->advice);
    if (!flag->escalation.empty()) {
        advice += QLatin1Char(' ') + QString::fromStdString(flag->escalation);
    }
    advice += QStringLiteral("\n") + tr("Self-care and exercises come second: get this checked first.");
    m_advice->setText(advice);
    QPalette colours = palette();
    const QColor background = emergency ? QColor(0x9b, 0x11, 0x1e) : QColor(0xff, 0xd1, 0x66);
    const QColor foreground = emergency ? QColor(Qt::white) : QColor(0x1f, 0x1a, 0x10);
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, foreground);
    setPalette(colours);
    m_icon->setPixmap(
        style()->standardIcon(emergency ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    if (!wasVisible && QAccessible::isActive()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

} // namespace kinetic::gui
