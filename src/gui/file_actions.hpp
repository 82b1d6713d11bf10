#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace kinetic::gui {

class AssessmentFiles;
class Session;

/// The File menu: New, Open, Save, Save As, Export PDF, Print Preview, Print and Quit with the
/// standard shortcuts. Asks before unsaved changes are lost; reports files that cannot be read
/// or written in plain words. The file dialogs are skipped by the `...File(path)` entry points,
/// which tests use.
class FileActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    FileActions(Session* session, AssessmentFiles* files, QWidget* window);

    void addTo(QMenu* menu, QToolBar* toolBar) const;

    void newAssessment();
    void open();
    bool save();
    bool saveAs();
    /// Opens `path`; a damaged file shows why and leaves everything as it was.
    bool openFile(const QString& path);
    bool saveFile(const QString& path);
    /// When there are unsaved changes to a named file, asks whether to save them. False: cancel.
    bool maybeSave();

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* printAction() const { return m_print; }

private:
    QAction* makeAction(const QString& text, const QString& name, void (FileActions::*slot)());
    QString dialogFolder() const;
    void rememberFolder(const QString& path) const;

    Session* m_session;
    AssessmentFiles* m_files;
    QWidget* m_window;
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_exportPdf;
    QAction* m_printPreview;
    QAction* m_print;
    QAction* m_quit;
};

} // namespace kinetic::gui
