#pragma once

#include <QWidget>

#include <string>

namespace kinetic::gui {

/// The start and end position of an exercise, drawn by the report layer's pose painter in the
/// same house style as the printout. Keeps its aspect ratio at any width.
class ExercisePoseView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExercisePoseView)

public:
    explicit ExercisePoseView(QWidget* parent = nullptr);

    /// Shows an exercise's illustration; an exercise without one shows a plain note.
    void setExercise(const std::string& exerciseId, const QString& name);
    bool hasIllustration() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::string m_exerciseId;
};

} // namespace kinetic::gui
