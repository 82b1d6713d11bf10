#include "region_list_model.hpp"

#include "session.hpp"

#include <QFont>

#include <algorithm>
#include <tuple>

namespace kinetic::gui {

RegionListModel::RegionListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    reload();
    connect(m_session, &Session::contentChanged, this, &RegionListModel::reload);
    connect(m_session, &Session::assessmentChanged, this, &RegionListModel::refreshStates);
    connect(m_session, &Session::linkQueryChanged, this, &RegionListModel::refreshStates);
}

void RegionListModel::reload() {
    beginResetModel();
    std::vector<const Region*> regions;
    for (const Region& region : m_session->content().regions) {
        if (region.selectable) {
            regions.push_back(&region);
        }
    }
    // Head to foot by group, the front view before the back, in content order otherwise.
    std::stable_sort(regions.begin(), regions.end(), [](const Region* a, const Region* b) {
        return std::tuple(a->group, a->view) < std::tuple(b->group, b->view);
    });
    m_ids.clear();
    for (const Region* region : regions) {
        m_ids.push_back(region->id);
    }
    m_selected.clear();
    for (const SelectedRegion& selected : m_session->assessment().regions) {
        m_selected.insert(selected.region);
    }
    m_linked = m_session->highlightedRegions();
    endResetModel();
}

void RegionListModel::refreshStates() {
    std::set<std::string> selected;
    for (const SelectedRegion& region : m_session->assessment().regions) {
        selected.insert(region.region);
    }
    const std::set<std::string>& linked = m_session->highlightedRegions();
    for (std::size_t row = 0; row < m_ids.size(); ++row) {
        const std::string& id = m_ids[row];
        if (selected.contains(id) != m_selected.contains(id) || linked.contains(id) != m_linked.contains(id)) {
            const QModelIndex changed = index(static_cast<int>(row));
            emit dataChanged(changed, changed);
        }
    }
    m_selected = std::move(selected);
    m_linked = linked;
}

int RegionListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant RegionListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount()) {
        return {};
    }
    const std::string& id = m_ids[static_cast<std::size_t>(index.row())];
    const Region* region = m_session->content().regions.find(id);
    if (!region) {
        return {};
    }
    const bool selected = m_selected.contains(id);
    const bool linked = m_linked.contains(id);
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = QString::fromStdString(region->displayName());
        return linked ? tr("%1 (linked)").arg(name) : name;
    }
    case Qt::CheckStateRole:
        return selected ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return QString::fromStdString(region->description);
    case Qt::FontRole: {
        QFont font;
        font.setBold(selected);
        font.setItalic(linked);
        return font;
    }
    case RegionIdRole:
        return QString::fromStdString(id);
    case LinkedRole:
        return linked;
    default:
        return {};
    }
}

bool RegionListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !index.isValid() || index.row() >= rowCount()) {
        return false;
    }
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    m_session->setRegionSelected(m_ids[static_cast<std::size_t>(index.row())], on);
    return true;
}

Qt::ItemFlags RegionListModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QModelIndex RegionListModel::indexOf(const std::string& regionId) const {
    const auto it = std::find(m_ids.begin(), m_ids.end(), regionId);
    return it == m_ids.end() ? QModelIndex() : index(static_cast<int>(it - m_ids.begin()));
}

std::string RegionListModel::regionAt(const QModelIndex& index) const {
    return index.isValid() && index.row() < rowCount() ? m_ids[static_cast<std::size_t>(index.row())] : std::string();
}

} // namespace kinetic::gui
