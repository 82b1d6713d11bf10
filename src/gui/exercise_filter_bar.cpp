#include "exercise_filter_bar.hpp"

#include "exercise_labels.hpp"
#include "session.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

#include <set>

namespace kinetic::gui {

namespace {

/// Fills a combo with "any" first, keeping the current choice when it is still there.
template <typename Fill>
void refill(QComboBox* combo, const QString& any, Fill fill) {
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QVariant());
    fill(combo);
    const int keep = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(keep, 0));
}

template <typename E>
std::optional<E> chosen(const QComboBox* combo) {
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<E>(static_cast<E>(data.toInt())) : std::nullopt;
}

} // namespace

ExerciseFilterBar::ExerciseFilterBar(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_region(addCombo(QStringLiteral("exerciseRegionFilter"), tr("Region")))
    , m_condition(addCombo(QStringLiteral("exerciseConditionFilter"), tr("Condition")))
    , m_kind(addCombo(QStringLiteral("exerciseKindFilter"), tr("Kind of exercise")))
    , m_difficulty(addCombo(QStringLiteral("exerciseDifficultyFilter"), tr("Difficulty")))
    , m_equipment(addCombo(QStringLiteral("exerciseEquipmentFilter"), tr("Equipment")))
    , m_fitFirst(new QCheckBox(tr("&Fits my selection first"), this)) {
    m_search->setObjectName(QStringLiteral("exerciseSearch"));
    m_search->setPlaceholderText(tr("Search exercises"));
    m_search->setAccessibleName(tr("Search exercises"));
    m_search->setClearButtonEnabled(true);
    m_fitFirst->setObjectName(QStringLiteral("exerciseFitFirst"));
    m_fitFirst->setChecked(true);
    m_fitFirst->setToolTip(tr("Exercises recommended for the likely causes of your pain come first, with the reason."));
    auto* clearButton = new QPushButton(tr("C&lear filters"), this);
    clearButton->setObjectName(QStringLiteral("exerciseClearFilters"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 3);
    layout->addWidget(m_region, 1, 0);
    layout->addWidget(m_condition, 1, 1, 1, 2);
    layout->addWidget(m_kind, 2, 0);
    layout->addWidget(m_difficulty, 2, 1);
    layout->addWidget(m_equipment, 2, 2);
    layout->addWidget(m_fitFirst, 3, 0, 1, 2);
    layout->addWidget(clearButton, 3, 2);
    fillChoices();

    connect(m_search, &QLineEdit::textChanged, this, &ExerciseFilterBar::filterChanged);
    for (QComboBox* combo : {m_region, m_condition, m_kind, m_difficulty, m_equipment}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ExerciseFilterBar::filterChanged);
    }
    connect(m_fitFirst, &QCheckBox::toggled, this, &ExerciseFilterBar::filterChanged);
    connect(clearButton, &QPushButton::clicked, this, &ExerciseFilterBar::clear);
    connect(m_session, &Session::contentChanged, this, [this] {
        fillChoices();
        emit filterChanged();
    });
}

QComboBox* ExerciseFilterBar::addCombo(const QString& objectName, const QString& accessibleName) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

void ExerciseFilterBar::fillChoices() {
    fillRegions();
    fillConditions();
    refill(m_kind, tr("Any kind"), [](QComboBox* combo) {
        for (const ExerciseKind kind : allValues<ExerciseKind>()) {
            combo->addItem(exerciseLabels::kind(kind), static_cast<int>(kind));
        }
    });
    refill(m_difficulty, tr("Any difficulty"), [](QComboBox* combo) {
        for (const Difficulty difficulty : allValues<Difficulty>()) {
            combo->addItem(exerciseLabels::difficulty(difficulty), static_cast<int>(difficulty));
        }
    });
    refill(m_equipment, tr("Any equipment"), [this](QComboBox* combo) {
        std::set<std::string> used;
        for (const Exercise& exercise : m_session->content().exercises) {
            used.insert(exercise.equipment.begin(), exercise.equipment.end());
        }
        used.insert("none"); // "No equipment" is always a useful choice.
        for (const std::string& id : used) {
            combo->addItem(id == "none" ? tr("Needs no equipment")
                                        : tr("Needs at most: %1").arg(exerciseLabels::equipment(id)),
                           QString::fromStdString(id));
        }
    });
}

void ExerciseFilterBar::fillRegions() {
    refill(m_region, tr("Any region"), [this](QComboBox* combo) {
        const Content& content = m_session->content();
        std::set<std::string> bases;
        for (const Exercise& exercise : content.exercises) {
            bases.insert(exercise.regions.begin(), exercise.regions.end());
        }
        for (const Region& region : content.regions) {
            if (bases.erase(region.base) > 0) { // In content order, each base once.
                combo->addItem(exerciseLabels::text(content.baseName(region.base)),
                               QString::fromStdString(region.base));
            }
        }
    });
}

void ExerciseFilterBar::fillConditions() {
    refill(m_condition, tr("Any condition"), [this](QComboBox* combo) {
        for (const Condition& condition : m_session->content().conditions) {
            if (!condition.serious && !condition.exercises.empty()) {
                combo->addItem(exerciseLabels::text(condition.name), QString::fromStdString(condition.id));
            }
        }
    });
}

ExerciseFilter ExerciseFilterBar::filter() const {
    ExerciseFilter filter;
    filter.text = m_search->text().trimmed().toStdString();
    filter.region = m_region->currentData().toString().toStdString();
    filter.condition = m_condition->currentData().toString().toStdString();
    filter.kind = chosen<ExerciseKind>(m_kind);
    filter.difficulty = chosen<Difficulty>(m_difficulty);
    filter.equipment = m_equipment->currentData().toString().toStdString();
    return filter;
}

bool ExerciseFilterBar::fitFirst() const {
    return m_fitFirst->isChecked();
}

void ExerciseFilterBar::clear() {
    {
        const QSignalBlocker searchBlocker(m_search);
        m_search->clear();
        for (QComboBox* combo : {m_region, m_condition, m_kind, m_difficulty, m_equipment}) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
    }
    emit filterChanged();
}

} // namespace kinetic::gui
