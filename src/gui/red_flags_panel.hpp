#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace kinetic::gui {

class RedFlagQuestion;
class Session;

/// "About you and warning signs": the age band and a recent injury, which change what matters,
/// and the warning-sign questions that apply to the selection and age. Rows keep their place
/// while they are answered; they are laid out again only when other questions apply.
class RedFlagsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedFlagsPanel)

public:
    explicit RedFlagsPanel(Session* session, QWidget* parent = nullptr);

    /// The question row of a flag; nullptr when that question does not apply.
    RedFlagQuestion* question(const std::string& flagId) const;

private:
    void refresh();
    void rebuildQuestions();

    Session* m_session;
    QComboBox* m_age;
    QCheckBox* m_injury;
    QLabel* m_intro;
    QWidget* m_questions = nullptr;
    QVBoxLayout* m_questionsHolder;
    std::vector<std::string> m_shownIds;
    std::vector<RedFlagQuestion*> m_rows;
};

} // namespace kinetic::gui
