#include "causes_panel.hpp"

#include "cause_details_view.hpp"
#include "causes_model.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinetic::gui {

CausesPanel::CausesPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_model(new CausesModel(session, this))
    , m_note(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new CauseDetailsView(session, this)) {
    setObjectName(QStringLiteral("causesPanel"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("causesView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Possible causes"));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(CausesModel::NameColumn, 230);
    m_view->setColumnWidth(CausesModel::MatchColumn, 110);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_view->setMinimumHeight(110);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CausesPanel::showCurrent);
    connect(m_view, &QTreeView::activated, this, [this] { m_details->setFocus(Qt::OtherFocusReason); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto* cause = m_model->causeAt(m_view->currentIndex());
        m_shown = cause ? cause->condition->id : std::string();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CausesPanel::afterReset);
    afterReset();
}

void CausesPanel::afterReset() {
    const bool empty = m_model->rowCount() == 0;
    m_note->setText(empty ? tr("Mark where it hurts to see causes that often fit.")
                          : tr("Causes that often fit what you marked, best fit first. These are possibilities "
                               "to discuss with a clinician, not a diagnosis."));
    // Keep showing the cause the person was reading when the ranking changes.
    QModelIndex current = m_model->indexOf(m_shown);
    if (!current.isValid() && !empty) {
        current = m_model->index(0, 0);
    }
    m_view->setCurrentIndex(current);
    showCurrent();
}

void CausesPanel::showCurrent() {
    const auto* cause = m_model->causeAt(m_view->currentIndex());
    m_details->setCondition(cause ? cause->condition->id : std::string());
}

} // namespace kinetic::gui
