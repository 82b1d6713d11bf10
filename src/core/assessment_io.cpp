#include "json_scan.hpp"
#include "object_reader.hpp"
#include "quick_json.hpp"

#include <kinetic/assessment_io.hpp>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace kinetic {

namespace {

constexpr std::string_view formatName = "kinetic-chain-explorer/assessment";

using detail::JsonValue;
using detail::ObjectReader;

nlohmann::json dosageToJson(const Dosage& dosage) {
    nlohmann::json json = {{"sets", dosage.sets}, {"days_per_week", dosage.daysPerWeek}};
    if (dosage.reps) {
        json["reps"] = *dosage.reps;
    }
    if (dosage.holdSeconds) {
        json["hold_seconds"] = *dosage.holdSeconds;
    }
    if (dosage.minutes) {
        json["minutes"] = *dosage.minutes;
    }
    if (!dosage.note.empty()) {
        json["note"] = dosage.note;
    }
    return json;
}

Dosage readDosage(ObjectReader& reader) {
    Dosage dosage;
    dosage.sets = reader.wholeNumber("sets", 1, 100);
    dosage.reps = reader.optionalWholeNumber("reps", 1, 1000);
    dosage.holdSeconds = reader.optionalWholeNumber("hold_seconds", 1, 3600);
    dosage.minutes = reader.optionalWholeNumber("minutes", 1, 600);
    dosage.daysPerWeek = reader.wholeNumber("days_per_week", 1, 7);
    dosage.note = reader.optionalText("note");
    return dosage;
}

void readRegions(ObjectReader& root, Assessment& assessment) {
    root.forEachObject("regions", 0, [&](ObjectReader& item) {
        SelectedRegion region;
        region.region = item.id("region");
        region.intensity = item.wholeNumber("intensity", 0, 10);
        region.qualities = item.choices<Quality>("qualities");
        assessment.regions.push_back(std::move(region));
    });
}

void readAnswers(ObjectReader& root, JsonValue document, Assessment& assessment) {
    root.skip("red_flag_answers");
    const JsonValue answers = document.find("red_flag_answers");
    if (!answers.exists()) {
        return;
    }
    if (!answers.isObject()) {
        root.sink().error("/red_flag_answers", "must be an object, got " + ObjectReader::typeName(answers));
        return;
    }
    answers.forEachMember([&](std::string_view flag, JsonValue answer) {
        std::string pointer = "/red_flag_answers";
        detail::appendPointerToken(pointer, flag);
        if (const auto parsed = root.parseChoice<Answer>(answer, pointer); parsed && detail::isValidId(flag)) {
            assessment.answers[std::string(flag)] = *parsed;
        } else if (parsed) {
            root.sink().error(pointer, "is not a red-flag id");
        }
    });
}

void readPlan(ObjectReader& root, Assessment& assessment) {
    root.forEachObject("plan", 0, [&](ObjectReader& item) {
        PlanItem plan;
        plan.exercise = item.id("exercise");
        if (!item.isNull("dosage")) {
            ObjectReader dosage = item.object("dosage");
            if (dosage.valid()) {
                plan.dosage = readDosage(dosage);
            }
            dosage.finish();
        } else {
            item.skip("dosage");
        }
        assessment.plan.push_back(std::move(plan));
    });
}

Assessment readAssessment(ObjectReader& root, JsonValue document) {
    Assessment assessment;
    // An assessment that was never dated is saved with an empty date: it must read back as such.
    if (const JsonValue date = document.find("date"); date.isString() && date.string().empty()) {
        root.skip("date");
    } else {
        assessment.date = root.optionalText("date");
    }
    ObjectReader about = root.object("about_you");
    if (about.valid()) {
        if (!about.isNull("age_band")) {
            assessment.ageBand = about.choice<AgeBand>("age_band");
        } else {
            about.skip("age_band");
        }
        assessment.recentInjury = about.boolean("recent_injury");
    }
    about.finish();
    readRegions(root, assessment);
    readAnswers(root, document, assessment);
    readPlan(root, assessment);
    if (root.has("note")) {
        const JsonValue note = document.find("note");
        root.skip("note");
        if (note.isString()) {
            assessment.note = std::string(note.string());
        } else {
            root.sink().error("/note", "must be text, got " + ObjectReader::typeName(note));
        }
    }
    return assessment;
}

/// Checks the format marker and version before anything else: a file from a newer program
/// must not be half-read.
bool checkFormat(JsonValue document, detail::DiagnosticSink& sink) {
    const JsonValue format = document.find("format");
    if (!format.isString() || format.string() != formatName) {
        sink.error("/format", "this is not a Kinetic Chain Explorer assessment");
        return false;
    }
    const JsonValue version = document.find("format_version");
    if (!version.isWholeNumber()) {
        sink.error("/format_version", "is missing or not a whole number");
        return false;
    }
    const long long number = version.kind() == JsonValue::Kind::Integer
                                 ? version.integer()
                                 : static_cast<long long>(version.unsignedInteger());
    if (number > assessmentFormatVersion) {
        sink.error("/format_version", "the file was saved by a newer version of Kinetic Chain Explorer (format " +
                                          std::to_string(number) + "); this version reads format " +
                                          std::to_string(assessmentFormatVersion) + ". Please update the program.");
        return false;
    }
    if (number < 1) {
        sink.error("/format_version", "must be at least 1");
        return false;
    }
    return true;
}

} // namespace

