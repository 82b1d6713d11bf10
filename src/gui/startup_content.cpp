#include "startup_content.hpp"

#include <kinetic/content_loader.hpp>
#include <kinetic/data_location.hpp>

#include <QCoreApplication>

namespace kinetic::gui {

namespace {

QString folderName(const std::filesystem::path& folder) {
    return QString::fromStdString(folder.string());
}

} // namespace

StartupContent loadStartupContent(const std::optional<std::filesystem::path>& requested,
                                  const std::filesystem::path& programFolder) {
    StartupContent result;
    if (requested) {
        ContentLoadResult loaded = loadContent(*requested);
        if (loaded.ok()) {
            result.content = std::make_shared<const Content>(std::move(*loaded.content));
            result.watched = requested;
            return result;
        }
        result.diagnostics = std::move(loaded.diagnostics);
    }
    const auto bundled = findBundledData(programFolder);
    ContentLoadResult fallback;
    std::error_code unknown; // a folder that cannot be compared is not the same folder
    if (bundled && !(requested && std::filesystem::equivalent(*bundled, *requested, unknown))) {
        fallback = loadContent(*bundled);
    }
    if (requested) {
        if (fallback.ok()) {
            result.content = std::make_shared<const Content>(std::move(*fallback.content));
            result.watched = requested;
            result.problem =
                QCoreApplication::translate("StartupContent", "The content in %1 has problems, so the program uses its "
                                                              "bundled content. Once these are fixed and the files "
                                                              "saved, it switches to %1:")
                    .arg(folderName(*requested));
        } else {
            result.problem =
                QCoreApplication::translate("StartupContent", "The content in %1 has problems, and there is no good "
                                                              "content to run on. The program will close.")
                    .arg(folderName(*requested));
        }
        return result;
    }
    if (!bundled) {
        result.problem = QCoreApplication::translate("StartupContent", "The content of the program cannot be found. "
                                                                       "Reinstall it, or give a content folder with "
                                                                       "--data.");
        return result;
    }
    if (!fallback.ok()) {
        result.diagnostics = std::move(fallback.diagnostics);
        result.problem = QCoreApplication::translate("StartupContent",
                                                     "The content in %1 has problems, and there is no good content "
                                                     "to run on. Reinstall the program. It will close now.")
                             .arg(folderName(*bundled));
        return result;
    }
    result.content = std::make_shared<const Content>(std::move(*fallback.content));
    result.watched = bundled;
    return result;
}

} // namespace kinetic::gui
