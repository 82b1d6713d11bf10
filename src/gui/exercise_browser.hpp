#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QListView;

namespace kinetic::gui {

class ExerciseDetailView;
class ExerciseFilterBar;
class ExerciseListModel;
class Session;

/// Every exercise, searchable and filtered by region, condition, kind, difficulty and
/// equipment, those that fit the selection first with the reason; the chosen one in detail
/// with "Add to my plan".
class ExerciseBrowser final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseBrowser)

public:
    explicit ExerciseBrowser(Session* session, QWidget* parent = nullptr);

    /// Selects an exercise and shows its details, clearing the filters if they hide it.
    void showExercise(const std::string& exerciseId);
    /// The exercise shown in detail; empty when none.
    std::string currentExercise() const;

private:
    void applyFilter();
    void currentChanged();
    void restoreCurrent();
    void updateCount();

    Session* m_session;
    ExerciseFilterBar* m_filters;
    ExerciseListModel* m_model;
    QListView* m_list;
    QLabel* m_count;
    ExerciseDetailView* m_details;
};

} // namespace kinetic::gui
