#pragma once

#include <kinetic/content.hpp>
#include <kinetic/diagnostic.hpp>

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <filesystem>
#include <memory>
#include <vector>

namespace kinetic::gui {

/// Watches the content folder and reloads it when a file changes. Valid content is handed on;
/// invalid content is reported with its diagnostics and dropped, so the program keeps running
/// on its last good content. Changes are gathered for a moment, since editors save in steps.
class ContentWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentWatcher)

public:
    explicit ContentWatcher(std::filesystem::path directory, QObject* parent = nullptr);

    const std::filesystem::path& directory() const { return m_directory; }
    /// Reloads at once, as a change on disk would.
    void reloadNow();

signals:
    void contentReloaded(std::shared_ptr<const kinetic::Content> content);
    void reloadFailed(const std::vector<kinetic::Diagnostic>& diagnostics);

private:
    void watch();

    std::filesystem::path m_directory;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace kinetic::gui
