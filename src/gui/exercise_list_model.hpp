#pragma once

#include <kinetic/exercise_search.hpp>

#include <QAbstractListModel>

#include <string>
#include <vector>

namespace kinetic::gui {

class Session;

/// The exercises passing a filter, as `findExercises` orders them: best fit for the session's
/// likely causes first when `fitFirst` is on, else by reference code. Each row shows the name,
/// the kind, difficulty and equipment, and why it fits the selection.
class ExerciseListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseListModel)

public:
    enum Role {
        ExerciseIdRole = Qt::UserRole + 1, ///< QString
        FitRole,                           ///< double: 0 without a fit
        ReasonsRole,                       ///< QStringList: why it fits, in words
        InPlanRole,                        ///< bool
    };

    explicit ExerciseListModel(Session* session, QObject* parent = nullptr);

    void setFilter(const ExerciseFilter& filter, bool fitFirst);
    const ExerciseFilter& filter() const { return m_filter; }
    bool fitFirst() const { return m_fitFirst; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The match of a row; nullptr for an invalid index.
    const ExerciseMatch* matchAt(const QModelIndex& index) const;
    /// The row of an exercise; invalid when the filter hides it.
    QModelIndex indexOf(const std::string& exerciseId) const;

private:
    void reload();
    QString subtitle(const Exercise& exercise) const;

    Session* m_session;
    ExerciseFilter m_filter;
    bool m_fitFirst = true;
    std::vector<ExerciseMatch> m_matches;
};

} // namespace kinetic::gui
