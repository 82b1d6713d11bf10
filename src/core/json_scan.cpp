#include "json_scan.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace kinetic::detail {

TextPosition positionOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition position{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

void appendPointerToken(std::string& pointer, std::string_view token) {
    pointer += '/';
    for (const char c : token) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
}

JsonScan::JsonScan(std::string_view text)
    : m_text(text) {
    scan();
}

TextPosition JsonScan::locate(std::string_view pointer) const {
    std::string key(pointer);
    while (true) {
        if (const auto it = m_offsets.find(key); it != m_offsets.end()) {
            return positionOf(m_text, it->second);
        }
        const auto slash = key.rfind('/');
        if (slash == std::string::npos) {
            return {};
        }
        key.resize(slash);
    }
}

/// Returns the offset just past the closing quote of the string starting at `at` (a quote), or
/// npos when it is unterminated. Decodes simple escapes into `decoded` when given.
std::size_t JsonScan::skipString(std::size_t at, std::string* decoded) const {
    for (std::size_t i = at + 1; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (c == '"') {
            return i + 1;
        }
        if (c == '\\' && i + 1 < m_text.size()) {
            ++i;
            if (decoded) {
                const char e = m_text[i];
                decoded->push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
            }
            continue;
        }
        if (decoded) {
            decoded->push_back(c);
        }
    }
    return std::string_view::npos;
}

namespace {

struct Frame {
    bool isObject = false;
    std::size_t pointerLength = 0; ///< Length of the container's own pointer.
    int nextIndex = 0;
    std::unordered_set<std::string> keys;
};

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

void JsonScan::scan() {
    std::vector<Frame> stack;
    std::string pointer;
    bool expectKey = false;
    std::size_t i = 0;
    const std::size_t n = m_text.size();

    // Records the value starting at `i` under the current pointer; for array elements the
    // pointer gains the element's index first.
    auto beginValue = [&](std::size_t valueOffset) {
        if (!stack.empty() && !stack.back().isObject) {
            pointer.resize(stack.back().pointerLength);
            appendPointerToken(pointer, std::to_string(stack.back().nextIndex++));
            m_offsets.emplace(pointer, valueOffset);
        } else if (stack.empty()) {
            m_offsets.emplace(pointer, valueOffset);
        }
    };

    while (i < n) {
        const char c = m_text[i];
        if (isSpace(c) || c == ',' || c == ':') {
            if (c == ',' && !stack.empty() && stack.back().isObject) {
                expectKey = true;
            }
            ++i;
            continue;
        }
        if (expectKey && c == '"') {
            std::string key;
            const std::size_t end = skipString(i, &key);
            if (end == std::string_view::npos) {
                return;
            }
            Frame& frame = stack.back();
            pointer.resize(frame.pointerLength);
            appendPointerToken(pointer, key);
            if (!frame.keys.insert(key).second) {
                m_problems.push_back({pointer, positionOf(m_text, i), "duplicate key \"" + key + "\""});
            }
            m_offsets.emplace(pointer, i);
            expectKey = false;
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            beginValue(i);
            if (static_cast<int>(stack.size()) >= maxDepth) {
                m_problems.push_back(
                    {pointer, positionOf(m_text, i), "nested more than " + std::to_string(maxDepth) + " levels deep"});
                return;
            }
            stack.push_back(Frame{c == '{', pointer.size(), 0, {}});
            expectKey = (c == '{');
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (stack.empty()) {
                return;
            }
            stack.pop_back();
            pointer.resize(stack.empty() ? 0 : stack.back().pointerLength);
            expectKey = false;
            ++i;
            continue;
        }
        beginValue(i);
        if (c == '"') {
            i = skipString(i, nullptr);
            if (i == std::string_view::npos) {
                return;
            }
        } else {
            while (i < n && !isSpace(m_text[i]) && m_text[i] != ',' && m_text[i] != '}' && m_text[i] != ']') {
                ++i;
            }
        }
    }
}

} // namespace kinetic::detail
