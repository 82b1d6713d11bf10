// Bad input and faults: files that are huge, missing or not files at all; saves killed midway;
// damaged and future assessment files; markup in content and notes. See docs/reliability.md.
#include "diagnostic_sink.hpp"
#include "fixtures.hpp"

#include <kinetic/assessment_io.hpp>
#include <kinetic/content_loader.hpp>
#include <kinetic/summary.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <random>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kinetic;
using namespace kinetic::test;

namespace {

/// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "kinetic-robustness-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// A copy of the minimal fixture set in a temporary folder, to break one file of.
class ContentCopy : public TempDir {
public:
    ContentCopy() { std::filesystem::copy(fixtureDir / "minimal", path(), std::filesystem::copy_options::recursive); }

    std::filesystem::path file(std::string_view name) const { return path() / name; }
    void replace(std::string_view name) const { std::filesystem::remove(file(name)); }
};

void writeText(const std::filesystem::path& path, std::string_view text) {
    std::ofstream stream(path, std::ios::binary);
    stream.write(text.data(), static_cast<std::streamsize>(text.size()));
    REQUIRE(stream.good());
}

std::vector<std::string> formatted(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics) {
        lines.push_back(format(d));
    }
    return lines;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("A content file just over the size limit is refused without being read") {
    const ContentCopy content;
    content.replace("regions.json");
    // Sparse: no disk space and no time, however large the limit.
    writeText(content.file("regions.json"), "");
    std::filesystem::resize_file(content.file("regions.json"), maxContentFileBytes + 1);
    const ContentLoadResult result = loadContent(content.path());
    REQUIRE_FALSE(result.ok());
    CHECK(formatted(result.diagnostics) == Lines{"regions.json: the file is too large (9 MiB; the limit is 8 MiB)"});
}

TEST_CASE("A large file with a problem in every item is reported quickly, and only its first problems listed") {
    auto files = readFolder(fixtureDir / "minimal");
    constexpr int items = 200'000;
    std::string text = "{\"schema_version\": 1, \"items\": [0";
    for (int i = 1; i < items; ++i) {
        text += ",\n0";
    }
    text += "]}";
    files["regions.json"] = text;
    const auto start = std::chrono::steady_clock::now();
    const ContentLoadResult result = loadContentFromTexts(files);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE_FALSE(result.ok());
    const Lines lines = formatted(result.diagnostics);
    REQUIRE(lines.size() == 101);
    CHECK(lines.front() == "regions.json:1:33: /items/0: must be an object, got a number");
    CHECK(lines[99] == "regions.json:100:1: /items/99: must be an object, got a number");
    CHECK(lines.back() == "regions.json: too many problems: only the first 100 are listed");
    // Locating each problem used to scan the text from its start: minutes for this file. Now it
    // takes well under a second (a few under sanitizers); the bound only catches a relapse.
    CHECK(seconds < 60.0);
}

TEST_CASE("A large valid file loads, and positions in it stay exact") {
    auto files = readFolder(fixtureDir / "minimal");
    std::string& regions = files["regions.json"];
    const std::string longText(2U * 1024U * 1024U, 'x');
    regions.replace(regions.find("Lower back area."), 16, longText);
    regions.insert(regions.rfind(']'), std::string(1024U * 1024U, '\n'));
    const ContentLoadResult result = loadContentFromTexts(files);
    INFO(format(result.diagnostics));
    REQUIRE(result.ok());
    CHECK(result.content->regions.find("lower_back")->description.size() == longText.size());

    files["regions.json"].replace(regions.rfind("\"group\": \"knee\""), 15, "\"group\": \"arm\"");
    CHECK(
        formatted(loadContentFromTexts(files).diagnostics) ==
        Lines{
            R"(regions.json:36:7: /items/2/group: must be one of spine, pelvis, hip, thigh, knee, leg, foot or other, got "arm")"});
}

TEST_CASE("Only the first problems of a file are listed, and warnings alone still load") {
    auto files = readFolder(fixtureDir / "minimal");
    std::string& sources = files["sources.json"];
    std::string unused;
    for (int i = 0; i < 120; ++i) {
        unused += R"({"id": "unused_)" + std::to_string(i) +
                  R"(", "key": "U", "kind": "study", "citation": "A study.", "url": "https://example.org"},)";
    }
    sources.insert(sources.find('[') + 1, unused);
    const ContentLoadResult result = loadContentFromTexts(files);
    CHECK(result.ok());
    REQUIRE(result.diagnostics.size() == 101);
    CHECK(format(result.diagnostics.front()) ==
          R"(sources.json:3:13: warning: /items/0: source "unused_0" is not cited by anything)");
    CHECK(format(result.diagnostics.back()) ==
          "sources.json: warning: too many problems: only the first 100 are listed");
}

