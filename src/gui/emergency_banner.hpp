#pragma once

#include <QFrame>

class QLabel;

namespace kinetic::gui {

class Session;

/// A prominent banner at the top of the window when an emergency or same-day warning sign is
/// raised: what to do now, and that self-care comes second. Red for an emergency, amber for
/// urgent, each with its words in bold so colour is not the only cue.
class EmergencyBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyBanner)

public:
    explicit EmergencyBanner(Session* session, QWidget* parent = nullptr);

    /// The headline shown, for tests and assistive tools.
    QString headline() const;

private:
    void refresh();

    Session* m_session;
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_advice;
};

} // namespace kinetic::gui
