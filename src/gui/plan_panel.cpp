#include "plan_panel.hpp"

#include "exercise_item_delegate.hpp"
#include "plan_dosage_editor.hpp"
#include "plan_model.hpp"
#include "print_actions.hpp"
#include "session.hpp"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinetic::gui {

PlanPanel::PlanPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PlanModel(session, this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_remove(addButton(tr("&Remove"), QStringLiteral("planRemoveButton"), QStringLiteral("list-remove")))
    , m_up(addButton(tr("Move &up"), QStringLiteral("planUpButton"), QStringLiteral("go-up")))
    , m_down(addButton(tr("Move do&wn"), QStringLiteral("planDownButton"), QStringLiteral("go-down")))
    , m_dosage(new PlanDosageEditor(session, this)) {
    setObjectName(QStringLiteral("planPanel"));
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setAccessibleName(tr("My plan"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegate(new ExerciseItemDelegate(m_list));
    m_empty->setObjectName(QStringLiteral("planEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Your plan is empty. Add exercises from the Exercises panel, or from the details of a "
                        "likely cause."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    auto* dosageBox = new QGroupBox(tr("How much"), this);
    auto* dosageLayout = new QVBoxLayout(dosageBox);
    dosageLayout->addWidget(m_dosage);
    auto* preview = addButton(tr("Pre&view printout..."), QStringLiteral("planPreviewButton"),
                              QStringLiteral("document-print-preview"));
    connect(preview, &QPushButton::clicked, this, [this] { SummaryPrinter::printPreview(*m_session, this); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(dosageBox);
    layout->addWidget(preview, 0, Qt::AlignRight);
    buildActions();
    updateState();
}

QPushButton* PlanPanel::addButton(const QString& text, const QString& objectName, const QString& icon) {
    auto* button = new QPushButton(QIcon::fromTheme(icon), text, this);
    button->setObjectName(objectName);
    return button;
}

void PlanPanel::buildActions() {
    connect(m_remove, &QPushButton::clicked, this, &PlanPanel::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    // The keyboard does what the buttons do, while the list has focus.
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
    };
    shortcut(QKeySequence::Delete, [this] { removeCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(+1); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int) {
        selectRow(first); // A newly added exercise is ready for its dosage.
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlanPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PlanPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanPanel::updateState);
}

std::optional<std::size_t> PlanPanel::currentRow() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? std::optional<std::size_t>(static_cast<std::size_t>(current.row())) : std::nullopt;
}

void PlanPanel::removeCurrent() {
    if (const auto row = currentRow()) {
        m_session->removeFromPlan(*row);
        selectRow(std::min(static_cast<int>(*row), m_model->rowCount() - 1));
    }
}

void PlanPanel::moveCurrent(int by) {
    const auto row = currentRow();
    if (!row) {
        return;
    }
    const int to = static_cast<int>(*row) + by;
    if (to < 0 || to >= m_model->rowCount()) {
        return;
    }
    m_session->movePlanItem(*row, static_cast<std::size_t>(to));
    selectRow(to);
}

void PlanPanel::selectRow(int row) {
    if (row >= 0 && row < m_model->rowCount()) {
        m_list->setCurrentIndex(m_model->index(row));
    }
    updateState();
}

void PlanPanel::updateState() {
    const auto row = currentRow();
    const int count = m_model->rowCount();
    m_empty->setVisible(count == 0);
    m_remove->setEnabled(row.has_value());
    m_up->setEnabled(row && *row > 0);
    m_down->setEnabled(row && static_cast<int>(*row) + 1 < count);
    m_dosage->setPlanIndex(row);
}

} // namespace kinetic::gui
