#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace kinetic::gui {

class DetailsBrowser;
class LinkedAreasModel;
class Session;

/// "Linked areas": each link of the selection in words (where, which way, the kind of link,
/// how sure we are) and, for the chosen one, the plain explanation with its sources.
class LinkedAreasPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedAreasPanel)

public:
    explicit LinkedAreasPanel(Session* session, QWidget* parent = nullptr);

    LinkedAreasModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    DetailsBrowser* details() const { return m_details; }

private:
    void showDetails();
    void afterReset();

    Session* m_session;
    LinkedAreasModel* m_model;
    QLabel* m_empty;
    QTreeView* m_view;
    DetailsBrowser* m_details;
};

} // namespace kinetic::gui
