#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;

namespace kinetic::gui {

class PlanDosageEditor;
class PlanModel;
class Session;

/// "My plan": the exercises the person chose, in their order. Remove, move up or down (or drag),
/// and change the dosage; print or preview the summary that takes the plan home.
class PlanPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPanel)

public:
    explicit PlanPanel(Session* session, QWidget* parent = nullptr);

private:
    QPushButton* addButton(const QString& text, const QString& objectName, const QString& icon);
    void buildActions();
    std::optional<std::size_t> currentRow() const;
    void removeCurrent();
    void moveCurrent(int by);
    void selectRow(int row);
    void updateState();

    Session* m_session;
    PlanModel* m_model;
    QListView* m_list;
    QLabel* m_empty;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    PlanDosageEditor* m_dosage;
};

} // namespace kinetic::gui
