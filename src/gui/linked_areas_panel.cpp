#include "linked_areas_panel.hpp"

#include "details_browser.hpp"
#include "linked_areas_model.hpp"
#include "session.hpp"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace kinetic::gui {

namespace {

QString words(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

LinkedAreasPanel::LinkedAreasPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LinkedAreasModel(session, this))
    , m_empty(new QLabel(tr("Mark where it hurts to see which other areas are linked to it, and why."), this))
    , m_view(new QTreeView(this))
    , m_details(new DetailsBrowser(this)) {
    setObjectName(QStringLiteral("linkedAreasPanel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("linkedAreasView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Linked areas"));
    m_view->setTextElideMode(Qt::ElideRight);
    // The link names both areas; the area alone is in the model for sorting and tools.
    m_view->setColumnHidden(LinkedAreasModel::AreaColumn, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LinkedAreasModel::WayColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LinkedAreasModel::KindColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(LinkedAreasModel::EvidenceColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(LinkedAreasModel::KindColumn, 125);
    m_view->setColumnWidth(LinkedAreasModel::EvidenceColumn, 135);
    m_details->setObjectName(QStringLiteral("linkedAreaDetails"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_view->setMinimumHeight(110);
    m_details->setMinimumHeight(100);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinkedAreasPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinkedAreasPanel::afterReset);
    afterReset();
}

void LinkedAreasPanel::afterReset() {
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty) {
        m_view->setCurrentIndex(m_model->index(0, 0));
    }
    showDetails();
}

void LinkedAreasPanel::showDetails() {
    m_details->clearDetails();
    const LinkedArea* area = m_model->areaAt(m_view->currentIndex());
    if (!area) {
        return;
    }
    const Content& content = m_session->content();
    const Link& link = *area->link;
    m_details->addTitle(QString::fromStdString(describeLinkedArea(*area)));
    m_details->addParagraph(QString::fromStdString(link.explanation));
    m_details->addHeading(tr("Kind of link"));
    m_details->addParagraph(words(describe(link.mechanism)));
    m_details->addHeading(tr("How sure we are"));
    QString evidence = words(describe(link.evidence.level));
    if (!link.evidence.note.empty()) {
        evidence = tr("%1: %2", "how sure, then a note on the evidence")
                       .arg(evidence, QString::fromStdString(link.evidence.note));
    }
    m_details->addParagraph(evidence);
    if (link.evidence.level >= EvidenceLevel::Weak) {
        m_details->addParagraph(tr("This link is less certain. Treat it as a possibility to discuss, not a fact."),
                                true);
    }
    if (area->step == 2) {
        m_details->addParagraph(tr("This is one step further along the chain, so it counts for less."), true);
    }
    m_details->addSources(content, link.sources);
    m_details->finish();
}

} // namespace kinetic::gui
