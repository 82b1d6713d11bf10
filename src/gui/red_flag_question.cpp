#include "red_flag_question.hpp"

#include "session.hpp"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <tuple>

namespace kinetic::gui {

namespace {

QString urgencyTag(const Content& content, Urgency urgency) {
    return QString::fromStdString(content.manifest.tier(urgency).label);
}

} // namespace

RedFlagQuestion::RedFlagQuestion(Session* session, const RedFlag& flag, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_id(flag.id)
    , m_urgency(new QLabel(this))
    , m_question(new QLabel(QString::fromStdString(flag.question), this))
    , m_yes(new QRadioButton(tr("Yes"), this))
    , m_no(new QRadioButton(tr("No"), this))
    , m_unanswered(new QRadioButton(tr("Not answered"), this))
    , m_advice(new QLabel(QString::fromStdString(flag.advice), this)) {
    const QString id = QString::fromStdString(flag.id);
    setObjectName(QStringLiteral("redFlag_") + id);
    setFrameShape(QFrame::StyledPanel);
    for (QLabel* label : {m_urgency, m_question, m_advice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_urgency->font();
    bold.setBold(true);
    m_urgency->setFont(bold);
    m_advice->setFont(bold);
    auto* group = new QButtonGroup(this);
    auto* answers = new QHBoxLayout;
    for (const auto& [button, value, name] :
         {std::tuple{m_yes, Answer::Yes, QStringLiteral("answerYes_")},
          std::tuple{m_no, Answer::No, QStringLiteral("answerNo_")},
          std::tuple{m_unanswered, Answer::Unanswered, QStringLiteral("answerUnanswered_")}}) {
        button->setObjectName(name + id);
        button->setAccessibleDescription(QString::fromStdString(flag.question));
        group->addButton(button);
        answers->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this, answer = value](bool checked) {
            if (checked) {
                m_session->setAnswer(m_id, answer);
            }
        });
    }
    answers->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_urgency);
    layout->addWidget(m_question);
    layout->addLayout(answers);
    layout->addWidget(m_advice);
}

void RedFlagQuestion::setStatus(const RedFlagStatus& status) {
    const Content& content = m_session->content();
    for (QRadioButton* button : {m_yes, m_no, m_unanswered}) {
        const QSignalBlocker block(button);
        button->setChecked((button == m_yes && status.answer == Answer::Yes) ||
                           (button == m_no && status.answer == Answer::No) ||
                           (button == m_unanswered && status.answer == Answer::Unanswered));
    }
    QString tag = status.raised ? tr("Warning sign: %1").arg(urgencyTag(content, status.urgency))
                                : tr("If yes: %1").arg(urgencyTag(content, status.urgency));
    if (status.presumed) {
        tag += QStringLiteral("\n") +
               tr("Counted as yes until you answer No: %1").arg(QString::fromStdString(status.presumedReason()));
    }
    if (!status.escalation.empty()) {
        tag += QStringLiteral("\n") + QString::fromStdString(status.escalation);
    }
    m_urgency->setText(tag);
    m_advice->setVisible(status.raised);
    setAutoFillBackground(status.raised);
    if (!status.raised) {
        setPalette(QPalette());
        return;
    }
    // Raised: a tinted card with dark text, on top of the words that say how urgent it is.
    QPalette colours = palette();
    const QColor background = status.urgency == Urgency::Emergency ? QColor(0xfb, 0xe0, 0xe0)
                              : status.urgency == Urgency::Urgent  ? QColor(0xff, 0xf0, 0xcc)
                                                                   : QColor(0xf1, 0xf1, 0xe8);
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, QColor(0x1f, 0x1a, 0x16));
    colours.setColor(QPalette::Text, QColor(0x1f, 0x1a, 0x16));
    setPalette(colours);
}

} // namespace kinetic::gui
