#pragma once

#include <kinetic/content.hpp>
#include <kinetic/diagnostic.hpp>

#include <QString>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace kinetic::gui {

/// The content the window starts on, and what went wrong on the way to it.
struct StartupContent {
    /// Null when there is nothing good to run on: the program cannot start.
    std::shared_ptr<const Content> content;
    /// The folder to watch for changes: the one asked for with --data, even when it has problems
    /// (once they are fixed, the window switches to it), else the bundled one.
    std::optional<std::filesystem::path> watched;
    /// Empty when the content asked for loaded; else why the program runs on other content, or
    /// cannot run at all.
    QString problem;
    std::vector<Diagnostic> diagnostics;
};

/// Loads the content folder asked for (`--data`), else the bundled content found from the
/// program's folder. When the folder asked for has problems, falls back to the bundled content
/// and says so: a content author's mistake never keeps the program from starting.
StartupContent loadStartupContent(const std::optional<std::filesystem::path>& requested,
                                  const std::filesystem::path& programFolder);

} // namespace kinetic::gui