TEST_CASE("An error past the listing limit still counts, and turns the note into an error") {
    std::vector<Diagnostic> out;
    detail::DiagnosticSink sink("x.json", out);
    for (std::size_t i = 0; i < detail::DiagnosticSink::maxListed; ++i) {
        CHECK(sink.warning("/items/" + std::to_string(i), "unused"));
    }
    CHECK_FALSE(sink.warning("/items/100", "unused"));
    REQUIRE(out.size() == detail::DiagnosticSink::maxListed + 1);
    CHECK(out.back().severity == Severity::Warning);
    CHECK_FALSE(sink.error("/items/101", "broken"));
    CHECK_FALSE(sink.warning("/items/102", "unused"));
    CHECK(out.size() == detail::DiagnosticSink::maxListed + 1);
    CHECK(out.back().severity == Severity::Error);
    CHECK(sink.errorCount() == 1);
}

TEST_CASE("A missing content file is named when loading from a folder") {
    const ContentCopy content;
    content.replace("links.json");
    const ContentLoadResult result = loadContent(content.path());
    REQUIRE_FALSE(result.ok());
    CHECK(formatted(result.diagnostics) == Lines{"links.json: the file is missing"});
}

TEST_CASE("Content files that cannot be read as files are named, and nothing blocks") {
    const ContentCopy content;
    SECTION("a dangling symbolic link") {
        content.replace("sources.json");
        std::filesystem::create_symlink(content.path() / "gone.json", content.file("sources.json"));
        CHECK(formatted(loadContent(content.path()).diagnostics) ==
              Lines{"sources.json: is a link to a file that does not exist"});
    }
    SECTION("a named pipe, which would block a reader forever") {
        content.replace("links.json");
        REQUIRE(::mkfifo(content.file("links.json").c_str(), 0644) == 0);
        CHECK(formatted(loadContent(content.path()).diagnostics) ==
              Lines{"links.json: is not a regular file (a pipe or a device, say)"});
    }
    SECTION("a link to a device that never ends") {
        content.replace("advice.json");
        std::filesystem::create_symlink("/dev/zero", content.file("advice.json"));
        CHECK(formatted(loadContent(content.path()).diagnostics) ==
              Lines{"advice.json: is not a regular file (a pipe or a device, say)"});
    }
    SECTION("a folder (tests run as root, so permissions cannot make a file unreadable)") {
        content.replace("manifest.json");
        std::filesystem::create_directory(content.file("manifest.json"));
        CHECK(formatted(loadContent(content.path()).diagnostics) == Lines{"manifest.json: is a folder, not a file"});
    }
    SECTION("a missing content folder names every file") {
        const ContentLoadResult result = loadContent(content.path() / "nowhere");
        REQUIRE(result.diagnostics.size() == contentFiles.size());
        CHECK(format(result.diagnostics.front()) == "manifest.json: the file is missing");
    }
}

TEST_CASE("Content with a byte-order mark loads") {
    auto files = readFolder(fixtureDir / "minimal");
    files["links.json"] = "\xEF\xBB\xBF" + files["links.json"];
    const ContentLoadResult result = loadContentFromTexts(files);
    INFO(format(result.diagnostics));
    CHECK(result.ok());
}

namespace {

/// A valid assessment whose note makes the file `noteBytes` long or so.
std::string savedAssessment(char fill, std::size_t noteBytes) {
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.regions = {painAt("knee_front_left", fill == 'o' ? 3 : 8, {Quality::Ache})};
    assessment.answers = {{"locked_knee", fill == 'o' ? Answer::No : Answer::Yes}};
    assessment.plan = {PlanItem{"clamshell", std::nullopt}};
    assessment.note = std::string(noteBytes, fill);
    assessment.date = "2026-11-21";
    return serializeAssessment(assessment);
}

int temporaryFilesBeside(const std::filesystem::path& path) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(path.parent_path())) {
        count += entry.path() != path ? 1 : 0;
    }
    return count;
}

/// Saves `first` then `second`, alternately, until killed; says on `ready` after the first save.
[[noreturn]] void saveForever(const std::filesystem::path& path, const std::string& first, const std::string& second,
                              int ready) {
    for (unsigned n = 0;; ++n) {
        writeFileAtomically(path, n % 2 == 0 ? first : second);
        if (n == 0) {
            const char byte = 'x';
            [[maybe_unused]] const auto ignored = ::write(ready, &byte, 1);
            ::close(ready);
        }
    }
}

} // namespace

