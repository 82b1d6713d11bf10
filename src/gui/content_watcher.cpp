#include "content_watcher.hpp"

#include <kinetic/content_loader.hpp>

#include <QString>
#include <QStringList>

#include <spdlog/spdlog.h>

namespace kinetic::gui {

namespace {

constexpr int settleMs = 300;

QString toQString(const std::filesystem::path& path) {
    return QString::fromStdString(path.string());
}

} // namespace

ContentWatcher::ContentWatcher(std::filesystem::path directory, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(settleMs);
    connect(&m_debounce, &QTimer::timeout, this, &ContentWatcher::reloadNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    watch();
}

void ContentWatcher::watch() {
    // Editors that save by renaming drop the file from the watch list: add it back each time.
    QStringList paths{toQString(m_directory)};
    for (const std::string_view file : contentFiles) {
        paths << toQString(m_directory / file);
    }
    for (const QString& path : paths) {
        if (!m_watcher.files().contains(path) && !m_watcher.directories().contains(path)) {
            m_watcher.addPath(path);
        }
    }
}

void ContentWatcher::reloadNow() {
    m_debounce.stop();
    watch();
    ContentLoadResult result = loadContent(m_directory);
    if (!result.ok()) {
        spdlog::warn("content in {} is not valid; keeping the last good content:\n{}", m_directory.string(),
                     format(result.diagnostics));
        emit reloadFailed(result.diagnostics);
        return;
    }
    spdlog::info("content reloaded from {}", m_directory.string());
    emit contentReloaded(std::make_shared<const Content>(std::move(*result.content)));
}

} // namespace kinetic::gui
