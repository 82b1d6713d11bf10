// Headless GUI tests: an offscreen QApplication; settings, logs and the autosave in a folder of
// this run only (never the user's, and never shared with a test running beside it); message
// boxes answered without being shown.
#define CATCH_CONFIG_RUNNER
#include "message_box.hpp"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    const QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.path()));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kinetic Chain Explorer Tests"));
    QApplication::setApplicationName(QStringLiteral("kinetic-gui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    kinetic::gui::MessageBox::setAutoAnswer(true);
    return Catch::Session().run(argc, argv);
}
