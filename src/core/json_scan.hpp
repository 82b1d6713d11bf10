#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinetic::detail {

struct TextPosition {
    int line = 0;
    int column = 0;
};

/// Line and column (1-based, columns count bytes) of a byte offset in a text.
TextPosition positionOf(std::string_view text, std::size_t offset);

/// A structural pass over JSON text that nlohmann/json does not offer: where each value stands
/// (by JSON pointer), duplicate object keys, and nesting deeper than we accept. It never
/// recurses, so hostile input cannot exhaust the stack. Syntax errors are left to the parser:
/// on malformed input the scan stops quietly and reports what it saw so far.
class JsonScan {
public:
    static constexpr int maxDepth = 64;

    struct Problem {
        std::string pointer;
        TextPosition position;
        std::string message;
    };

    explicit JsonScan(std::string_view text);

    /// Position of the member key (for object members) or the value (for array elements);
    /// the nearest enclosing value that was seen when the pointer itself was not.
    /// Logarithmic in the text's size, so a file with many problems is located quickly.
    TextPosition locate(std::string_view pointer) const;
    /// Repeated keys and nesting too deep, found at the first call.
    const std::vector<Problem>& problems() const;

private:
    bool mayHaveProblems() const;
    void scanFully() const;
    void scan() const;
    std::size_t skipString(std::size_t at, std::string* decoded) const;

    TextPosition positionAt(std::size_t offset) const;

    std::string_view m_text;
    // Nothing is scanned until asked for: a text that quickParse reads has no problem to find.
    // The full scan, which records where every value is, costs more than parsing the text. It
    // runs when the quick pass finds a possible problem, or at the first `locate` (there are
    // diagnostics to place): for valid content, never. Until then these stay empty.
    mutable bool m_checked = false; ///< The quick pass has run (`problems`).
    mutable bool m_scanned = false;
    mutable std::vector<std::size_t> m_lineStarts; ///< Offset of the first byte of each line.
    mutable std::unordered_map<std::string, std::size_t> m_offsets;
    mutable std::vector<Problem> m_problems;
};

/// Appends one reference token to a JSON pointer, escaping `~` and `/` (RFC 6901).
void appendPointerToken(std::string& pointer, std::string_view token);

/// Length of the well-formed UTF-8 sequence at `at` (1 for ASCII), or 0 when the byte there does
/// not start one: no overlong forms, no surrogates, nothing above U+10FFFF, as nlohmann checks.
std::size_t utf8SequenceLength(std::string_view text, std::size_t at);

/// The text with each byte that is not part of a well-formed UTF-8 sequence replaced by '?',
/// so that a message quoting raw input can still be written as JSON.
std::string replaceInvalidUtf8(std::string_view text);

} // namespace kinetic::detail
