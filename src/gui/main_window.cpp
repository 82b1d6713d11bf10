#include "main_window.hpp"

#include "assessment_files.hpp"
#include "body_diagram_widget.hpp"
#include "causes_panel.hpp"
#include "content_watcher.hpp"
#include "diagnostics_dialog.hpp"
#include "disclaimer_dialog.hpp"
#include "emergency_banner.hpp"
#include "file_actions.hpp"
#include "linked_areas_panel.hpp"
#include "mechanism_tool_bar.hpp"
#include "message_box.hpp"
#include "pain_details_editor.hpp"
#include "red_flags_panel.hpp"
#include "region_panel.hpp"
#include "session.hpp"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#if __has_include("exercise_browser.hpp") && __has_include("plan_panel.hpp")
#include "exercise_browser.hpp"
#include "plan_panel.hpp"
#define KINETIC_HAS_CARE_PANELS 1
#endif

namespace kinetic::gui {

namespace {

constexpr int settingsVersion = 1;

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Content> content, const report::BodyArt& art, MainWindowOptions options,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_session(new Session(std::move(content), this))
    , m_files(new AssessmentFiles(m_session, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_diagram = new BodyDiagramWidget(m_session, art, this);
    m_banner = new EmergencyBanner(m_session, this);
    setCentralWidget(buildCentre());
    buildDocks();
    m_fileActions = new FileActions(m_session, m_files, this);
    buildMenus();
    buildStatusBar();
    wireRegions();
    if (!options.restoreAutosave || !m_files->restoreAutosave()) {
        m_files->newAssessment();
    }
    if (options.contentDirectory) {
        m_watcher = new ContentWatcher(*options.contentDirectory, this);
        connect(m_watcher, &ContentWatcher::contentReloaded, this, [this](std::shared_ptr<const Content> fresh) {
            m_session->setContent(std::move(fresh));
            if (m_diagnostics) {
                m_diagnostics->close();
            }
            statusBar()->showMessage(tr("The content was changed on disk and has been reloaded."), 6000);
        });
        connect(m_watcher, &ContentWatcher::reloadFailed, this, &MainWindow::showReloadProblems);
    }
    connect(m_session, &Session::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_files, &AssessmentFiles::currentPathChanged, this, &MainWindow::updateTitle);
    restoreSettings();
    updateTitle();
    if (options.askDisclaimer && !DisclaimerDialog::isAcknowledged()) {
        // Over the window once it is drawn, not over an empty frame while the window waits for
        // the dialog to be built and laid out first.
        connect(m_diagram, &BodyDiagramWidget::firstFramePainted, this, &MainWindow::openDisclaimer,
                static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
}

MainWindow::~MainWindow() = default;

DiagnosticsDialog* MainWindow::diagnosticsDialog() const {
    return m_diagnostics.data();
}

QWidget* MainWindow::buildCentre() {
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_diagram, 1);
    return centre;
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const QString& name, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name + QStringLiteral("Dock"));
    if (panel) {
        dock->setWidget(panel);
    }
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_docks.emplace(name, dock);
    return dock;
}

QDockWidget* MainWindow::addDeferredPanel(std::function<QWidget*()> build, const QString& title, const QString& name,
                                          Qt::DockWidgetArea area) {
    QDockWidget* dock = addPanel(nullptr, title, name, area);
    m_builders.emplace(name, std::move(build));
    connect(dock, &QDockWidget::visibilityChanged, this, [this, name](bool visible) {
        if (visible) {
            panel(name);
        }
    });
    return dock;
}

QWidget* MainWindow::panel(const QString& name) {
    const auto dock = m_docks.find(name);
    if (dock == m_docks.end()) {
        return nullptr;
    }
    if (!dock->second->widget()) {
        const auto build = m_builders.find(name);
        if (build != m_builders.end()) {
            dock->second->setWidget(build->second());
        }
    }
    return dock->second->widget();
}

LinkedAreasPanel* MainWindow::linkedAreasPanel() {
    return qobject_cast<LinkedAreasPanel*>(panel(QStringLiteral("linked")));
}

RedFlagsPanel* MainWindow::redFlagsPanel() {
    return qobject_cast<RedFlagsPanel*>(panel(QStringLiteral("redFlags")));
}

void MainWindow::buildDocks() {
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    m_regions = new RegionPanel(m_session, this);
    m_causes = new CausesPanel(m_session, this);
    QDockWidget* regions = addPanel(m_regions, tr("Where it hurts"), QStringLiteral("regions"), Qt::LeftDockWidgetArea);
    QDockWidget* causes = addPanel(m_causes, tr("Likely causes"), QStringLiteral("causes"), Qt::RightDockWidgetArea);
    // The tabs behind "Likely causes" are built when first shown.
    std::vector<QDockWidget*> tabs{causes};
    tabs.push_back(addDeferredPanel([this] { return new LinkedAreasPanel(m_session, this); }, tr("Linked areas"),
                                    QStringLiteral("linked"), Qt::RightDockWidgetArea));
    tabs.push_back(addDeferredPanel([this] { return new RedFlagsPanel(m_session, this); }, tr("Warning signs and you"),
                                    QStringLiteral("redFlags"), Qt::RightDockWidgetArea));
#ifdef KINETIC_HAS_CARE_PANELS
    tabs.push_back(addDeferredPanel([this] { return new ExerciseBrowser(m_session, this); }, tr("Exercises"),
                                    QStringLiteral("exercises"), Qt::RightDockWidgetArea));
    tabs.push_back(addDeferredPanel([this] { return new PlanPanel(m_session, this); }, tr("My plan"),
                                    QStringLiteral("plan"), Qt::RightDockWidgetArea));
#endif
    for (std::size_t i = 1; i < tabs.size(); ++i) {
        tabifyDockWidget(tabs[i - 1], tabs[i]);
    }
    causes->raise();
    resizeDocks({regions, causes}, {300, 560}, Qt::Horizontal);
}

void MainWindow::buildMenus() {
    QToolBar* fileBar = addToolBar(tr("File"));
    fileBar->setObjectName(QStringLiteral("fileToolBar"));
    fileBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fileActions->addTo(menuBar()->addMenu(tr("&File")), fileBar);
    m_mechanisms = new MechanismToolBar(m_session, this);
    addToolBar(m_mechanisms);
    connect(m_mechanisms->legendAction(), &QAction::toggled, m_diagram, &BodyDiagramWidget::setLegendVisible);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (const auto& [name, dock] : m_docks) {
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    QMenu* links = view->addMenu(tr("&Links shown"));
    for (const Mechanism mechanism : allValues<Mechanism>()) {
        links->addAction(m_mechanisms->mechanismAction(mechanism));
    }
    view->addAction(m_mechanisms->legendAction());
    view->addSeparator();
    view->addAction(fileBar->toggleViewAction());
    view->addAction(m_mechanisms->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Disclaimer..."), this, &MainWindow::openDisclaimer);
    help->addAction(tr("&About Kinetic Chain Explorer..."), this, [this] {
        const Manifest& manifest = m_session->content().manifest;
        MessageBox::information(
            this, tr("About Kinetic Chain Explorer"),
            tr("Kinetic Chain Explorer %1\n\nSee how back, hip and knee pain can be linked, which causes often fit, "
               "when to get help, and which exercises help.\n\nContent version %2, last reviewed %3, licence %4.")
                .arg(QCoreApplication::applicationVersion(), QString::fromStdString(manifest.contentVersion),
                     QString::fromStdString(manifest.lastReviewed), QString::fromStdString(manifest.licence)));
    });
}

void MainWindow::buildStatusBar() {
    m_disclaimer = new QLabel(this);
    m_disclaimer->setObjectName(QStringLiteral("disclaimerLabel"));
    m_disclaimer->setTextFormat(Qt::PlainText);
    m_disclaimer->setWordWrap(true);
    m_disclaimer->setMinimumWidth(200);
    const auto setText = [this] {
        m_disclaimer->setText(QString::fromStdString(m_session->content().manifest.disclaimer));
    };
    setText();
    connect(m_session, &Session::contentChanged, this, setText);
    statusBar()->addPermanentWidget(m_disclaimer, 1);
}

void MainWindow::wireRegions() {
    connect(m_diagram, &BodyDiagramWidget::currentRegionChanged, this,
            [this](const QString& id) { m_regions->setCurrentRegion(id.toStdString()); });
    connect(m_regions, &RegionPanel::currentRegionChanged, this,
            [this](const QString& id) { m_diagram->setCurrentRegion(id.toStdString()); });
    connect(m_diagram, &BodyDiagramWidget::regionActivated, this, [this](const QString& id) {
        showPanel(QStringLiteral("regions"));
        m_regions->setCurrentRegion(id.toStdString());
        m_regions->details()->focusIntensity();
    });
}

void MainWindow::showPanel(const QString& name) {
    const auto it = m_docks.find(name);
    if (it != m_docks.end()) {
        it->second->show();
        it->second->raise();
    }
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] - Kinetic Chain Explorer").arg(m_files->displayName()));
    setWindowModified(m_session->isModified());
}

void MainWindow::showContentProblems(const QString& message, const std::vector<Diagnostic>& diagnostics) {
    if (!m_diagnostics) {
        m_diagnostics = new DiagnosticsDialog(this);
    }
    m_diagnostics->setDiagnostics(message, diagnostics);
    m_diagnostics->show();
    m_diagnostics->raise();
}

void MainWindow::showReloadProblems(const std::vector<Diagnostic>& diagnostics) {
    showContentProblems(tr("The content files were changed, but they now have problems. The program "
                           "keeps using the last good content until these are fixed:"),
                        diagnostics);
    statusBar()->showMessage(tr("The changed content has problems: still using the last good content."), 10000);
}

void MainWindow::openDisclaimer() {
    auto* dialog = new DisclaimerDialog(QString::fromStdString(m_session->content().manifest.disclaimer), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        resize(1440, 900);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray(), settingsVersion);
    m_mechanisms->legendAction()->setChecked(settings.value(QStringLiteral("legend"), true).toBool());
    const QStringList hidden = settings.value(QStringLiteral("hiddenMechanisms")).toStringList();
    for (const QString& name : hidden) {
        if (const auto mechanism = parseEnum<Mechanism>(name.toStdString())) {
            m_session->setMechanismVisible(*mechanism, false);
        }
    }
    settings.endGroup();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(settingsVersion));
    settings.setValue(QStringLiteral("legend"), m_mechanisms->legendAction()->isChecked());
    QStringList hidden;
    for (const Mechanism mechanism : m_session->linkQuery().hiddenMechanisms) {
        hidden << QString::fromLatin1(toString(mechanism).data(), static_cast<qsizetype>(toString(mechanism).size()));
    }
    settings.setValue(QStringLiteral("hiddenMechanisms"), hidden);
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_files->autosaveNow();
    saveSettings();
    event->accept();
}

} // namespace kinetic::gui
