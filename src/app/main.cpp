// kinetic-explorer: argument parsing and wiring only; everything else lives in kinetic_gui.

#include "body_diagram_widget.hpp"
#include "diagnostics_dialog.hpp"
#include "file_actions.hpp"
#include "main_window.hpp"
#include "startup_content.hpp"

#include <kinetic/diagnostic.hpp>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <future>
#include <memory>
#include <optional>
#include <string_view>

namespace {

struct Options {
    std::optional<std::filesystem::path> data;
    QString file; ///< An assessment to open; empty: restore the last one.
    bool exitAfterFirstFrame = false;
};

void setUpLogging(const QString& level) {
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    std::vector<spdlog::sink_ptr> sinks{console};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QDir().mkpath(folder)) {
        try {
            const std::string file = QDir(folder).filePath(QStringLiteral("kinetic-explorer.log")).toStdString();
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex& error) {
            std::fprintf(stderr, "kinetic-explorer: no log file: %s\n", error.what());
        }
    }
    auto logger = std::make_shared<spdlog::logger>("kinetic", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::from_str(level.toStdString()));
    spdlog::set_default_logger(logger);
}

Options parseArguments(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "See how back, hip and knee pain can be linked, which causes often fit, and what helps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), QApplication::translate("main", "Read the content from DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption exitAfterFirstFrame(
        QStringLiteral("exit-after-first-frame"),
        QApplication::translate("main", "Exit once the window and its body diagram have been drawn (for timing)."));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        QApplication::translate("main", "How much to log: trace, debug, info, warn, error, critical or off."),
        QStringLiteral("LEVEL"), QStringLiteral("info"));
    parser.addOptions({data, exitAfterFirstFrame, logLevel});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "An assessment (*.kinetic.json) to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        parser.showHelp(1);
    }
    setUpLogging(parser.value(logLevel));
    Options options;
    if (parser.isSet(data)) {
        options.data = std::filesystem::path(parser.value(data).toStdString());
    }
    options.exitAfterFirstFrame = parser.isSet(exitAfterFirstFrame);
    options.file = parser.positionalArguments().value(0);
    return options;
}

/// Shows why there is no content to run on, and returns the exit code for content errors.
int failForContent(const QString& message, const std::vector<kinetic::Diagnostic>& diagnostics, bool interactive) {
    spdlog::critical("{}\n{}", message.toStdString(), kinetic::format(diagnostics));
    if (interactive) {
        kinetic::gui::DiagnosticsDialog dialog;
        dialog.setDiagnostics(message, diagnostics);
        dialog.exec();
    }
    return 2;
}

/// The names settings and the log folder are kept under: never translated.
void setIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("Kinetic Chain Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kinetic Chain Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINETIC_VERSION));
}

/// Loads the translation `name` for `locale`'s languages from `folder` and installs it; nullptr
/// when there is none.
const QTranslator* installTranslation(QCoreApplication& app, const QLocale& locale, const QString& name,
                                      const QString& folder) {
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    translator->deleteLater();
    return nullptr;
}

