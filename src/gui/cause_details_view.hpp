#pragma once

#include <QWidget>

#include <string>

class QPushButton;
class QTreeWidget;

namespace kinetic::gui {

class DetailsBrowser;
class Session;

/// The details of one likely cause: why it fits (the score's contributions in words), its
/// summary, what you might notice, the warning signs that go with it, the recommended
/// exercises (each can be added to the plan) and the sources.
class CauseDetailsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CauseDetailsView)

public:
    explicit CauseDetailsView(Session* session, QWidget* parent = nullptr);

    /// Shows a condition of the current ranking; empty shows nothing.
    void setCondition(const std::string& conditionId);
    const std::string& condition() const { return m_condition; }
    DetailsBrowser* text() const { return m_text; }
    QTreeWidget* exercises() const { return m_exercises; }
    QPushButton* addButton() const { return m_add; }

private:
    void rebuildText();
    void rebuildExercises();
    void refreshPlanState();
    void addCurrent();

    Session* m_session;
    std::string m_condition;
    DetailsBrowser* m_text;
    QWidget* m_exerciseBox;
    QTreeWidget* m_exercises;
    QPushButton* m_add;
};

} // namespace kinetic::gui
