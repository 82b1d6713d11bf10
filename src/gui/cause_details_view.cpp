#include "cause_details_view.hpp"

#include "details_browser.hpp"
#include "session.hpp"

#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kinetic::gui {

namespace {

QString words(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const RankedCause* findCause(const Session& session, const std::string& conditionId) {
    const auto& causes = session.causes();
    const auto it = std::find_if(causes.begin(), causes.end(),
                                 [&](const RankedCause& cause) { return cause.condition->id == conditionId; });
    return it == causes.end() ? nullptr : &*it;
}

QStringList toList(const std::vector<std::string>& items) {
    QStringList list;
    for (const std::string& item : items) {
        list << QString::fromStdString(item);
    }
    return list;
}

} // namespace

CauseDetailsView::CauseDetailsView(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new DetailsBrowser(this))
    , m_exerciseBox(new QWidget(this))
    , m_exercises(new QTreeWidget(m_exerciseBox))
    , m_add(new QPushButton(tr("&Add recommended exercise to my plan"), m_exerciseBox)) {
    setObjectName(QStringLiteral("causeDetails"));
    m_text->setObjectName(QStringLiteral("causeDetailsText"));
    m_exercises->setObjectName(QStringLiteral("recommendedExercises"));
    m_exercises->setHeaderLabels({tr("Recommended exercise"), tr("Why it helps")});
    m_exercises->setRootIsDecorated(false);
    m_exercises->setAlternatingRowColors(true);
    m_exercises->setColumnWidth(0, 230);
    m_exercises->setAccessibleName(tr("Recommended exercises"));
    m_add->setObjectName(QStringLiteral("addToPlan"));
    auto* boxLayout = new QVBoxLayout(m_exerciseBox);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(m_exercises, 1);
    boxLayout->addWidget(m_add, 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_exerciseBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_text->setMinimumHeight(120);
    m_exercises->setMinimumHeight(90);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_exercises, &QTreeWidget::currentItemChanged, this, &CauseDetailsView::refreshPlanState);
    connect(m_exercises, &QTreeWidget::itemActivated, this, &CauseDetailsView::addCurrent);
    connect(m_add, &QPushButton::clicked, this, &CauseDetailsView::addCurrent);
    connect(m_session, &Session::assessmentChanged, this, [this] {
        rebuildText();
        refreshPlanState();
    });
    connect(m_session, &Session::contentChanged, this, [this] {
        rebuildText();
        rebuildExercises();
    });
    rebuildText();
    rebuildExercises();
}

void CauseDetailsView::setCondition(const std::string& conditionId) {
    if (conditionId != m_condition) {
        m_condition = conditionId;
        rebuildText();
        rebuildExercises();
    }
}

void CauseDetailsView::rebuildText() {
    m_text->clearDetails();
    const Content& content = m_session->content();
    const Condition* condition = content.conditions.find(m_condition);
    if (!condition) {
        return;
    }
    m_text->addTitle(QString::fromStdString(condition->name));
    if (condition->serious) {
        m_text->addParagraph(
            tr("This cause needs to be checked by a clinician. Please do not rely on self-care alone."), true);
    }
    if (const RankedCause* cause = findCause(*m_session, m_condition)) {
        m_text->addHeading(tr("Why it is listed: %1").arg(words(describe(cause->match()))));
        QStringList why;
        for (const Contribution& contribution : cause->contributions) {
            why << QString::fromStdString(describe(contribution));
        }
        m_text->addList(why);
    }
    m_text->addHeading(tr("In short"));
    m_text->addParagraph(QString::fromStdString(condition->summary));
    m_text->addHeading(tr("What you might notice"));
    m_text->addList(toList(condition->notice));
    QStringList flags;
    for (const std::string& id : condition->redFlags) {
        if (const RedFlag* flag = content.redFlags.find(id)) {
            flags << QString::fromStdString(flag->question);
        }
    }
    if (!flags.isEmpty()) {
        m_text->addHeading(tr("Warning signs to check (see the Red flags panel)"));
        m_text->addList(flags);
    }
    m_text->addParagraph(tr("This is a possibility that often fits what you marked, not a diagnosis."), true);
    m_text->addSources(content, condition->sources);
    m_text->finish();
}

void CauseDetailsView::rebuildExercises() {
    m_exercises->clear();
    const Condition* condition = m_session->content().conditions.find(m_condition);
    m_exerciseBox->setVisible(condition && !condition->exercises.empty());
    if (condition) {
        for (const Recommendation& recommendation : condition->exercises) {
            const Exercise* exercise = m_session->content().exercises.find(recommendation.exercise);
            if (!exercise) {
                continue;
            }
            auto* item = new QTreeWidgetItem(
                m_exercises, {QString::fromStdString(exercise->name), QString::fromStdString(recommendation.reason)});
            item->setData(0, Qt::UserRole, QString::fromStdString(exercise->id));
            item->setToolTip(1, QString::fromStdString(recommendation.reason));
        }
    }
    if (m_exercises->topLevelItemCount() > 0) {
        m_exercises->setCurrentItem(m_exercises->topLevelItem(0));
    }
    refreshPlanState();
}

void CauseDetailsView::refreshPlanState() {
    for (int i = 0; i < m_exercises->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_exercises->topLevelItem(i);
        const bool planned = m_session->assessment().inPlan(item->data(0, Qt::UserRole).toString().toStdString());
        QFont font = item->font(0);
        font.setItalic(planned);
        item->setFont(0, font);
        item->setIcon(0, planned ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        item->setStatusTip(0, planned ? tr("In your plan") : QString());
    }
    const QTreeWidgetItem* current = m_exercises->currentItem();
    const bool planned =
        current && m_session->assessment().inPlan(current->data(0, Qt::UserRole).toString().toStdString());
    m_add->setEnabled(current && !planned);
    m_add->setText(planned ? tr("Already in my plan") : tr("&Add recommended exercise to my plan"));
}

void CauseDetailsView::addCurrent() {
    if (const QTreeWidgetItem* current = m_exercises->currentItem()) {
        m_session->addToPlan(current->data(0, Qt::UserRole).toString().toStdString());
    }
}

} // namespace kinetic::gui
