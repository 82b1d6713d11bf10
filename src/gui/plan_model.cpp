#include "plan_model.hpp"

#include "exercise_labels.hpp"
#include "session.hpp"

#include <algorithm>

namespace kinetic::gui {

namespace {

bool sameExercises(const std::vector<PlanItem>& a, const std::vector<PlanItem>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PlanItem& x, const PlanItem& y) { return x.exercise == y.exercise; });
}

/// `items` with the item at `from` moved to `to` (its index afterwards).
std::vector<PlanItem> moved(std::vector<PlanItem> items, std::size_t from, std::size_t to) {
    PlanItem item = items[from];
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    return items;
}

} // namespace

PlanModel::PlanModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_plan(session->assessment().plan) {
    connect(m_session, &Session::assessmentChanged, this, &PlanModel::sync);
    connect(m_session, &Session::contentChanged, this, &PlanModel::reset);
}

int PlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_plan.size());
}

QVariant PlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlanItem& item = m_plan[static_cast<std::size_t>(index.row())];
    const Exercise* exercise = m_session->content().exercises.find(item.exercise);
    const QString name = exercise ? exerciseLabels::text(exercise->name) : QString::fromStdString(item.exercise);
    const QString dosage =
        exercise ? exerciseLabels::text(describe(item.dosage.value_or(exercise->dosage))) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2%3").arg(name, dosage, item.dosage ? tr(" (changed)") : QString());
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(name, dosage);
    case Qt::ToolTipRole:
        return item.dosage ? tr("Your dosage: %1").arg(dosage) : tr("Usual dosage: %1").arg(dosage);
    case ExerciseIdRole:
        return QString::fromStdString(item.exercise);
    case DosageRole:
        return dosage;
    case DosageChangedRole:
        return item.dosage.has_value();
    default:
        return {};
    }
}

Qt::ItemFlags PlanModel::flags(const QModelIndex& index) const {
    // Items can be dragged, and dropped between (never onto) each other.
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions PlanModel::supportedDropActions() const {
    return Qt::MoveAction;
}

bool PlanModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                         const QModelIndex& destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount() ||
        destinationChild == sourceRow || destinationChild == sourceRow + 1) {
        return false;
    }
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild)) {
        return false;
    }
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_moving = true;
    m_session->movePlanItem(static_cast<std::size_t>(sourceRow), static_cast<std::size_t>(to));
    m_moving = false;
    m_plan = m_session->assessment().plan;
    endMoveRows();
    return true;
}

void PlanModel::sync() {
    if (m_moving) {
        return; // moveRows announces this change itself.
    }
    const std::vector<PlanItem>& next = m_session->assessment().plan;
    if (sameExercises(m_plan, next)) {
        for (std::size_t row = 0; row < next.size(); ++row) {
            if (!(m_plan[row] == next[row])) {
                m_plan[row] = next[row];
                const QModelIndex changed = index(static_cast<int>(row));
                emit dataChanged(changed, changed);
            }
        }
        return;
    }
    if (!syncInsertOrRemove(next) && !syncMove(next)) {
        reset();
    }
}

bool PlanModel::syncInsertOrRemove(const std::vector<PlanItem>& next) {
    const bool inserted = next.size() == m_plan.size() + 1;
    const bool removed = next.size() + 1 == m_plan.size();
    if (!inserted && !removed) {
        return false;
    }
    const std::vector<PlanItem>& longer = inserted ? next : m_plan;
    const std::vector<PlanItem>& shorter = inserted ? m_plan : next;
    const auto mismatch = std::mismatch(shorter.begin(), shorter.end(), longer.begin());
    const auto row = static_cast<std::size_t>(mismatch.first - shorter.begin());
    std::vector<PlanItem> check = longer;
    check.erase(check.begin() + static_cast<std::ptrdiff_t>(row));
    if (!(check == shorter)) {
        return false;
    }
    const int at = static_cast<int>(row);
    inserted ? beginInsertRows(QModelIndex(), at, at) : beginRemoveRows(QModelIndex(), at, at);
    m_plan = next;
    inserted ? endInsertRows() : endRemoveRows();
    return true;
}

bool PlanModel::syncMove(const std::vector<PlanItem>& next) {
    if (next.size() != m_plan.size()) {
        return false;
    }
    const auto first =
        static_cast<std::size_t>(std::mismatch(m_plan.begin(), m_plan.end(), next.begin()).first - m_plan.begin());
    const auto last =
        m_plan.size() - 1 -
        static_cast<std::size_t>(std::mismatch(m_plan.rbegin(), m_plan.rend(), next.rbegin()).first - m_plan.rbegin());
    // One item moved: either the first differing one went down to `last`, or the last one up to `first`.
    for (const auto& [from, to] : {std::pair{first, last}, std::pair{last, first}}) {
        if (moved(m_plan, from, to) == next) {
            const int destination = static_cast<int>(to > from ? to + 1 : to);
            beginMoveRows(QModelIndex(), static_cast<int>(from), static_cast<int>(from), QModelIndex(), destination);
            m_plan = next;
            endMoveRows();
            return true;
        }
    }
    return false;
}

void PlanModel::reset() {
    beginResetModel();
    m_plan = m_session->assessment().plan;
    endResetModel();
}

} // namespace kinetic::gui
