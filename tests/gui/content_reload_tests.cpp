#include "content_watcher.hpp"
#include "diagnostics_dialog.hpp"
#include "gui_fixture.hpp"
#include "session.hpp"

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
