#pragma once

#include <kinetic/enums.hpp>

#include <QWidget>

#include <map>
#include <string>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace kinetic::gui {

class Session;

/// How one region hurts: how strong (0-10) and what it feels like. For a region not marked as
/// painful it offers to mark it.
class PainDetailsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainDetailsEditor)

public:
    explicit PainDetailsEditor(Session* session, QWidget* parent = nullptr);

    const std::string& region() const { return m_region; }
    void setRegion(const std::string& regionId);
    /// Moves the keyboard to the intensity, for Enter on a region.
    void focusIntensity();

private:
    void buildEditors();
    void refresh();

    Session* m_session;
    std::string m_region;
    QLabel* m_title;
    QLabel* m_description;
    QPushButton* m_mark;
    QWidget* m_editors;
    QSlider* m_slider;
    QSpinBox* m_spin;
    std::map<Quality, QCheckBox*> m_qualities;
};

} // namespace kinetic::gui
