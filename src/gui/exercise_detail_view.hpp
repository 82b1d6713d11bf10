#pragma once

#include <QStringList>
#include <QWidget>

#include <string>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kinetic {
struct Exercise;
struct Variant;
} // namespace kinetic

namespace kinetic::gui {

class Session;

/// Everything about one exercise: its illustration, numbered steps, usual dosage, common
/// mistakes, when to stop (with the pain rule and the stop rules), when to progress, easier
/// and harder variants (those that are exercises of their own open them), the evidence and
/// sources, and "Add to my plan".
class ExerciseDetailView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseDetailView)

public:
    explicit ExerciseDetailView(Session* session, QWidget* parent = nullptr);

    /// Shows an exercise with why it fits the selection; an unknown id shows nothing.
    void setExercise(const std::string& exerciseId, const QStringList& reasons = {});
    const std::string& exerciseId() const { return m_exerciseId; }

signals:
    /// A variant that is an exercise of its own was chosen.
    void exerciseRequested(const std::string& exerciseId);

private:
    void rebuild();
    void updateAddButton();
    QWidget* buildDetails(const Exercise& exercise);
    void addHeading(QVBoxLayout* layout, const QString& heading);
    void addSection(QVBoxLayout* layout, const QString& heading, const QString& body);
    void addSafety(QVBoxLayout* layout, const Exercise& exercise);
    void addVariants(QVBoxLayout* layout, const QString& heading, const std::vector<Variant>& variants);
    void addSources(QVBoxLayout* layout, const Exercise& exercise);

    Session* m_session;
    std::string m_exerciseId;
    QStringList m_reasons;
    QLabel* m_title;
    QPushButton* m_add;
    QScrollArea* m_scroll;
};

} // namespace kinetic::gui
