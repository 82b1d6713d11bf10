#include "file_actions.hpp"

#include "assessment_files.hpp"
#include "message_box.hpp"
#include "session.hpp"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QWidget>

#if __has_include("print_actions.hpp")
#include "print_actions.hpp"
#define KINETIC_HAS_PRINTING 1
#endif

namespace kinetic::gui {

namespace {

const QString folderKey = QStringLiteral("files/lastFolder");

/// Only the words are translated: the patterns stay as the file dialog needs them.
QString filter() {
    return FileActions::tr("Assessments (%1)").arg(QStringLiteral("*.kinetic.json")) + QStringLiteral(";;") +
           FileActions::tr("All files (%1)").arg(QStringLiteral("*"));
}

} // namespace

FileActions::FileActions(Session* session, AssessmentFiles* files, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_files(files)
    , m_window(window)
    , m_new(makeAction(tr("&New"), QStringLiteral("newAction"), &FileActions::newAssessment))
    , m_open(makeAction(tr("&Open..."), QStringLiteral("openAction"), &FileActions::open))
    , m_save(makeAction(tr("&Save"), QStringLiteral("saveAction"), nullptr))
    , m_saveAs(makeAction(tr("Save &As..."), QStringLiteral("saveAsAction"), nullptr))
    , m_exportPdf(makeAction(tr("&Export PDF..."), QStringLiteral("exportPdfAction"), nullptr))
    , m_printPreview(makeAction(tr("Print Pre&view..."), QStringLiteral("printPreviewAction"), nullptr))
    , m_print(makeAction(tr("&Print..."), QStringLiteral("printAction"), nullptr))
    , m_quit(makeAction(tr("&Quit"), QStringLiteral("quitAction"), nullptr)) {
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_exportPdf->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
#ifdef KINETIC_HAS_PRINTING
    connect(m_exportPdf, &QAction::triggered, this, [this] { SummaryPrinter::exportPdf(*m_session, m_window); });
    connect(m_printPreview, &QAction::triggered, this, [this] { SummaryPrinter::printPreview(*m_session, m_window); });
    connect(m_print, &QAction::triggered, this, [this] { SummaryPrinter::print(*m_session, m_window); });
#else
    for (QAction* action : {m_exportPdf, m_printPreview, m_print}) {
        action->setEnabled(false);
        action->setToolTip(tr("Printing is not available in this build."));
    }
#endif
}

QAction* FileActions::makeAction(const QString& text, const QString& name, void (FileActions::*slot)()) {
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    if (slot) {
        connect(action, &QAction::triggered, this, slot);
    }
    return action;
}

void FileActions::addTo(QMenu* menu, QToolBar* toolBar) const {
    menu->addActions({m_new, m_open, m_save, m_saveAs});
    menu->addSeparator();
    menu->addActions({m_exportPdf, m_printPreview, m_print});
    menu->addSeparator();
    menu->addAction(m_quit);
    toolBar->addActions({m_new, m_open, m_save});
    toolBar->addSeparator();
    toolBar->addActions({m_exportPdf, m_print});
}

QString FileActions::dialogFolder() const {
    const QString remembered = QSettings().value(folderKey).toString();
    return remembered.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : remembered;
}

void FileActions::rememberFolder(const QString& path) const {
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

bool FileActions::maybeSave() {
    if (!m_session->isModified() || m_files->currentPath().isEmpty()) {
        return true; // Unnamed work lives in the autosave until it is replaced: ask only for files.
    }
    const auto answer = MessageBox::question(
        m_window, tr("Save changes?"), tr("Do you want to save the changes to %1?").arg(m_files->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void FileActions::newAssessment() {
    if (maybeSave()) {
        m_files->newAssessment();
    }
}

void FileActions::open() {
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open assessment"), dialogFolder(), filter());
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool FileActions::openFile(const QString& path) {
    const std::vector<Diagnostic> problems = m_files->open(path);
    if (problems.empty()) {
        rememberFolder(path);
        return true;
    }
    MessageBox::critical(m_window, tr("Cannot open the assessment"),
                         tr("%1 cannot be read: it may be damaged, or made by a newer version of this program. "
                            "Nothing was changed, and the file was left as it is.")
                             .arg(QFileInfo(path).fileName()),
                         QString::fromStdString(format(problems)));
    return false;
}

bool FileActions::save() {
    return m_files->currentPath().isEmpty() ? saveAs() : saveFile(m_files->currentPath());
}

bool FileActions::saveAs() {
    QString suggested = m_files->currentPath();
    if (suggested.isEmpty()) {
        suggested = QDir(dialogFolder()).filePath(tr("my-assessment", "file name") + QStringLiteral(".kinetic.json"));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save assessment"), suggested, filter());
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(QStringLiteral(".json"))) {
        path += QStringLiteral(".kinetic.json");
    }
    return saveFile(path);
}

bool FileActions::saveFile(const QString& path) {
    const QString error = m_files->saveAs(path);
    if (error.isEmpty()) {
        rememberFolder(path);
        return true;
    }
    MessageBox::critical(m_window, tr("Cannot save the assessment"),
                         tr("%1 could not be saved: %2").arg(QFileInfo(path).fileName(), error));
    return false;
}

} // namespace kinetic::gui
