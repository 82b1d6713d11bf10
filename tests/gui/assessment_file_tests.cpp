#include "assessment_files.hpp"
#include "file_actions.hpp"
#include "gui_fixture.hpp"
#include "main_window.hpp"
#include "mechanism_tool_bar.hpp"
#include "message_box.hpp"
#include "session.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

void describePain(Session& session) {
    session.toggleRegion("knee_front_left");
    session.setIntensity("knee_front_left", 7);
    session.setQuality("knee_front_left", Quality::Stiffness, true);
    session.toggleRegion("lower_back");
    session.setAgeBand(AgeBand::Older);
    session.setRecentInjury(true);
    session.setAnswer("saddle_numbness", Answer::No);
    session.setNote("Worse on stairs");
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("Save, New and Open give back the same assessment", "[files]") {
    QTemporaryDir folder;
    auto window = test::makeWindow();
    Session* session = window->session();
    describePain(*session);
    const Assessment before = session->assessment();
    REQUIRE(session->isModified());

    const QString path = folder.filePath(QStringLiteral("knee.kinetic.json"));
    REQUIRE(window->fileActions()->saveFile(path));
    CHECK_FALSE(session->isModified());
    CHECK(window->files()->currentPath() == path);
    CHECK(window->windowTitle().startsWith(QStringLiteral("knee.kinetic.json")));

    window->fileActions()->newAssessment();
    CHECK(session->assessment().regions.empty());
    CHECK(window->files()->currentPath().isEmpty());

    REQUIRE(window->fileActions()->openFile(path));
    Assessment after = session->assessment();
    after.date = before.date; // A new assessment had no date; saving stamps today's.
    CHECK(after == before);
    CHECK_FALSE(session->isModified());
}

TEST_CASE("A damaged file gives a clear message and is never overwritten", "[files]") {
    const auto [bytes, what] = GENERATE(table<const char*, const char*>({
        {"{ this is not json", "not JSON"},
        {"", "empty"},
        {R"({"format": "kinetic-chain-explorer/assessment", "format_version": 99, "regions": []})", "newer version"},
        {R"({"format": "kinetic-chain-explorer/assessment", "format_version": 1, "regions": 3})", "wrong type"},
        {"[1, 2, 3]", "not an object"},
    }));
    CAPTURE(what);
    QTemporaryDir folder;
    auto window = test::makeWindow();
    Session* session = window->session();
    describePain(*session);
    const QString good = folder.filePath(QStringLiteral("good.kinetic.json"));
    REQUIRE(window->fileActions()->saveFile(good));
    const Assessment before = session->assessment();

    const QString damaged = folder.filePath(QStringLiteral("damaged.kinetic.json"));
    writeAll(damaged, QByteArray(bytes));
    const int asked = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window->fileActions()->openFile(damaged));
    CHECK(MessageBox::count() == asked + 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("damaged.kinetic.json")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("left as it is")));
    CHECK(session->assessment() == before);
    CHECK(window->files()->currentPath() == good);

    // Saving afterwards goes to the good file; the damaged one keeps its bytes.
    session->setNote("changed");
    REQUIRE(window->fileActions()->save());
    CHECK(readAll(damaged) == QByteArray(bytes));
}

TEST_CASE("The autosave is restored at the next start", "[files]") {
    {
        Session session(test::content());
        AssessmentFiles files(&session);
        describePain(session);
        REQUIRE(files.autosaveNow().isEmpty());
    }
    Session session(test::content());
    AssessmentFiles files(&session);
    CAPTURE(format(AssessmentFiles::read(AssessmentFiles::autosavePath()).diagnostics));
    REQUIRE(files.restoreAutosave());
    CHECK(session.assessment().isSelected("knee_front_left"));
    CHECK(session.assessment().note == "Worse on stairs");
    CHECK(session.isModified());
    QFile::remove(AssessmentFiles::autosavePath());
}

TEST_CASE("A damaged autosave is set aside, not read or overwritten", "[files]") {
    const QString path = AssessmentFiles::autosavePath();
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeAll(path, QByteArrayLiteral("{ damaged"));
    Session session(test::content());
    AssessmentFiles files(&session);
    CHECK_FALSE(files.restoreAutosave());
    CHECK_FALSE(QFile::exists(path));
    CHECK(readAll(path + QStringLiteral(".damaged")) == QByteArrayLiteral("{ damaged"));
    QFile::remove(path + QStringLiteral(".damaged"));
}

TEST_CASE("Writes are atomic: a failed save leaves the old file", "[files]") {
    QTemporaryDir folder;
    Session session(test::content());
    describePain(session);
    const QString missing = folder.filePath(QStringLiteral("no/such/folder/a.kinetic.json"));
    CHECK_FALSE(AssessmentFiles::write(missing, session.assessment()).isEmpty());
    CHECK_FALSE(QFile::exists(missing));
}

namespace {

/// The window started on `settingsFile` as prepared by `spoil`, with an autosave waiting: it must
/// start with default settings and the person's assessment.
void startsWithDefaultsAndTheAssessment(const std::function<void(const QString&)>& spoil) {
    {
        Session session(test::content());
        AssessmentFiles files(&session);
        describePain(session);
        REQUIRE(files.autosaveNow().isEmpty());
    }
    const QString settingsFile = QSettings().fileName();
    QSettings().sync();
    spoil(settingsFile);
    {
        MainWindowOptions options;
        options.askDisclaimer = false; // restoreAutosave stays on, as in a real start
        MainWindow window(test::content(), test::art(), options);
        window.show();
        CHECK(window.session()->assessment().isSelected("knee_front_left"));
        CHECK(window.session()->assessment().note == "Worse on stairs");
        const auto* mechanisms = window.findChild<MechanismToolBar*>();
        REQUIRE(mechanisms);
        CHECK(mechanisms->legendAction()->isChecked()); // the default
        CHECK(window.session()->linkQuery().hiddenMechanisms.empty());
        CHECK(window.size() == QSize(1440, 900));
        window.close(); // Saves the autosave and the settings (which may fail) on the way out.
    }
    const AssessmentLoadResult kept = AssessmentFiles::read(AssessmentFiles::autosavePath());
    REQUIRE(kept.assessment);
    CHECK(kept.assessment->isSelected("knee_front_left"));
    QFile::remove(AssessmentFiles::autosavePath());
    QFileInfo(settingsFile).isDir() ? QDir(settingsFile).removeRecursively() : QFile::remove(settingsFile);
}

} // namespace

TEST_CASE("Damaged settings fall back to the defaults and lose nothing of the assessment", "[files][settings]") {
    startsWithDefaultsAndTheAssessment([](const QString& settingsFile) {
        REQUIRE(QDir().mkpath(QFileInfo(settingsFile).absolutePath()));
        writeAll(settingsFile, QByteArrayLiteral("\xff\xfe\x00[window\ngeometry=@ByteArray(\xff\x01)\nstate=12\n"
                                                 "legend=@Variant(\xff\xff\xff)\nhiddenMechanisms=not_a_mechanism\n"
                                                 "[[[\n=\n\xc3(\n"));
    });
}

TEST_CASE("Settings that cannot be read or written fall back to the defaults and lose nothing", "[files][settings]") {
    // A folder where the settings file should be: it can be neither read nor written, even by
    // root (who can read a file whatever its permissions).
    startsWithDefaultsAndTheAssessment([](const QString& settingsFile) {
        QFile::remove(settingsFile);
        REQUIRE(QDir().mkpath(settingsFile));
    });
}
