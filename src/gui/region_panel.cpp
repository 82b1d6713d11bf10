#include "region_panel.hpp"

#include "pain_details_editor.hpp"
#include "region_list_model.hpp"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace kinetic::gui {

RegionPanel::RegionPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_model(new RegionListModel(session, this))
    , m_list(new QListView(this))
    , m_details(new PainDetailsEditor(session, this)) {
    setObjectName(QStringLiteral("regionPanel"));
    m_list->setObjectName(QStringLiteral("regionList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Areas of the body"));
    m_list->setUniformItemSizes(true);
    auto* hint = new QLabel(tr("Tick every area that hurts, on the body or here."), this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_details, 0);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const std::string id = m_model->regionAt(current);
        m_details->setRegion(id);
        if (!m_following) {
            emit currentRegionChanged(QString::fromStdString(id));
        }
    });
}

void RegionPanel::setCurrentRegion(const std::string& regionId) {
    m_following = true;
    const QModelIndex index = m_model->indexOf(regionId);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    m_details->setRegion(regionId);
    m_following = false;
}

} // namespace kinetic::gui
