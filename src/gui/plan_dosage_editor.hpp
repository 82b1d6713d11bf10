#pragma once

#include <kinetic/content.hpp>

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace kinetic::gui {

class Session;

/// Changes the dosage of one exercise of the plan: sets, repetitions, hold, minutes and days a
/// week, or back to the exercise's usual dosage. Every change goes through the session.
class PlanDosageEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDosageEditor)

public:
    explicit PlanDosageEditor(Session* session, QWidget* parent = nullptr);

    /// Edits the plan item at `index`; nothing (disabled) when there is none.
    void setPlanIndex(std::optional<std::size_t> index);

private:
    QSpinBox* addSpinBox(const QString& objectName, int minimum, int maximum, const QString& noneText);
    void load();
    void commit();
    const Exercise* exercise() const;

    Session* m_session;
    std::optional<std::size_t> m_index;
    QSpinBox* m_sets;
    QSpinBox* m_reps;
    QSpinBox* m_hold;
    QSpinBox* m_minutes;
    QSpinBox* m_days;
    QLabel* m_usual;
    QPushButton* m_reset;
    bool m_loading = false;
};

} // namespace kinetic::gui
