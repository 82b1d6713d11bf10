#pragma once

#include <kinetic/assessment.hpp>

#include <QAbstractListModel>

#include <vector>

namespace kinetic::gui {

class Session;

/// The self-care plan, in the person's order: each exercise's name and dosage. A thin adapter
/// over the session's plan: every change goes through the session, and the model answers the
/// session's one signal with the narrowest change (insert, remove, move, data) it can find.
/// Rows can be dragged to a new place (`moveRows`).
class PlanModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Role {
        ExerciseIdRole = Qt::UserRole + 1, ///< QString
        DosageRole,                        ///< QString: the dosage in words
        DosageChangedRole,                 ///< bool: differs from the exercise's usual dosage
    };

    explicit PlanModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    /// Moves one row through `Session::movePlanItem` (what a drag within the list does).
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;

private:
    void sync();
    bool syncInsertOrRemove(const std::vector<PlanItem>& next);
    bool syncMove(const std::vector<PlanItem>& next);
    void reset();

    Session* m_session;
    std::vector<PlanItem> m_plan;
    bool m_moving = false;
};

} // namespace kinetic::gui