AssessmentLoadResult parseAssessment(std::string_view text, const std::string& fileName) {
    AssessmentLoadResult result;
    detail::DiagnosticSink sink(fileName, result.diagnostics);
    const detail::JsonScan scan(text);
    // What the quick parse reads, the scan finds no problem in and nlohmann reads the same way
    // (see quickParse): only the texts it gives up on are scanned and parsed again, to say what
    // is wrong and where.
    std::optional<detail::JsonTree> tree = detail::quickParse(text);
    if (!tree) {
        for (const auto& problem : scan.problems()) {
            sink.error(problem.pointer, problem.message);
        }
        if (scan.problems().empty()) {
            try {
                tree = detail::JsonTree::fromJson(nlohmann::json::parse(text));
            } catch (const nlohmann::json::parse_error& error) {
                const auto position = detail::positionOf(text, error.byte == 0 ? 0 : error.byte - 1);
                std::string message = error.what();
                // The parser quotes what it last read, which may be bytes that are not UTF-8.
                message = "the file is damaged (not valid JSON): " +
                          detail::replaceInvalidUtf8(message.substr(message.find(": ") + 2));
                result.diagnostics.push_back({fileName, "", position.line, position.column, message, Severity::Error});
                return result;
            } catch (const nlohmann::json::exception& error) {
                // A number too large for a double ("1e400"): the parser does not say where it is.
                const std::string message = error.what();
                result.diagnostics.push_back({fileName, "", 0, 0,
                                              "the file is damaged (not valid JSON): " +
                                                  detail::replaceInvalidUtf8(message.substr(message.find("] ") + 2)),
                                              Severity::Error});
                return result;
            }
        }
    }
    if (tree && sink.errorCount() == 0 && !tree->root().isObject()) {
        sink.error("", "must be a JSON object");
    }
    if (tree && sink.errorCount() == 0 && checkFormat(tree->root(), sink)) {
        ObjectReader root(tree->root(), "", sink);
        root.skip("format");
        root.skip("format_version");
        Assessment assessment = readAssessment(root, tree->root());
        root.finish();
        if (sink.errorCount() == 0) {
            result.assessment = std::move(assessment);
        }
    }
    for (Diagnostic& d : result.diagnostics) {
        if (d.line == 0) {
            const auto position = scan.locate(d.pointer);
            d.line = position.line;
            d.column = position.column;
        }
    }
    return result;
}

AssessmentLoadResult loadAssessment(const std::filesystem::path& path) {
    const std::string name = path.filename().string();
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        return {std::nullopt, {{name, "", 0, 0, "cannot be opened: " + error.message(), Severity::Error}}};
    }
    if (size > maxAssessmentBytes) {
        return {std::nullopt, {{name, "", 0, 0, "is too large to be an assessment", Severity::Error}}};
    }
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    if (!stream) {
        return {std::nullopt,
                {{name, "", 0, 0, std::string("cannot be read: ") + std::strerror(errno), Severity::Error}}};
    }
    return parseAssessment(buffer.str(), name);
}

std::string serializeAssessment(const Assessment& assessment) {
    nlohmann::json regions = nlohmann::json::array();
    for (const SelectedRegion& region : assessment.regions) {
        nlohmann::json qualities = nlohmann::json::array();
        for (const Quality quality : region.qualities) {
            qualities.push_back(toString(quality));
        }
        regions.push_back({{"region", region.region}, {"intensity", region.intensity}, {"qualities", qualities}});
    }
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& [flag, answer] : assessment.answers) {
        answers[flag] = toString(answer);
    }
    nlohmann::json plan = nlohmann::json::array();
    for (const PlanItem& item : assessment.plan) {
        plan.push_back({{"exercise", item.exercise},
                        {"dosage", item.dosage ? dosageToJson(*item.dosage) : nlohmann::json(nullptr)}});
    }
    const nlohmann::json document = {
        {"format", formatName},
        {"format_version", assessmentFormatVersion},
        {"date", assessment.date},
        {"about_you",
         {{"age_band", assessment.ageBand ? nlohmann::json(toString(*assessment.ageBand)) : nlohmann::json(nullptr)},
          {"recent_injury", assessment.recentInjury}}},
        {"regions", regions},
        {"red_flag_answers", answers},
        {"plan", plan},
        {"note", assessment.note}};
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    std::string temp = path.string() + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        return "cannot create a file beside " + path.string() + ": " + std::strerror(errno);
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string message = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return "cannot write " + path.string() + ": " + message;
        }
        written += static_cast<std::size_t>(n);
    }
    // Keep the permissions of the file being replaced: a person may have made it private.
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777U) : 0644U;
    int error = 0;
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
        error = errno;
    }
    if (::close(fd) != 0 && error == 0) { // closed whatever happened before
        error = errno;
    }
    if (error != 0) {
        ::unlink(temp.c_str());
        return "cannot write " + path.string() + ": " + std::strerror(error);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string message = std::strerror(errno);
        ::unlink(temp.c_str());
        return "cannot replace " + path.string() + ": " + message;
    }
    return {};
}

} // namespace kinetic
