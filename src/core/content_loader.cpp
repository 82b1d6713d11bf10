#include "content_checks.hpp"
#include "item_parsers.hpp"
#include "json_scan.hpp"
#include "quick_json.hpp"

#include <kinetic/content_loader.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kinetic {

namespace {

using detail::DiagnosticSink;
using detail::JsonScan;
using detail::ObjectReader;

/// "syntax error while parsing object - unexpected '}'; expected string literal" from
/// nlohmann's "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ...",
/// and "number overflow parsing '1e400'" from "[json.exception.out_of_range.406] number ...".
std::string plainParseMessage(const nlohmann::json::exception& error) {
    std::string message = error.what();
    if (const auto colon = message.find(": "); colon != std::string::npos) {
        message = message.substr(colon + 2);
    } else if (const auto bracket = message.find("] "); bracket != std::string::npos) {
        message = message.substr(bracket + 2);
    }
    // The parser quotes what it last read, which may be bytes that are not UTF-8.
    for (char& c : message) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            c = '?';
        }
    }
    return "invalid JSON: " + message;
}

/// `{"schema_version": 1, ...}`: a newer version is named plainly.
void readSchemaVersion(ObjectReader& root) {
    if (const auto version = root.optionalWholeNumber("schema_version", 1); version && *version != 1) {
        root.sink().error(root.pointerTo("schema_version"),
                          "unsupported schema version " + std::to_string(*version) + ": this program reads version 1");
    } else if (!root.has("schema_version")) {
        root.wholeNumber("schema_version", 1); // reports it missing
    }
}

/// Parses one file's text into a document, or reports why it cannot be read.
std::optional<detail::JsonTree> parseDocument(std::string_view text, const JsonScan& scan, DiagnosticSink& sink,
                                              std::vector<Diagnostic>& out) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        sink.error("", "the file is empty");
        return std::nullopt;
    }
    // What the quick parse reads, the scan finds no problem in (see quickParse): only the texts
    // it gives up on need the scan and nlohmann's parse, which say what is wrong and where.
    if (auto document = detail::quickParse(text)) {
        return document;
    }
    for (const auto& problem : scan.problems()) {
        if (sink.error(problem.pointer, problem.message)) {
            out.back().line = problem.position.line;
            out.back().column = problem.position.column;
        }
    }
    if (!scan.problems().empty()) {
        return std::nullopt;
    }
    try {
        return detail::JsonTree::fromJson(nlohmann::json::parse(text));
    } catch (const nlohmann::json::parse_error& error) {
        if (sink.error("", plainParseMessage(error))) {
            const auto position = detail::positionOf(text, error.byte == 0 ? 0 : error.byte - 1);
            out.back().line = position.line;
            out.back().column = position.column;
        }
    } catch (const nlohmann::json::exception& error) {
        // A number too large for a double ("1e400"): the parser does not say where it is.
        sink.error("", plainParseMessage(error));
    }
    return std::nullopt;
}

/// Reads `{"schema_version": 1, "items": [...]}`, parsing each item with `parse`. Items that
/// are not objects become default items so that indices keep matching the file.
template <typename T, typename Parse>
std::vector<T> readItems(detail::JsonValue document, DiagnosticSink& sink, Parse parse) {
    std::vector<T> items;
    ObjectReader root(document, "", sink);
    if (!root.valid()) {
        return items;
    }
    readSchemaVersion(root);
    if (!root.has("items")) {
        root.texts("items", 0); // reports it missing
    } else if (const detail::JsonValue array = document.find("items"); !array.isArray()) {
        sink.error("/items", "must be a list, got " + ObjectReader::typeName(array));
        root.skip("items");
    } else {
        root.skip("items");
        items.reserve(array.size());
        array.forEachElement([&](detail::JsonValue element) {
            ObjectReader item(element, "/items/" + std::to_string(items.size()), sink);
            items.push_back(item.valid() ? parse(item) : T{});
            item.finish();
        });
    }
    root.finish();
    return items;
}

struct FileInput {
    std::optional<std::string> text; ///< Empty when the file is missing or unreadable.
    std::string problem;             ///< Why there is no text.
};

class Loader {
public:
    explicit Loader(LoadOptions options)
        : m_options(options) {
        for (const auto name : contentFiles) {
            m_sinks.emplace(std::string(name), DiagnosticSink(std::string(name), m_diagnostics));
        }
    }

