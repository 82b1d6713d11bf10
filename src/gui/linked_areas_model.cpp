#include "linked_areas_model.hpp"

#include "session.hpp"

namespace kinetic::gui {

namespace {

bool isLowCertainty(const Link& link) {
    return link.evidence.level >= EvidenceLevel::Weak;
}

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// Short enough for a column; the details pane gives the full wording and any note.
QString evidenceWords(EvidenceLevel level) {
    switch (level) {
    case EvidenceLevel::Strong:
        return LinkedAreasModel::tr("strong");
    case EvidenceLevel::Moderate:
        return LinkedAreasModel::tr("moderate");
    case EvidenceLevel::Weak:
        return LinkedAreasModel::tr("weak, less certain");
    case EvidenceLevel::ExpertOpinion:
        return LinkedAreasModel::tr("opinion, less certain");
    case EvidenceLevel::NotSupported:
        return LinkedAreasModel::tr("unsupported, less certain");
    }
    return {};
}

} // namespace

LinkedAreasModel::LinkedAreasModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    reload();
    connect(m_session, &Session::assessmentChanged, this, &LinkedAreasModel::reload);
    connect(m_session, &Session::linkQueryChanged, this, &LinkedAreasModel::reload);
    connect(m_session, &Session::contentChanged, this, &LinkedAreasModel::reload);
}

void LinkedAreasModel::reload() {
    beginResetModel();
    m_areas = m_session->linkedAreas();
    endResetModel();
}

int LinkedAreasModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_areas.size());
}

int LinkedAreasModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const LinkedArea* LinkedAreasModel::areaAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return nullptr;
    }
    return &m_areas[static_cast<std::size_t>(index.row())];
}

QString LinkedAreasModel::displayText(const LinkedArea& area, int column) const {
    switch (column) {
    case AreaColumn:
        return QString::fromStdString(area.other->displayName());
    case WayColumn: {
        const QString here = QString::fromStdString(area.selected->displayName());
        const QString there = displayText(area, AreaColumn);
        const bool both = area.link->direction == Direction::BothWays;
        const QString arrow = both ? QStringLiteral(" \u2194 ") : QStringLiteral(" \u2192 ");
        const QString way = area.role == LinkRole::Outgoing || both ? here + arrow + there : there + arrow + here;
        return area.step == 2 ? tr("%1 (2nd step)").arg(way) : way;
    }
    case KindColumn:
        return fromStd(describe(area.link->mechanism));
    case EvidenceColumn:
        return evidenceWords(area.link->evidence.level);
    default:
        return {};
    }
}

QVariant LinkedAreasModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount()) {
        return {};
    }
    const LinkedArea& area = m_areas[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(area, index.column());
    case Qt::ToolTipRole:
        return QString::fromStdString(area.link->explanation);
    case Qt::AccessibleDescriptionRole:
        return QString::fromStdString(describeLinkedArea(area));
    case LowCertaintyRole:
        return isLowCertainty(*area.link);
    case RegionIdRole:
        return QString::fromStdString(area.other->id);
    default:
        return {};
    }
}

QVariant LinkedAreasModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case AreaColumn:
        return tr("Linked area");
    case WayColumn:
        return tr("Link (the way pain travels)");
    case KindColumn:
        return tr("Kind of link");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace kinetic::gui
