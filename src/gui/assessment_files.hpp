#pragma once

#include <kinetic/assessment_io.hpp>

#include <QObject>
#include <QString>
#include <QTimer>

namespace kinetic::gui {

class Session;

/// The open assessment file: New, Open, Save and Save As of `*.kinetic.json`, and an autosave
/// of the current assessment in the application data folder, restored at the next start.
/// Writes are atomic (QSaveFile). A file that cannot be read is reported and left untouched:
/// the current assessment and its file name stay as they were, so it is never overwritten.
/// No dialogs here: the window asks, this does.
class AssessmentFiles final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentFiles)

public:
    explicit AssessmentFiles(Session* session, QObject* parent = nullptr);

    /// The file the assessment was opened from or saved to; empty for a new one.
    const QString& currentPath() const { return m_path; }
    /// "knee.kinetic.json", or "Untitled" for a new assessment.
    QString displayName() const;

    void newAssessment();
    /// Opens a file; on failure returns the reasons and changes nothing.
    std::vector<Diagnostic> open(const QString& path);
    /// Saves to the current file; returns an error message, empty on success.
    QString save();
    QString saveAs(const QString& path);

    /// Where the autosave lives: `<AppDataLocation>/autosave.kinetic.json`.
    static QString autosavePath();
    /// Writes the autosave now (it is also written shortly after every change).
    QString autosaveNow();
    /// Restores the autosave of the last run, if there is one; returns whether it did.
    /// A damaged autosave is set aside (renamed `.damaged`), never read again or overwritten.
    bool restoreAutosave();

    /// Reads an assessment with QFile; diagnostics when it is missing, too large or damaged.
    static AssessmentLoadResult read(const QString& path);
    /// Writes through QSaveFile; returns an error message, empty on success.
    static QString write(const QString& path, const Assessment& assessment);

signals:
    void currentPathChanged(const QString& path);

private:
    void setPath(const QString& path);

    Session* m_session;
    QString m_path;
    QTimer m_autosave;
};

} // namespace kinetic::gui
