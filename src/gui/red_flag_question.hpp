#pragma once

#include <kinetic/red_flags.hpp>

#include <QFrame>

#include <string>

class QLabel;
class QRadioButton;

namespace kinetic::gui {

class Session;

/// One warning-sign question with Yes / No / Not answered, its urgency in words, and, once
/// raised, the advice for it.
class RedFlagQuestion final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedFlagQuestion)

public:
    RedFlagQuestion(Session* session, const RedFlag& flag, QWidget* parent = nullptr);

    const std::string& flagId() const { return m_id; }
    void setStatus(const RedFlagStatus& status);

private:
    Session* m_session;
    std::string m_id;
    QLabel* m_urgency;
    QLabel* m_question;
    QRadioButton* m_yes;
    QRadioButton* m_no;
    QRadioButton* m_unanswered;
    QLabel* m_advice;
};

} // namespace kinetic::gui