    ContentLoadResult load(const std::map<std::string, FileInput, std::less<>>& inputs) {
        Content content;
        for (const auto name : contentFiles) {
            const auto it = inputs.find(name);
            DiagnosticSink& sink = m_sinks.find(name)->second;
            if (it == inputs.end() || !it->second.text) {
                sink.error("", it == inputs.end() ? "the file is missing" : it->second.problem);
                continue;
            }
            const std::string& text = *it->second.text;
            const std::size_t before = m_diagnostics.size();
            const JsonScan scan(text);
            if (const auto document = parseDocument(text, scan, sink, m_diagnostics)) {
                readFile(name, document->root(), sink, content);
            }
            locate(before, scan);
        }
        if (std::none_of(m_diagnostics.begin(), m_diagnostics.end(),
                         [](const Diagnostic& d) { return d.pointer.empty() && d.severity == Severity::Error; })) {
            // Every file was read: check the references between them too.
            const std::size_t before = m_diagnostics.size();
            detail::checkContent(content, m_sinks);
            locateCrossChecks(before, inputs);
        }
        ContentLoadResult result;
        const bool failed = std::any_of(m_diagnostics.begin(), m_diagnostics.end(), [&](const Diagnostic& d) {
            return d.severity == Severity::Error || m_options.strict;
        });
        if (!failed) {
            content.graph = LinkGraph(content.regions.all(), content.links.all());
            result.content = std::move(content);
        }
        result.diagnostics = std::move(m_diagnostics);
        return result;
    }

private:
    static void readFile(std::string_view name, detail::JsonValue document, DiagnosticSink& sink, Content& content) {
        using namespace detail;
        if (name == "manifest.json") {
            ObjectReader root(document, "", sink);
            if (root.valid()) {
                readSchemaVersion(root);
                content.manifest = parseManifest(root);
            }
            root.finish();
        } else if (name == "sources.json") {
            content.sources = Table<Source>(readItems<Source>(document, sink, parseSource));
        } else if (name == "regions.json") {
            content.regions = Table<Region>(readItems<Region>(document, sink, parseRegion));
        } else if (name == "links.json") {
            content.links = Table<Link>(readItems<Link>(document, sink, parseLink));
        } else if (name == "conditions.json") {
            content.conditions = Table<Condition>(readItems<Condition>(document, sink, parseCondition));
        } else if (name == "exercises.json") {
            content.exercises = Table<Exercise>(readItems<Exercise>(document, sink, parseExercise));
        } else if (name == "red_flags.json") {
            content.redFlags = Table<RedFlag>(readItems<RedFlag>(document, sink, parseRedFlag));
        } else if (name == "advice.json") {
            content.advice = Table<Advice>(readItems<Advice>(document, sink, parseAdvice));
        }
    }

    /// Fills in line and column for the diagnostics from `first` on, all of one file.
    void locate(std::size_t first, const JsonScan& scan) {
        for (std::size_t i = first; i < m_diagnostics.size(); ++i) {
            Diagnostic& d = m_diagnostics[i];
            if (d.line == 0 && !d.pointer.empty()) {
                const auto position = scan.locate(d.pointer);
                d.line = position.line;
                d.column = position.column;
            }
        }
    }

    void locateCrossChecks(std::size_t first, const std::map<std::string, FileInput, std::less<>>& inputs) {
        std::map<std::string, JsonScan, std::less<>> scans;
        for (std::size_t i = first; i < m_diagnostics.size(); ++i) {
            Diagnostic& d = m_diagnostics[i];
            if (d.pointer.empty()) {
                continue; // about the whole file ("too many problems"): no place in it
            }
            auto it = scans.find(d.file);
            if (it == scans.end()) {
                it = scans.emplace(d.file, JsonScan(*inputs.find(d.file)->second.text)).first;
            }
            const auto position = it->second.locate(d.pointer);
            d.line = position.line;
            d.column = position.column;
        }
    }

    LoadOptions m_options;
    std::vector<Diagnostic> m_diagnostics;
    detail::Sinks m_sinks;
};

FileInput readFile(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
        return {std::nullopt, std::filesystem::is_symlink(path, error) ? "is a link to a file that does not exist"
                                                                       : "the file is missing"};
    }
    if (std::filesystem::is_directory(path, error)) {
        return {std::nullopt, "is a folder, not a file"};
    }
    if (!std::filesystem::is_regular_file(path, error)) {
        // A named pipe would block the reader forever, and /dev/zero would never end.
        return {std::nullopt, "is not a regular file (a pipe or a device, say)"};
    }
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > maxContentFileBytes) {
        // Rounded up: a file just over the limit must not read as "64 MiB; the limit is 64 MiB".
        return {std::nullopt,
                "the file is too large (" + std::to_string((size + 1024U * 1024U - 1U) / (1024U * 1024U)) +
                    " MiB; the limit is " + std::to_string(maxContentFileBytes / (1024U * 1024U)) + " MiB)"};
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return {std::nullopt, std::string("the file cannot be read: ") + std::strerror(errno)};
    }
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    if (stream.bad()) {
        return {std::nullopt, "the file cannot be read"};
    }
    return {buffer.str(), {}};
}

} // namespace

ContentLoadResult loadContent(const std::filesystem::path& directory, LoadOptions options) {
    std::map<std::string, FileInput, std::less<>> inputs;
    for (const auto name : contentFiles) {
        inputs.emplace(std::string(name), readFile(directory / name));
    }
    return Loader(options).load(inputs);
}

ContentLoadResult loadContentFromTexts(const std::map<std::string, std::string, std::less<>>& files,
                                       LoadOptions options) {
    std::map<std::string, FileInput, std::less<>> inputs;
    for (const auto& [name, text] : files) {
        inputs.emplace(name, FileInput{text, {}});
    }
    return Loader(options).load(inputs);
}

} // namespace kinetic
