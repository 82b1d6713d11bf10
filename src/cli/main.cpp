// kinetic: the command line of Kinetic Chain Explorer. Argument parsing and wiring only.
#include "cli_options.hpp"
#include "commands.hpp"

#include <kinetic/content_loader.hpp>
#include <kinetic/data_location.hpp>

#include <QGuiApplication>

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <iostream>

namespace {

using namespace kinetic;
using namespace kinetic::cli;

std::filesystem::path dataDirectory(const CliOptions& options) {
    if (options.command == "validate" && !options.arguments.empty()) {
        return options.arguments.front();
    }
    if (options.dataDir) {
        return *options.dataDir;
    }
    if (const auto bundled = findBundledData(QCoreApplication::applicationDirPath().toStdString())) {
        return *bundled;
    }
    throw UsageError("cannot find the bundled content; give it with --data DIR");
}

int run(const CliOptions& options) {
    spdlog::set_level(spdlog::level::from_str(options.logLevel));
    const std::filesystem::path directory = dataDirectory(options);
    if (options.command == "validate") {
        return runValidate(directory, options);
    }
    const ContentLoadResult loaded = loadContent(directory);
    if (!loaded.ok()) {
        std::cerr << format(loaded.diagnostics) << "kinetic: the content in " << directory.string()
                  << " has errors (see above); run 'kinetic validate " << directory.string() << "'\n";
        return ContentErrors;
    }
    const Content& content = *loaded.content;
    if (options.command == "regions") {
        return runRegions(content, options);
    }
    if (options.command == "links") {
        return runLinks(content, options);
    }
    if (options.command == "causes") {
        return runCauses(content, options);
    }
    if (options.command == "exercises") {
        return runExercises(content, options);
    }
    if (options.command == "red-flags") {
        return runRedFlags(content, options);
    }
    if (options.command == "summary") {
        return runSummary(content, options);
    }
    throw UsageError("unknown command \"" + options.command + "\"");
}

/// Qt's own messages (such as the offscreen platform's notes) go to the log, not the terminal.
void routeQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    const auto level = type == QtFatalMsg      ? spdlog::level::critical
                       : type == QtCriticalMsg ? spdlog::level::err
                       : type == QtWarningMsg  ? spdlog::level::debug
                                               : spdlog::level::trace;
    spdlog::log(level, "Qt: {}", message.toStdString());
}

} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(routeQtMessages);
    // PDFs are drawn with Qt Gui; the offscreen platform needs no display.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kinetic"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kinetic Chain Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINETIC_VERSION));
    try {
        return run(parseOptions(app));
    } catch (const UsageError& error) {
        std::cerr << "kinetic: " << error.what() << "\nTry 'kinetic --help'.\n";
        return Usage;
    } catch (const UnknownIdError& error) {
        std::cerr << "kinetic: " << error.what() << '\n';
        return UnknownId;
    }
}