TEST_CASE("A save killed at any moment leaves the old or the new file, whole and readable") {
    const TempDir dir;
    const auto path = dir.path() / "mine.kinetic.json";
    // The old file is the longer one, so a new file written over it in place would show a tail.
    const std::string older = savedAssessment('o', 64U * 1024U);
    const std::string newer = savedAssessment('n', 4U * 1024U);
    REQUIRE(writeFileAtomically(path, older).empty());

    std::mt19937 random(20261121); // seeded: the same moments on every run
    std::uniform_int_distribution<int> pause(0, 2000);
    constexpr int iterations = 200;
    int wrong = 0;
    int unreadable = 0;
    int sawOld = 0;
    int sawNew = 0;
    for (int i = 0; i < iterations; ++i) {
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(ready[0]);
            saveForever(path, i % 2 == 0 ? newer : older, i % 2 == 0 ? older : newer, ready[1]);
        }
        ::close(ready[1]);
        char byte = 0;
        REQUIRE(::read(ready[0], &byte, 1) == 1); // the child is in its loop of saves
        ::close(ready[0]);
        ::usleep(static_cast<useconds_t>(pause(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFSIGNALED(status));

        const std::string now = readText(path);
        wrong += (now != older && now != newer) ? 1 : 0;
        unreadable += parseAssessment(now).assessment ? 0 : 1;
        sawOld += now == older ? 1 : 0;
        sawNew += now == newer ? 1 : 0;
    }
    const int interrupted = temporaryFilesBeside(path);
    INFO(sawOld << " old, " << sawNew << " new, " << interrupted << " saves cut off before their rename");
    CHECK(wrong == 0);
    CHECK(unreadable == 0);
    CHECK(sawOld > 0);
    CHECK(sawNew > 0);
    // Kills that land before the rename leave the temporary file behind (as QSaveFile does);
    // that many did shows the test killed saves in their middle, not only between them.
    CHECK(interrupted > 0);
}

TEST_CASE("Saving over a file keeps its permissions, so a private file stays private") {
    const TempDir dir;
    const auto path = dir.path() / "private.kinetic.json";
    REQUIRE(writeFileAtomically(path, savedAssessment('o', 10)).empty());
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    REQUIRE(writeFileAtomically(path, savedAssessment('n', 10)).empty());
    CHECK(std::filesystem::status(path).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    CHECK(readText(path) == savedAssessment('n', 10));
}

namespace {

struct UntouchedCase {
    std::string name;
    std::string bytes;
    std::string diagnostic;
};

} // namespace

TEST_CASE("Damaged, foreign and future assessment files give a clear message and are left untouched") {
    const std::string good = savedAssessment('n', 10);
    std::string future = good;
    future.replace(future.find("\"format_version\": 1"), 19, "\"format_version\": 2");
    std::string notUtf8 = good;
    notUtf8.replace(notUtf8.find("nnnnnnnnnn"), 10, "caf\xE9 \xFF\xFE");
    const std::vector<UntouchedCase> cases = {
        {"cut-off.kinetic.json", good.substr(0, 200),
         "cut-off.kinetic.json:10:5: the file is damaged (not valid JSON): syntax error while parsing object key - "
         "invalid string: missing closing quote; last read: '\"p'; expected string literal"},
        {"future.kinetic.json", future,
         "future.kinetic.json:8:3: /format_version: the file was saved by a newer version of Kinetic Chain Explorer "
         "(format 2); this version reads format 1. Please update the program."},
        {"foreign.kinetic.json", R"({"type": "FeatureCollection", "features": []})",
         "foreign.kinetic.json:1:1: /format: this is not a Kinetic Chain Explorer assessment"},
        {"not-utf8.kinetic.json", notUtf8,
         "not-utf8.kinetic.json:9:16: the file is damaged (not valid JSON): syntax error while parsing value - "
         "invalid string: ill-formed UTF-8 byte; last read: '\"caf? '"},
        {"empty.kinetic.json", "",
         "empty.kinetic.json:1:1: the file is damaged (not valid JSON): syntax error while parsing value - "
         "unexpected end of input; expected '[', '{', or a literal"},
        {"list.kinetic.json", "[1, 2, 3]", "list.kinetic.json:1:1: must be a JSON object"},
        {"overflow.kinetic.json", R"({"format": "kinetic-chain-explorer/assessment", "format_version": 1e400})",
         "overflow.kinetic.json: the file is damaged (not valid JSON): number overflow parsing '1e400'"},
    };
    const TempDir dir;
    for (const UntouchedCase& c : cases) {
        INFO(c.name);
        const auto path = dir.path() / c.name;
        writeText(path, c.bytes);
        const auto modified = std::filesystem::last_write_time(path);
        const AssessmentLoadResult result = loadAssessment(path);
        CHECK_FALSE(result.assessment);
        CHECK(formatted(result.diagnostics) == Lines{c.diagnostic});
        CHECK(readText(path) == c.bytes);
        CHECK(std::filesystem::last_write_time(path) == modified);
        // Whatever the file held, the message can be written as JSON (the CLI's --json output).
        CHECK_NOTHROW(nlohmann::json(result.diagnostics.front().message).dump());
    }
    // Reading made no backup, temporary or replacement file.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator{}) ==
          static_cast<std::ptrdiff_t>(cases.size()));
}

TEST_CASE("Assessment files that are too large or not files are refused without blocking") {
    const TempDir dir;
    const auto large = dir.path() / "large.kinetic.json";
    writeText(large, "");
    std::filesystem::resize_file(large, maxAssessmentBytes + 1);
    CHECK(formatted(loadAssessment(large).diagnostics) ==
          Lines{"large.kinetic.json: is too large to be an assessment"});
    CHECK(std::filesystem::file_size(large) == maxAssessmentBytes + 1);

    const auto pipe = dir.path() / "pipe.kinetic.json";
    REQUIRE(::mkfifo(pipe.c_str(), 0644) == 0);
    const AssessmentLoadResult fromPipe = loadAssessment(pipe);
    CHECK_FALSE(fromPipe.assessment);
    REQUIRE(fromPipe.diagnostics.size() == 1);
    CHECK(fromPipe.diagnostics.front().message.find("cannot be opened") == 0);

    CHECK(formatted(loadAssessment(dir.path() / "gone.kinetic.json").diagnostics) ==
          Lines{"gone.kinetic.json: cannot be opened: No such file or directory"});
}

namespace {

const std::string image = "<img src=file:///etc/passwd>";
const std::string script = "<a href=javascript:alert(1)>click</a>";
const std::string entity = "&amp;lt;3 &lt;b&gt;";

/// The minimal content with markup in names, summaries, steps and advice.
Content contentWithMarkup() {
    auto files = readFolder(fixtureDir / "minimal");
    const auto put = [&](const std::string& file, const std::string& from, const std::string& to) {
        std::string& text = files[file];
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
            text.replace(at, from.size(), to);
        }
    };
    put("regions.json", "\"Front of knee\"", "\"Front of knee " + image + "\"");
    put("conditions.json", "\"Knee pain\"", "\"Knee pain " + entity + "\"");
    put("conditions.json", "\"A summary.\"", "\"A summary " + script + "\"");
    put("exercises.json", "\"Quad set\"", "\"Quad set " + entity + "\"");
    put("exercises.json", "\"Sit.\"", "\"Sit. <script>alert(1)</script>\"");
    put("advice.json", "\"Keep moving\"", "\"Keep moving " + entity + "\"");
    put("advice.json", "\"Stay active.\"", "\"Stay active. " + image + "\"");
    ContentLoadResult result = loadContentFromTexts(files);
    INFO(format(result.diagnostics));
    REQUIRE(result.ok());
    return std::move(*result.content);
}

} // namespace

