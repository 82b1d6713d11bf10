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
    TextPosition locate(std::string_view pointer) const;
    const std::vector<Problem>& problems() const { return m_problems; }

private:
    void scan();
    std::size_t skipString(std::size_t at, std::string* decoded) const;

    std::string_view m_text;
    std::unordered_map<std::string, std::size_t> m_offsets;
    std::vector<Problem> m_problems;
};

/// Appends one reference token to a JSON pointer, escaping `~` and `/` (RFC 6901).
void appendPointerToken(std::string& pointer, std::string_view token);

} // namespace kinetic::detail
