#pragma once

#include <QAbstractListModel>

#include <set>
#include <string>
#include <vector>

namespace kinetic::gui {

class Session;

/// The selectable regions as a checkable list, head to foot, in step with the diagram: checked
/// when marked as painful; linked regions say so in words, not only by style.
class RegionListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionListModel)

public:
    enum Role { RegionIdRole = Qt::UserRole + 1, LinkedRole };

    explicit RegionListModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The row of a region; an invalid index when it is not listed.
    QModelIndex indexOf(const std::string& regionId) const;
    std::string regionAt(const QModelIndex& index) const;

private:
    void reload();
    void refreshStates();

    Session* m_session;
    std::vector<std::string> m_ids;
    std::set<std::string> m_selected;
    std::set<std::string> m_linked;
};

} // namespace kinetic::gui
