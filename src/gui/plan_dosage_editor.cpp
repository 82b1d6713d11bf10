#include "plan_dosage_editor.hpp"

#include "exercise_labels.hpp"
#include "session.hpp"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace kinetic::gui {

namespace {

/// 0 in a spin box that can be empty means "none".
std::optional<int> optionalValue(const QSpinBox* box) {
    return box->value() > 0 ? std::optional<int>(box->value()) : std::nullopt;
}

} // namespace

PlanDosageEditor::PlanDosageEditor(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_sets(addSpinBox(QStringLiteral("dosageSets"), 1, 10, QString()))
    , m_reps(addSpinBox(QStringLiteral("dosageReps"), 0, 100, tr("none")))
    , m_hold(addSpinBox(QStringLiteral("dosageHold"), 0, 300, tr("none")))
    , m_minutes(addSpinBox(QStringLiteral("dosageMinutes"), 0, 180, tr("none")))
    , m_days(addSpinBox(QStringLiteral("dosageDays"), 1, 7, QString()))
    , m_usual(new QLabel(this))
    , m_reset(new QPushButton(tr("&Reset to usual dosage"), this)) {
    setObjectName(QStringLiteral("planDosageEditor"));
    m_hold->setSuffix(tr(" s"));
    m_minutes->setSuffix(tr(" min"));
    m_usual->setObjectName(QStringLiteral("dosageUsual"));
    m_usual->setTextFormat(Qt::PlainText);
    m_usual->setWordWrap(true);
    m_reset->setObjectName(QStringLiteral("dosageReset"));

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Sets:"), m_sets);
    layout->addRow(tr("R&epetitions:"), m_reps);
    layout->addRow(tr("&Hold:"), m_hold);
    layout->addRow(tr("&Minutes:"), m_minutes);
    layout->addRow(tr("&Days a week:"), m_days);
    layout->addRow(m_usual);
    layout->addRow(m_reset);

    for (QSpinBox* box : {m_sets, m_reps, m_hold, m_minutes, m_days}) {
        connect(box, &QSpinBox::valueChanged, this, &PlanDosageEditor::commit);
    }
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_index) {
            m_session->setPlanDosage(*m_index, std::nullopt);
        }
    });
    connect(m_session, &Session::assessmentChanged, this, &PlanDosageEditor::load);
    connect(m_session, &Session::contentChanged, this, &PlanDosageEditor::load);
    load();
}

QSpinBox* PlanDosageEditor::addSpinBox(const QString& objectName, int minimum, int maximum, const QString& noneText) {
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSpecialValueText(noneText);
    box->setKeyboardTracking(false); // Typing "12" is one change, not two.
    box->setAccelerated(true);
    return box;
}

void PlanDosageEditor::setPlanIndex(std::optional<std::size_t> index) {
    m_index = index;
    load();
}

const Exercise* PlanDosageEditor::exercise() const {
    const auto& plan = m_session->assessment().plan;
    if (!m_index || *m_index >= plan.size()) {
        return nullptr;
    }
    return m_session->content().exercises.find(plan[*m_index].exercise);
}

void PlanDosageEditor::load() {
    const Exercise* current = exercise();
    setEnabled(current != nullptr);
    if (!current) {
        m_usual->setText(tr("Choose an exercise of your plan to change how much you do."));
        return;
    }
    const PlanItem& item = m_session->assessment().plan[*m_index];
    const Dosage dosage = item.dosage.value_or(current->dosage);
    m_loading = true;
    m_sets->setValue(dosage.sets);
    m_reps->setValue(dosage.reps.value_or(0));
    m_hold->setValue(dosage.holdSeconds.value_or(0));
    m_minutes->setValue(dosage.minutes.value_or(0));
    m_days->setValue(dosage.daysPerWeek);
    m_loading = false;
    m_usual->setText(tr("Usual for %1: %2")
                         .arg(exerciseLabels::text(current->name), exerciseLabels::text(describe(current->dosage))));
    m_reset->setEnabled(item.dosage.has_value());
}

void PlanDosageEditor::commit() {
    const Exercise* current = exercise();
    if (m_loading || !current) {
        return;
    }
    Dosage dosage = m_session->assessment().plan[*m_index].dosage.value_or(current->dosage);
    dosage.sets = m_sets->value();
    dosage.reps = optionalValue(m_reps);
    dosage.holdSeconds = optionalValue(m_hold);
    dosage.minutes = optionalValue(m_minutes);
    dosage.daysPerWeek = m_days->value();
    m_session->setPlanDosage(*m_index, dosage);
}

} // namespace kinetic::gui
