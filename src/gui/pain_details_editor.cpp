#include "pain_details_editor.hpp"

#include "session.hpp"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kinetic::gui {

namespace {

QString qualityLabel(Quality quality) {
    switch (quality) {
    case Quality::Ache:
        return PainDetailsEditor::tr("Ache");
    case Quality::Sharp:
        return PainDetailsEditor::tr("Sharp");
    case Quality::Burning:
        return PainDetailsEditor::tr("Burning");
    case Quality::NumbnessTingling:
        return PainDetailsEditor::tr("Numbness or tingling");
    case Quality::Stiffness:
        return PainDetailsEditor::tr("Stiffness");
    }
    return {};
}

} // namespace

PainDetailsEditor::PainDetailsEditor(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_mark(new QPushButton(tr("&Mark as painful"), this))
    , m_editors(new QWidget(this))
    , m_slider(new QSlider(Qt::Horizontal, m_editors))
    , m_spin(new QSpinBox(m_editors)) {
    setObjectName(QStringLiteral("painDetails"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    buildEditors();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_mark);
    layout->addWidget(m_editors);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { m_session->setIntensity(m_region, value); });
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) { m_session->setIntensity(m_region, value); });
    connect(m_mark, &QPushButton::clicked, this, [this] { m_session->setRegionSelected(m_region, true); });
    connect(m_session, &Session::assessmentChanged, this, &PainDetailsEditor::refresh);
    connect(m_session, &Session::contentChanged, this, &PainDetailsEditor::refresh);
    refresh();
}

void PainDetailsEditor::buildEditors() {
    m_slider->setObjectName(QStringLiteral("intensitySlider"));
    m_slider->setRange(0, 10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setPageStep(1);
    m_slider->setAccessibleName(tr("Pain intensity, 0 to 10"));
    m_spin->setRange(0, 10);
    m_spin->setSuffix(tr(" / 10"));
    m_spin->setAccessibleName(tr("Pain intensity, 0 to 10"));

    auto* intensityRow = new QHBoxLayout;
    intensityRow->addWidget(m_slider, 1);
    intensityRow->addWidget(m_spin);
    auto* qualities = new QGridLayout;
    int position = 0;
    for (const Quality quality : allValues<Quality>()) {
        auto* box = new QCheckBox(qualityLabel(quality), m_editors);
        m_qualities.emplace(quality, box);
        qualities->addWidget(box, position / 2, position % 2);
        ++position;
        connect(box, &QCheckBox::toggled, this,
                [this, quality](bool on) { m_session->setQuality(m_region, quality, on); });
    }
    auto* form = new QFormLayout(m_editors);
    form->setContentsMargins(0, 0, 0, 0);
    auto* intensityLabel = new QLabel(tr("How strong (0 none, 10 worst):"), m_editors);
    intensityLabel->setBuddy(m_slider);
    form->addRow(intensityLabel);
    form->addRow(intensityRow);
    form->addRow(new QLabel(tr("What it feels like:"), m_editors));
    form->addRow(qualities);
}

void PainDetailsEditor::setRegion(const std::string& regionId) {
    if (regionId != m_region) {
        m_region = regionId;
        refresh();
    }
}

void PainDetailsEditor::focusIntensity() {
    if (m_editors->isVisible()) {
        m_slider->setFocus(Qt::OtherFocusReason);
    } else if (m_mark->isVisible()) {
        m_mark->setFocus(Qt::OtherFocusReason);
    }
}

void PainDetailsEditor::refresh() {
    const Region* region = m_session->content().regions.find(m_region);
    const SelectedRegion* selected = m_session->assessment().find(m_region);
    m_title->setText(region ? QString::fromStdString(region->displayName())
                            : tr("Choose an area on the body or in the list to describe the pain there."));
    m_description->setText(region ? QString::fromStdString(region->description) : QString());
    m_description->setVisible(region != nullptr);
    m_mark->setVisible(region != nullptr && selected == nullptr);
    m_editors->setVisible(selected != nullptr);
    if (!selected) {
        return;
    }
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpin(m_spin);
    m_slider->setValue(selected->intensity);
    m_spin->setValue(selected->intensity);
    for (const auto& [quality, box] : m_qualities) {
        const QSignalBlocker block(box);
        box->setChecked(selected->has(quality));
    }
}

} // namespace kinetic::gui
