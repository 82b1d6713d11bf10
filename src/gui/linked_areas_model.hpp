#pragma once

#include <kinetic/linked_areas.hpp>

#include <QAbstractTableModel>

#include <vector>

namespace kinetic::gui {

class Session;

/// The areas linked to the selection, one row per link, strongest first: where, which way,
/// the kind of link and how sure we are. Low-certainty links say so in the evidence column.
class LinkedAreasModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedAreasModel)

public:
    enum Column { WayColumn, KindColumn, EvidenceColumn, AreaColumn, ColumnCount };
    enum Role { LowCertaintyRole = Qt::UserRole + 1, RegionIdRole };

    explicit LinkedAreasModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The linked area of a row; nullptr for an invalid index.
    const LinkedArea* areaAt(const QModelIndex& index) const;

private:
    void reload();
    QString displayText(const LinkedArea& area, int column) const;

    Session* m_session;
    std::vector<LinkedArea> m_areas;
};

} // namespace kinetic::gui
