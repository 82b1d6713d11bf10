#pragma once

#include <QWidget>

#include <string>

class QListView;

namespace kinetic::gui {

class PainDetailsEditor;
class RegionListModel;
class Session;

/// "Where it hurts": every area as a checkable list in step with the diagram, and how the
/// current area hurts.
class RegionPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPanel)

public:
    explicit RegionPanel(Session* session, QWidget* parent = nullptr);

    RegionListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    PainDetailsEditor* details() const { return m_details; }
    /// Follows the diagram's current region without emitting currentRegionChanged back.
    void setCurrentRegion(const std::string& regionId);

signals:
    void currentRegionChanged(const QString& regionId);

private:
    RegionListModel* m_model;
    QListView* m_list;
    PainDetailsEditor* m_details;
    bool m_following = false;
};

} // namespace kinetic::gui
