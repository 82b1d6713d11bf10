#pragma once

#include <kinetic/exercise_search.hpp>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kinetic::gui {

class Session;

/// Search text and filters for the exercise list: region, condition, kind, difficulty,
/// equipment, and whether exercises that fit the selection come first.
class ExerciseFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseFilterBar)

public:
    explicit ExerciseFilterBar(Session* session, QWidget* parent = nullptr);

    ExerciseFilter filter() const;
    bool fitFirst() const;
    /// Clears the search and every filter (fit-first ordering stays as it is).
    void clear();

signals:
    void filterChanged();

private:
    QComboBox* addCombo(const QString& objectName, const QString& accessibleName);
    void fillChoices();
    void fillRegions();
    void fillConditions();

    Session* m_session;
    QLineEdit* m_search;
    QComboBox* m_region;
    QComboBox* m_condition;
    QComboBox* m_kind;
    QComboBox* m_difficulty;
    QComboBox* m_equipment;
    QCheckBox* m_fitFirst;
};

} // namespace kinetic::gui
