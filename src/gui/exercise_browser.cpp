#include "exercise_browser.hpp"

#include "exercise_detail_view.hpp"
#include "exercise_filter_bar.hpp"
#include "exercise_item_delegate.hpp"
#include "exercise_list_model.hpp"
#include "session.hpp"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace kinetic::gui {

ExerciseBrowser::ExerciseBrowser(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filters(new ExerciseFilterBar(session, this))
    , m_model(new ExerciseListModel(session, this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_details(new ExerciseDetailView(session, this)) {
    setObjectName(QStringLiteral("exerciseBrowser"));
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setAccessibleName(tr("Exercises"));
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new ExerciseItemDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_count->setObjectName(QStringLiteral("exerciseCount"));
    m_count->setTextFormat(Qt::PlainText);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filters);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_model->setFilter(m_filters->filter(), m_filters->fitFirst());
    connect(m_filters, &ExerciseFilterBar::filterChanged, this, &ExerciseBrowser::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExerciseBrowser::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExerciseBrowser::restoreCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExerciseBrowser::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExerciseBrowser::currentChanged);
    connect(m_details, &ExerciseDetailView::exerciseRequested, this, &ExerciseBrowser::showExercise);
    updateCount();
}

void ExerciseBrowser::showExercise(const std::string& exerciseId) {
    if (!m_model->indexOf(exerciseId).isValid()) {
        m_filters->clear();
    }
    const QModelIndex index = m_model->indexOf(exerciseId);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

std::string ExerciseBrowser::currentExercise() const {
    return m_details->exerciseId();
}

void ExerciseBrowser::applyFilter() {
    m_model->setFilter(m_filters->filter(), m_filters->fitFirst());
}

void ExerciseBrowser::currentChanged() {
    const QModelIndex current = m_list->currentIndex();
    if (const ExerciseMatch* match = m_model->matchAt(current)) {
        m_details->setExercise(match->exercise->id,
                               m_model->data(current, ExerciseListModel::ReasonsRole).toStringList());
    }
}

void ExerciseBrowser::restoreCurrent() {
    // Keep showing the exercise that was chosen, if the new list still holds it.
    const QModelIndex index = m_model->indexOf(m_details->exerciseId());
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    }
}

void ExerciseBrowser::updateCount() {
    const int total = static_cast<int>(m_session->content().exercises.size());
    m_count->setText(tr("%1 of %n exercises shown", nullptr, total).arg(m_model->rowCount()));
}

} // namespace kinetic::gui
