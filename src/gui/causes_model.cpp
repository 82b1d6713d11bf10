#include "causes_model.hpp"

#include "session.hpp"

#include <QFont>

#include <algorithm>

namespace kinetic::gui {

CausesModel::CausesModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    reload();
    connect(m_session, &Session::assessmentChanged, this, &CausesModel::reload);
    connect(m_session, &Session::contentChanged, this, &CausesModel::reload);
}

void CausesModel::reload() {
    beginResetModel();
    m_causes = m_session->causes();
    endResetModel();
}

int CausesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_causes.size());
}

int CausesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const RankedCause* CausesModel::causeAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return nullptr;
    }
    return &m_causes[static_cast<std::size_t>(index.row())];
}

QModelIndex CausesModel::indexOf(const std::string& conditionId) const {
    const auto it = std::find_if(m_causes.begin(), m_causes.end(),
                                 [&](const RankedCause& cause) { return cause.condition->id == conditionId; });
    return it == m_causes.end() ? QModelIndex() : index(static_cast<int>(it - m_causes.begin()), 0);
}

QString CausesModel::displayText(const RankedCause& cause, int column) const {
    switch (column) {
    case NameColumn:
        return QString::fromStdString(cause.condition->name);
    case MatchColumn: {
        const std::string_view match = describe(cause.match());
        QString text = QString::fromUtf8(match.data(), static_cast<qsizetype>(match.size()));
        text[0] = text[0].toUpper();
        return cause.raisedByRedFlag ? tr("%1, raised by a warning sign").arg(text) : text;
    }
    case WhyColumn: {
        const auto best =
            std::max_element(cause.contributions.begin(), cause.contributions.end(),
                             [](const Contribution& a, const Contribution& b) { return a.points < b.points; });
        return best == cause.contributions.end() ? QString() : QString::fromStdString(describe(*best));
    }
    default:
        return {};
    }
}

QVariant CausesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount()) {
        return {};
    }
    const RankedCause& cause = m_causes[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cause, index.column());
    case Qt::ToolTipRole:
        return QString::fromStdString(cause.condition->summary);
    case Qt::FontRole:
        if (index.column() == NameColumn) {
            QFont font;
            font.setBold(cause.condition->serious);
            return font;
        }
        return {};
    case ConditionIdRole:
        return QString::fromStdString(cause.condition->id);
    case SeriousRole:
        return cause.condition->serious;
    default:
        return {};
    }
}

QVariant CausesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Possible cause");
    case MatchColumn:
        return tr("How well it fits");
    case WhyColumn:
        return tr("Mainly because");
    default:
        return {};
    }
}

} // namespace kinetic::gui
