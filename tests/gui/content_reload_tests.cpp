#include "content_watcher.hpp"
#include "diagnostics_dialog.hpp"
#include "gui_fixture.hpp"
#include "session.hpp"
#include "startup_content.hpp"

#include <kinetic/content_loader.hpp>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

QString copyContent(const QTemporaryDir& folder) {
    for (const std::string_view name : contentFiles) {
        const QString file = QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        REQUIRE(QFile::copy(QDir(QStringLiteral(KINETIC_DATA_DIR)).filePath(file), folder.filePath(file)));
    }
    return folder.path();
}

void replaceIn(const QString& path, const QByteArray& from, const QByteArray& to) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    REQUIRE(bytes.contains(from));
    bytes.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("Reloading invalid content shows the diagnostics and keeps the last good content", "[reload]") {
    QTemporaryDir folder;
    MainWindowOptions options;
    options.contentDirectory = copyContent(folder).toStdString();
    auto window = test::makeWindow(options);
    Session* session = window->session();
    session->toggleRegion("knee_front_left");
    const Content* before = &session->content();

    replaceIn(folder.filePath(QStringLiteral("regions.json")), "\"name\": \"Front of knee\"", "\"name\": 42");
    window->contentWatcher()->reloadNow();
    CHECK(&session->content() == before);
    CHECK(session->assessment().isSelected("knee_front_left"));
    REQUIRE(window->diagnosticsDialog());
    CHECK(window->diagnosticsDialog()->isVisible());
    CHECK(window->diagnosticsDialog()->text().contains(QStringLiteral("regions.json")));

    replaceIn(folder.filePath(QStringLiteral("regions.json")), "\"name\": 42", "\"name\": \"Kneecap area\"");
    window->contentWatcher()->reloadNow();
    CHECK(&session->content() != before);
    CHECK(session->content().regions.find("knee_front_left")->name == "Kneecap area");
    CHECK(session->assessment().isSelected("knee_front_left"));
    CHECK_FALSE(window->diagnosticsDialog()->isVisible());
}

TEST_CASE("A change on disk is noticed without being asked", "[reload]") {
    QTemporaryDir folder;
    ContentWatcher watcher(copyContent(folder).toStdString());
    QSignalSpy reloaded(&watcher, &ContentWatcher::contentReloaded);
    replaceIn(folder.filePath(QStringLiteral("regions.json")), "\"name\": \"Front of knee\"",
              "\"name\": \"Front of the knee\"");
    CHECK(reloaded.wait(5000));
}

TEST_CASE("Content with problems at start-up: the bundled content is used, the problems named, the folder watched",
          "[reload][startup]") {
    const QTemporaryDir folder;
    const std::filesystem::path requested = copyContent(folder).toStdString();
    replaceIn(folder.filePath(QStringLiteral("links.json")), "\"mechanism\": \"local_spread\"",
              "\"mechanism\": \"local_sprede\"");
    const std::vector<Diagnostic> expected = loadContent(requested).diagnostics;
    REQUIRE_FALSE(expected.empty());

    const StartupContent startup = loadStartupContent(requested, QCoreApplication::applicationDirPath().toStdString());
    REQUIRE(startup.content);
    CHECK(startup.content->regions.size() == test::content()->regions.size());
    CHECK(startup.watched == requested);
    CHECK(startup.diagnostics == expected);
    CHECK(startup.problem.contains(folder.path()));
    CHECK(startup.problem.contains(QStringLiteral("bundled content")));

    // The window starts on it, shows the problems without blocking, and switches to the folder
    // asked for once it is fixed.
    MainWindowOptions options;
    options.contentDirectory = startup.watched;
    options.restoreAutosave = false;
    options.askDisclaimer = false;
    MainWindow window(startup.content, test::art(), options);
    window.show();
    window.showContentProblems(startup.problem, startup.diagnostics);
    REQUIRE(window.diagnosticsDialog());
    CHECK(window.diagnosticsDialog()->isVisible());
    CHECK_FALSE(window.diagnosticsDialog()->isModal());
    window.session()->toggleRegion("knee_front_left");

    QSignalSpy reloaded(window.contentWatcher(), &ContentWatcher::contentReloaded);
    replaceIn(folder.filePath(QStringLiteral("links.json")), "\"mechanism\": \"local_sprede\"",
              "\"mechanism\": \"local_spread\"");
    REQUIRE(reloaded.wait(5000));
    CHECK(window.session()->assessment().isSelected("knee_front_left"));
    CHECK(&window.session()->content() != startup.content.get());
}

TEST_CASE("Good content asked for at start-up is used as it is", "[startup]") {
    const StartupContent startup = loadStartupContent(std::filesystem::path(KINETIC_DATA_DIR),
                                                      QCoreApplication::applicationDirPath().toStdString());
    REQUIRE(startup.content);
    CHECK(startup.problem.isEmpty());
    CHECK(startup.diagnostics.empty());
    CHECK(startup.watched == std::filesystem::path(KINETIC_DATA_DIR));
}