TEST_CASE("Markup and entities in content and notes appear literally in the text and JSON summaries") {
    const Content content = contentWithMarkup();
    Assessment assessment;
    assessment.regions = {painAt("knee_front_left", 6, {Quality::Ache})};
    assessment.plan = {PlanItem{"quad_set", std::nullopt}};
    assessment.note = image + " " + script + " " + entity;
    const Summary summary = buildSummary(content, assessment);

    const std::string text = renderSummaryText(summary);
    for (const std::string& literal :
         {image, script, entity, std::string("<script>alert(1)</script>"), "Front of knee " + image + ", left"}) {
        INFO(literal);
        CHECK(text.find(literal) != std::string::npos);
    }

    const nlohmann::json json = summaryToJson(summary);
    CHECK(json["note"] == assessment.note);
    // JSON escapes only quotes, backslashes and control characters: the markup stays as it was.
    const std::string dumped = json.dump();
    for (const std::string& literal : {image, script, entity}) {
        INFO(literal);
        CHECK(dumped.find(literal) != std::string::npos);
    }
    CHECK(dumped.find("&amp;amp;") == std::string::npos); // nothing was escaped twice
    CHECK(dumped.find("&lt;img") == std::string::npos);   // nor once
}

TEST_CASE("Markup in a note survives saving and reading the assessment unchanged") {
    Assessment assessment;
    assessment.note = image + "\n" + script + "\n" + entity + " \"quoted\" \\ back";
    const AssessmentLoadResult loaded = parseAssessment(serializeAssessment(assessment));
    REQUIRE(loaded.assessment);
    CHECK(loaded.assessment->note == assessment.note);
}
