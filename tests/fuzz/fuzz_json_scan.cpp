// Fuzz target: the structural JSON scan that runs before nlohmann/json on every content and
// assessment file. It must survive any bytes, and on valid JSON it must locate every value.
#include "fuzz_check.hpp"
#include "json_scan.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace {

using kinetic::detail::JsonScan;
using kinetic::detail::TextPosition;

/// The byte offset of a 1-based line and column, or npos when the text has no such place.
std::size_t offsetOf(std::string_view text, TextPosition position) {
    std::size_t lineStart = 0;
    for (int line = 1; line < position.line; ++line) {
        lineStart = text.find('\n', lineStart);
        if (lineStart == std::string_view::npos) {
            return std::string_view::npos;
        }
        ++lineStart;
    }
    const std::size_t offset = lineStart + static_cast<std::size_t>(position.column - 1);
    return offset < text.size() ? offset : std::string_view::npos;
}

bool startsValue(char c) {
    return std::string_view("{[\"-0123456789tfn").find(c) != std::string_view::npos;
}

/// Every value of a parsed document must be found where it is. When the text has escapes, a
/// key the scan decodes differently is located at its enclosing value instead: only the
/// position's existence is checked then.
void checkLocations(std::string_view text, const JsonScan& scan, const nlohmann::json& document) {
    const bool exact = text.find('\\') == std::string_view::npos;
    std::vector<std::pair<const nlohmann::json*, std::string>> pending{{&document, ""}};
    while (!pending.empty()) {
        const auto [value, pointer] = pending.back();
        pending.pop_back();
        const TextPosition position = scan.locate(pointer);
        const std::size_t offset = offsetOf(text, position);
        kinetic::fuzz::require(position.line >= 1 && offset != std::string_view::npos, "every value is located");
        if (value->is_object()) {
            for (const auto& [key, member] : value->items()) {
                std::string memberPointer = pointer;
                kinetic::detail::appendPointerToken(memberPointer, key);
                if (exact) {
                    const std::size_t at = offsetOf(text, scan.locate(memberPointer));
                    kinetic::fuzz::require(at != std::string_view::npos &&
                                               text.substr(at, key.size() + 2) == "\"" + key + "\"",
                                           "a member is located at its key");
                }
                pending.emplace_back(&member, memberPointer);
            }
        } else if (value->is_array()) {
            for (std::size_t i = 0; i < value->size(); ++i) {
                const std::string elementPointer = pointer + "/" + std::to_string(i);
                if (exact) {
                    const std::size_t at = offsetOf(text, scan.locate(elementPointer));
                    kinetic::fuzz::require(at != std::string_view::npos && startsValue(text[at]),
                                           "an element is located at its value");
                }
                pending.emplace_back(&(*value)[i], elementPointer);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const JsonScan scan(text);
    const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const JsonScan::Problem& problem : scan.problems()) {
        kinetic::fuzz::require(problem.position.line >= 1 && problem.position.line <= lines &&
                                   problem.position.column >= 1,
                               "a problem is placed inside the text");
        kinetic::fuzz::require(kinetic::detail::replaceInvalidUtf8(problem.pointer) == problem.pointer &&
                                   kinetic::detail::replaceInvalidUtf8(problem.message) == problem.message,
                               "a problem's words are valid UTF-8");
    }
    const TextPosition anywhere = scan.locate("/items/0/id");
    kinetic::fuzz::require(anywhere.line >= 0 && anywhere.line <= lines, "locating never leaves the text");
    if (!scan.problems().empty()) {
        return 0; // the loaders stop here: duplicate keys or nesting too deep
    }
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (!document.is_discarded()) {
        checkLocations(text, scan, document);
    }
    return 0;
}
