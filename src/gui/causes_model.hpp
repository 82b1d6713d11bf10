#pragma once

#include <kinetic/cause_ranking.hpp>

#include <QAbstractTableModel>

#include <vector>

namespace kinetic::gui {

class Session;

/// The likely causes of the selection, best match first: the name, how well it matches in
/// words (never a probability) and the main reason.
class CausesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CausesModel)

public:
    enum Column { NameColumn, MatchColumn, WhyColumn, ColumnCount };
    enum Role { ConditionIdRole = Qt::UserRole + 1, SeriousRole };

    explicit CausesModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The cause of a row; nullptr for an invalid index.
    const RankedCause* causeAt(const QModelIndex& index) const;
    /// The row of a condition; an invalid index when it is not listed.
    QModelIndex indexOf(const std::string& conditionId) const;

private:
    void reload();
    QString displayText(const RankedCause& cause, int column) const;

    Session* m_session;
    std::vector<RankedCause> m_causes;
};

} // namespace kinetic::gui
