#include "json_scan.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
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

std::size_t utf8SequenceLength(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0U; };
    const unsigned lead = byte(at);
    if (lead < 0x80U) {
        return 1;
    }
    std::size_t length = 0;
    unsigned low = 0x80U;  // the second byte's range narrows after some lead bytes
    unsigned high = 0xBFU; // (no overlong forms, no surrogates, nothing above U+10FFFF)
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        low = lead == 0xE0U ? 0xA0U : low;
        high = lead == 0xEDU ? 0x9FU : high;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        low = lead == 0xF0U ? 0x90U : low;
        high = lead == 0xF4U ? 0x8FU : high;
    } else {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned c = byte(at + i);
        if (c < (i == 1 ? low : 0x80U) || c > (i == 1 ? high : 0xBFU)) {
            return 0;
        }
    }
    return length;
}

std::string replaceInvalidUtf8(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            result += '?';
            ++i;
        } else {
            result.append(text.substr(i, length));
            i += length;
        }
    }
    return result;
}

JsonScan::JsonScan(std::string_view text)
    : m_text(text) {}

const std::vector<JsonScan::Problem>& JsonScan::problems() const {
    if (!m_checked) {
        m_checked = true;
        if (mayHaveProblems()) {
            scanFully();
        }
    }
    return m_problems;
}

void JsonScan::scanFully() const {
    if (m_scanned) {
        return;
    }
    m_scanned = true;
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            m_lineStarts.push_back(i + 1);
        }
    }
    scan();
}

TextPosition JsonScan::positionAt(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto line = static_cast<std::size_t>(next - m_lineStarts.begin()); // >= 1: m_lineStarts[0] == 0
    return {static_cast<int>(line), static_cast<int>(offset - m_lineStarts[line - 1] + 1)};
}

TextPosition JsonScan::locate(std::string_view pointer) const {
    scanFully();
    std::string key(pointer);
    while (true) {
        if (const auto it = m_offsets.find(key); it != m_offsets.end()) {
            return positionAt(it->second);
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
    if (!decoded) {
        // The same answer, found with memchr: a quote ends the string when an even number of
        // backslashes stands right before it.
        for (std::size_t from = at + 1; from < m_text.size();) {
            const void* hit = std::memchr(m_text.data() + from, '"', m_text.size() - from);
            if (!hit) {
                break;
            }
            const auto quote = static_cast<std::size_t>(static_cast<const char*>(hit) - m_text.data());
            std::size_t backslashes = 0;
            while (quote - backslashes > at + 1 && m_text[quote - backslashes - 1] == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                return quote + 1;
            }
            from = quote + 1;
        }
        return std::string_view::npos;
    }
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

/// Objects with more keys than this are left to the full scan, whose key sets are hashed.
constexpr std::size_t maxQuickKeys = 64;

} // namespace

/// The scan's walk without its records: false when the scan would report no problem (no
/// duplicate key, no nesting too deep). Allocates nothing after its first object. When in doubt
/// (a key with an escape, an object with very many keys) it answers true, and the full scan
/// decides. Mirrors `scan()` step by step, so both stop at the same place on malformed text.
bool JsonScan::mayHaveProblems() const {
    struct QuickFrame {
        bool isObject = false;
        std::size_t firstKey = 0; ///< Where the frame's keys begin in `keys`.
    };
    std::vector<QuickFrame> stack;
    std::vector<std::string_view> keys; // the keys of the open objects, innermost last
    bool expectKey = false;
    std::size_t i = 0;
    const std::size_t n = m_text.size();
    while (i < n) {
        const char c = m_text[i];
        if (isSpace(c) || c == ',' || c == ':') {
            if (c == ',' && !stack.empty() && stack.back().isObject) {
                expectKey = true;
            }
            ++i;
            while (i < n && isSpace(m_text[i])) { // indentation comes in runs
                ++i;
            }
            continue;
        }
        if (expectKey && c == '"') {
            const std::size_t end = skipString(i, nullptr);
            if (end == std::string_view::npos) {
                return false; // where the scan stops too
            }
            const std::string_view key = m_text.substr(i + 1, end - i - 2); // as decoded, without escapes
            const auto first = keys.begin() + static_cast<std::ptrdiff_t>(stack.back().firstKey);
            if (key.find('\\') != std::string_view::npos || keys.size() - stack.back().firstKey >= maxQuickKeys ||
                std::find(first, keys.end(), key) != keys.end()) {
                return true;
            }
            keys.push_back(key);
            expectKey = false;
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            if (static_cast<int>(stack.size()) >= maxDepth) {
                return true;
            }
            stack.push_back(QuickFrame{c == '{', keys.size()});
            expectKey = (c == '{');
            ++i;
            continue;
        }
        if (c == '}' || c == ']') {
            if (stack.empty()) {
                return false;
            }
            keys.resize(stack.back().firstKey);
            stack.pop_back();
            expectKey = false;
            ++i;
            continue;
        }
        if (c == '"') {
            i = skipString(i, nullptr);
            if (i == std::string_view::npos) {
                return false;
            }
        } else {
            while (i < n && !isSpace(m_text[i]) && m_text[i] != ',' && m_text[i] != '}' && m_text[i] != ']') {
                ++i;
            }
        }
    }
    return false;
}

void JsonScan::scan() const {
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
                // The key is raw input that the parser has not checked yet.
                m_problems.push_back(
                    {replaceInvalidUtf8(pointer), positionAt(i), "duplicate key \"" + replaceInvalidUtf8(key) + "\""});
            }
            m_offsets.emplace(pointer, i);
            expectKey = false;
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            beginValue(i);
            if (static_cast<int>(stack.size()) >= maxDepth) {
                m_problems.push_back({replaceInvalidUtf8(pointer), positionAt(i),
                                      "nested more than " + std::to_string(maxDepth) + " levels deep"});
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
