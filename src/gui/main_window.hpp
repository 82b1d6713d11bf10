#pragma once

#include "body_art.hpp"

#include <kinetic/content.hpp>
#include <kinetic/diagnostic.hpp>

#include <QMainWindow>
#include <QPointer>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QDockWidget;
class QLabel;

namespace kinetic::gui {

class AssessmentFiles;
class BodyDiagramWidget;
class CausesPanel;
class ContentWatcher;
class DiagnosticsDialog;
class EmergencyBanner;
class FileActions;
class LinkedAreasPanel;
class MechanismToolBar;
class RedFlagsPanel;
class RegionPanel;
class Session;

struct MainWindowOptions {
    /// The content folder to watch for changes; none: no reloading.
    std::optional<std::filesystem::path> contentDirectory;
    /// Restore the autosave of the last run.
    bool restoreAutosave = true;
    /// Ask for the disclaimer on first start (never blocking).
    bool askDisclaimer = true;
};

/// The explorer window: the body diagram in the centre, "Where it hurts" on the left, the
/// linked areas, likely causes, warning signs, exercises and plan on the right, the emergency
/// banner across the top and the disclaimer in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::shared_ptr<const Content> content, const report::BodyArt& art, MainWindowOptions options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    BodyDiagramWidget* diagram() const { return m_diagram; }
    RegionPanel* regionPanel() const { return m_regions; }
    /// The linked-areas panel, built now if its tab has not been shown yet.
    LinkedAreasPanel* linkedAreasPanel();
    CausesPanel* causesPanel() const { return m_causes; }
    /// The warning-signs panel, built now if its tab has not been shown yet.
    RedFlagsPanel* redFlagsPanel();
    EmergencyBanner* banner() const { return m_banner; }
    AssessmentFiles* files() const { return m_files; }
    FileActions* fileActions() const { return m_fileActions; }
    ContentWatcher* contentWatcher() const { return m_watcher; }
    /// The diagnostics of the last failed reload; nullptr before any.
    DiagnosticsDialog* diagnosticsDialog() const;
    /// Shows content problems in the diagnostics window (not modal), under `message`.
    void showContentProblems(const QString& message, const std::vector<Diagnostic>& diagnostics);
    /// Brings a panel's dock to the front: "causes", "linked", "redFlags", "exercises", "plan".
    void showPanel(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildCentre();
    void buildDocks();
    void buildMenus();
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& name, Qt::DockWidgetArea area);
    /// A dock whose panel `build` makes the first time the dock is shown, for the panels that
    /// start hidden behind another tab: start-up does not build and lay out what nobody has opened.
    QDockWidget* addDeferredPanel(std::function<QWidget*()> build, const QString& title, const QString& name,
                                  Qt::DockWidgetArea area);
    /// The panel in the dock named `name`, built first if it is deferred and not built yet.
    QWidget* panel(const QString& name);
    void buildStatusBar();
    void wireRegions();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void showReloadProblems(const std::vector<Diagnostic>& diagnostics);
    void openDisclaimer();

    Session* m_session;
    AssessmentFiles* m_files;
    FileActions* m_fileActions = nullptr;
    BodyDiagramWidget* m_diagram = nullptr;
    EmergencyBanner* m_banner = nullptr;
    MechanismToolBar* m_mechanisms = nullptr;
    RegionPanel* m_regions = nullptr;
    CausesPanel* m_causes = nullptr;
    ContentWatcher* m_watcher = nullptr;
    QPointer<DiagnosticsDialog> m_diagnostics;
    QLabel* m_disclaimer = nullptr;
    std::map<QString, QDockWidget*> m_docks;
    std::map<QString, std::function<QWidget*()>> m_builders;
};

} // namespace kinetic::gui
