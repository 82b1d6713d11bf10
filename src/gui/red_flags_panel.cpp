#include "red_flags_panel.hpp"

#include "red_flag_question.hpp"
#include "session.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace kinetic::gui {

RedFlagsPanel::RedFlagsPanel(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_age(new QComboBox(this))
    , m_injury(new QCheckBox(tr("A recent injury, fall or twist"), this))
    , m_intro(new QLabel(this)) {
    setObjectName(QStringLiteral("redFlagsPanel"));
    m_age->setObjectName(QStringLiteral("ageBand"));
    m_injury->setObjectName(QStringLiteral("recentInjury"));
    m_age->addItem(tr("Not said"));
    for (const AgeBand band : allValues<AgeBand>()) {
        const std::string_view words = describe(band);
        QString text = QString::fromUtf8(words.data(), static_cast<qsizetype>(words.size()));
        text[0] = text[0].toUpper();
        m_age->addItem(text, static_cast<int>(band));
    }
    auto* about = new QGroupBox(tr("About you"), this);
    auto* aboutForm = new QFormLayout(about);
    aboutForm->addRow(tr("&Age:"), m_age);
    aboutForm->addRow(m_injury);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* holder = new QWidget(scroll);
    m_questionsHolder = new QVBoxLayout(holder);
    m_questionsHolder->setContentsMargins(0, 0, 0, 0);
    m_questionsHolder->addStretch(1);
    scroll->setWidget(holder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);

    connect(m_age, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant band = m_age->itemData(index);
        m_session->setAgeBand(band.isValid() ? std::optional(static_cast<AgeBand>(band.toInt())) : std::nullopt);
    });
    connect(m_injury, &QCheckBox::toggled, this, [this](bool on) { m_session->setRecentInjury(on); });
    connect(m_session, &Session::assessmentChanged, this, &RedFlagsPanel::refresh);
    connect(m_session, &Session::contentChanged, this, &RedFlagsPanel::rebuildQuestions);
    rebuildQuestions();
}

RedFlagQuestion* RedFlagsPanel::question(const std::string& flagId) const {
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [&](const RedFlagQuestion* row) { return row->flagId() == flagId; });
    return it == m_rows.end() ? nullptr : *it;
}

void RedFlagsPanel::refresh() {
    const Assessment& assessment = m_session->assessment();
    {
        const QSignalBlocker blockAge(m_age);
        const QSignalBlocker blockInjury(m_injury);
        m_age->setCurrentIndex(assessment.ageBand ? static_cast<int>(*assessment.ageBand) + 1 : 0);
        m_injury->setChecked(assessment.recentInjury);
    }
    std::vector<std::string> ids;
    for (const RedFlagStatus& status : m_session->redFlags().flags) {
        ids.push_back(status.flag->id);
    }
    std::vector<std::string> sortedIds = ids;
    std::vector<std::string> shown = m_shownIds;
    std::sort(sortedIds.begin(), sortedIds.end());
    std::sort(shown.begin(), shown.end());
    if (sortedIds != shown) {
        rebuildQuestions();
        return;
    }
    for (const RedFlagStatus& status : m_session->redFlags().flags) {
        if (RedFlagQuestion* row = question(status.flag->id)) {
            row->setStatus(status);
        }
    }
}

void RedFlagsPanel::rebuildQuestions() {
    if (m_questions) {
        m_questions->deleteLater();
    }
    m_questions = new QWidget(m_questionsHolder->parentWidget());
    auto* rows = new QVBoxLayout(m_questions);
    rows->setContentsMargins(0, 0, 0, 0);
    m_rows.clear();
    m_shownIds.clear();
    for (const RedFlagStatus& status : m_session->redFlags().flags) {
        auto* row = new RedFlagQuestion(m_session, *status.flag, m_questions);
        row->setStatus(status);
        rows->addWidget(row);
        m_rows.push_back(row);
        m_shownIds.push_back(status.flag->id);
    }
    m_questionsHolder->insertWidget(0, m_questions);
    m_intro->setText(m_rows.empty()
                         ? tr("Mark where it hurts to see the warning-sign questions that go with it.")
                         : tr("Please answer these questions. A yes does not mean something is wrong, but it "
                              "tells you when to get help and how soon."));
    refresh();
}

} // namespace kinetic::gui