/// The program's words in the system's language when they have been translated into it (built
/// in, see translations/), then Qt's own for its standard buttons and dialogs in that same
/// language (Debian's qt6-translations-l10n), so a dialog never mixes two languages. No
/// translation (English needs none) is not an error: the words stay as written.
void installTranslations(QCoreApplication& app) {
    const QTranslator* own =
        installTranslation(app, QLocale::system(), QStringLiteral("kinetic-explorer"), QStringLiteral(":/i18n"));
    if (own) {
        installTranslation(app, QLocale(own->language()), QStringLiteral("qtbase"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

/// How the desktop knows the window: the launcher (org.kineticchain.Explorer.desktop, which is
/// also the Wayland app id) and the icon, from the icon theme when installed, else built in.
void setDesktopIdentity() {
    const QString appId = QStringLiteral("org.kineticchain.Explorer");
    QGuiApplication::setDesktopFileName(appId);
    QApplication::setWindowIcon(
        QIcon::fromTheme(appId, QIcon(QStringLiteral(":/icons/hicolor/scalable/apps/%1.svg").arg(appId))));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Kinetic Chain Explorer"));
}

/// One view of the body art, or why it cannot be read.
struct ViewReading {
    std::optional<kinetic::report::BodyViewArt> art;
    std::string error;
};

ViewReading readView(kinetic::View view) {
    ViewReading reading;
    reading.art = kinetic::report::BodyArt::readView(view, reading.error);
    return reading;
}

/// Start-up's work that needs neither the content nor the main thread, done beside the content
/// load: filling Qt's font database (fontconfig's configuration and font list), which the first
/// text the window measures would otherwise wait for, and reading the front view of the body
/// art. The main thread reads the back view after the content, so that the two threads have
/// about as much to do (two cores). The font database is shared by all threads and its
/// functions are thread-safe.
ViewReading readFontsAndFrontArt() {
    QFontDatabase::families();
    return readView(kinetic::View::Front);
}

/// --help and --version answer without a display, as on a server or in a package check.
bool onlyAsksForInformation(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        installTranslations(core);
        parseArguments(core); // Prints and exits.
    }
    QElapsedTimer clock; // start-up phases, logged at debug level (--log-level debug)
    clock.start();
    QApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    setDesktopIdentity();
    const Options options = parseArguments(app);
    const bool interactive = !options.exitAfterFirstFrame;

    auto fontsAndFront = std::async(std::launch::async, readFontsAndFrontArt);
    kinetic::gui::StartupContent startup =
        kinetic::gui::loadStartupContent(options.data, QCoreApplication::applicationDirPath().toStdString());
    if (!startup.content) {
        return failForContent(startup.problem, startup.diagnostics, interactive);
    }
    if (!startup.problem.isEmpty()) {
        spdlog::warn("{}\n{}", startup.problem.toStdString(), kinetic::format(startup.diagnostics));
    }
    spdlog::debug("start-up: content loaded at {} ms", clock.elapsed());
    ViewReading back = readView(kinetic::View::Back);
    ViewReading front = fontsAndFront.get();
    for (const ViewReading* view : {&front, &back}) {
        if (!view->art) {
            spdlog::critical("the body diagram art cannot be read: {}", view->error);
            return 1;
        }
    }
    const auto art = kinetic::report::BodyArt::fromViews(std::move(*front.art), std::move(*back.art));
    spdlog::debug("start-up: body art and fonts read at {} ms", clock.elapsed());
    kinetic::gui::MainWindowOptions windowOptions;
    windowOptions.contentDirectory = startup.watched;
    kinetic::gui::MainWindow window(startup.content, art, windowOptions);
    spdlog::debug("start-up: window built at {} ms", clock.elapsed());
    QObject::connect(window.diagram(), &kinetic::gui::BodyDiagramWidget::firstFramePainted, &app,
                     [&clock, quitAfter = options.exitAfterFirstFrame] {
                         spdlog::debug("start-up: first frame painted at {} ms", clock.elapsed());
                         if (quitAfter) {
                             // For kinetic-bench-run, which started the clock: the same clock in
                             // every process, so start-up is measured to this frame, not to exit.
                             // Whole nanoseconds: no decimal separator for the locale to change.
                             const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch());
                             std::printf("first frame painted at %lld ns (monotonic clock)\n",
                                         static_cast<long long>(now.count()));
                             std::fflush(stdout);
                             QTimer::singleShot(0, qApp, &QCoreApplication::quit);
                         }
                     });
    window.show();
    if (!startup.problem.isEmpty()) {
        window.showContentProblems(startup.problem, startup.diagnostics);
    }
    if (!options.file.isEmpty()) {
        window.fileActions()->openFile(options.file);
    }
    return QApplication::exec();
}
