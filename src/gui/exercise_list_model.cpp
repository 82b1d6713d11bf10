#include "exercise_list_model.hpp"

#include "exercise_labels.hpp"
#include "session.hpp"

#include <QStringList>

#include <algorithm>

namespace kinetic::gui {

ExerciseListModel::ExerciseListModel(Session* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    reload();
    connect(m_session, &Session::assessmentChanged, this, &ExerciseListModel::reload);
    connect(m_session, &Session::contentChanged, this, [this] {
        // The old matches point into the old content: never compare against them.
        beginResetModel();
        m_matches.clear();
        endResetModel();
        reload();
    });
}

void ExerciseListModel::setFilter(const ExerciseFilter& filter, bool fitFirst) {
    m_filter = filter;
    m_fitFirst = fitFirst;
    reload();
}

void ExerciseListModel::reload() {
    const auto causes = m_fitFirst ? std::span<const RankedCause>(m_session->causes()) : std::span<const RankedCause>();
    std::vector<ExerciseMatch> next = findExercises(m_session->content(), m_filter, causes);
    const bool sameRows =
        std::equal(next.begin(), next.end(), m_matches.begin(), m_matches.end(),
                   [](const ExerciseMatch& a, const ExerciseMatch& b) { return a.exercise == b.exercise; });
    if (!sameRows) {
        beginResetModel();
        m_matches = std::move(next);
        endResetModel();
    } else {
        m_matches = std::move(next);
        if (!m_matches.empty()) {
            emit dataChanged(index(0), index(rowCount() - 1));
        }
    }
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

const ExerciseMatch* ExerciseListModel::matchAt(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_matches[static_cast<std::size_t>(index.row())];
}

QModelIndex ExerciseListModel::indexOf(const std::string& exerciseId) const {
    const auto it = std::find_if(m_matches.begin(), m_matches.end(),
                                 [&](const ExerciseMatch& match) { return match.exercise->id == exerciseId; });
    return it == m_matches.end() ? QModelIndex() : index(static_cast<int>(it - m_matches.begin()));
}

QString ExerciseListModel::subtitle(const Exercise& exercise) const {
    QStringList parts{exerciseLabels::kind(exercise.kind), exerciseLabels::difficulty(exercise.difficulty)};
    for (const std::string& item : exercise.equipment) {
        parts << exerciseLabels::equipment(item);
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const {
    const ExerciseMatch* match = matchAt(index);
    if (!match) {
        return {};
    }
    const Exercise& exercise = *match->exercise;
    const bool inPlan = m_session->assessment().inPlan(exercise.id);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = exerciseLabels::text(exercise.name);
        if (inPlan) {
            text += tr(" (in your plan)");
        }
        text += QLatin1Char('\n') + subtitle(exercise);
        if (!match->reasons.empty()) {
            text += QLatin1Char('\n') + tr("✓ Fits your selection");
        }
        return text;
    }
    case Qt::ToolTipRole:
        return match->reasons.empty() ? subtitle(exercise) : exerciseLabels::text(describe(match->reasons.front()));
    case Qt::AccessibleTextRole:
        return exerciseLabels::text(exercise.name);
    case ExerciseIdRole:
        return QString::fromStdString(exercise.id);
    case FitRole:
        return match->fit;
    case ReasonsRole: {
        QStringList reasons;
        for (const ExerciseReason& reason : match->reasons) {
            reasons << exerciseLabels::text(describe(reason));
        }
        return reasons;
    }
    case InPlanRole:
        return inPlan;
    default:
        return {};
    }
}

} // namespace kinetic::gui
