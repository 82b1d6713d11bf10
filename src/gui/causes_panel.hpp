#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QTreeView;

namespace kinetic::gui {

class CauseDetailsView;
class CausesModel;
class Session;

/// "Likely causes": the ranking for the selection with how well each fits and why, and the
/// chosen cause's details. Worded as possibilities, never as a diagnosis or a probability.
class CausesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CausesPanel)

public:
    explicit CausesPanel(Session* session, QWidget* parent = nullptr);

    CausesModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    CauseDetailsView* details() const { return m_details; }

private:
    void afterReset();
    void showCurrent();

    CausesModel* m_model;
    QLabel* m_note;
    QTreeView* m_view;
    CauseDetailsView* m_details;
    std::string m_shown;
};

} // namespace kinetic::gui
