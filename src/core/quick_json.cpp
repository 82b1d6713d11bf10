#include "quick_json.hpp"

#include "json_scan.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kinetic::detail {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

#if defined(__SSE2__)

/// How many of the `available` bytes at `at` come before the first one that `stops` marks
/// (0xFF in its byte of the result), looked at sixteen at a time. The last few bytes, fewer
/// than sixteen, are left to the caller.
template <typename Stops>
std::size_t runBefore(const char* at, std::size_t available, Stops stops) {
    std::size_t run = 0;
    for (; available - run >= 16; run += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + run));
        if (const auto stop = static_cast<unsigned>(_mm_movemask_epi8(stops(bytes))); stop != 0) {
            return run + static_cast<std::size_t>(std::countr_zero(stop));
        }
    }
    return run;
}

/// How many bytes at `at` need no closer look inside a string: no quote, no backslash, no
/// control character, no byte of a multi-byte sequence.
std::size_t plainRun(const char* at, std::size_t available) {
    return runBefore(at, available, [](__m128i b) {
        // Signed: the bytes of multi-byte sequences (0x80 and up) are below 0x20 too.
        return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('"')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\\'))),
                            _mm_cmplt_epi8(b, _mm_set1_epi8(0x20)));
    });
}

/// How many bytes at `at` are white space (an indented file's lines start with runs of spaces).
std::size_t spaceRun(const char* at, std::size_t available) {
    return runBefore(at, available, [](__m128i b) {
        const __m128i space =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\n'))),
                         _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\t'))));
        return _mm_andnot_si128(space, _mm_set1_epi8(-1)); // what is not space
    });
}

#else

/// Without SSE2, eight bytes at a time: each term is the well-known test for a zero (or small)
/// byte in a word, nonzero when some byte matches, and only then.
std::size_t plainRun(const char* at, std::size_t available) {
    constexpr std::uint64_t ones = 0x0101010101010101U;
    constexpr std::uint64_t highs = 0x8080808080808080U;
    const auto anyZero = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    std::size_t run = 0;
    for (; available - run >= 8; run += 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, at + run, sizeof v);
        if ((anyZero(v ^ (ones * '"')) | anyZero(v ^ (ones * '\\')) | ((v - ones * 0x20U) & ~v & highs) |
             (v & highs)) != 0) {
            return run;
        }
    }
    return run;
}

std::size_t spaceRun(const char*, std::size_t) {
    return 0;
}

#endif

/// A single pass over the text. Every reader returns false to give up; the tree is then thrown
/// away and nlohmann parses the text instead.
class QuickParser {
public:
    explicit QuickParser(std::string_view text)
        : m_text(text) {}

    std::optional<JsonTree> document() {
        if (m_text.size() >= std::numeric_limits<std::uint32_t>::max()) {
            return std::nullopt; // the tree's offsets are 32 bits
        }
        m_tree.reserve(m_text.size());
        if (!readValue(0)) {
            return std::nullopt;
        }
        skipSpace();
        if (m_at != m_text.size()) {
            return std::nullopt; // more after the document
        }
        return std::move(m_tree);
    }

private:
    void skipSpace() {
        while (m_at < m_text.size()) {
            m_at += spaceRun(m_text.data() + m_at, m_text.size() - m_at);
            if (m_at >= m_text.size() || !isSpace(m_text[m_at])) {
                return;
            }
            ++m_at;
        }
    }

    bool readValue(int depth) {
        skipSpace();
        if (m_at >= m_text.size()) {
            return false;
        }
        switch (m_text[m_at]) {
        case '{':
            return depth < JsonScan::maxDepth && readObject(depth + 1);
        case '[':
            return depth < JsonScan::maxDepth && readArray(depth + 1);
        case '"':
            return readString();
        case 't':
            return readWord("true", [this] { m_tree.addBoolean(true); });
        case 'f':
            return readWord("false", [this] { m_tree.addBoolean(false); });
        case 'n':
            return readWord("null", [this] { m_tree.addNull(); });
        default:
            return readNumber();
        }
    }

    /// `true`, `false` or `null`, added to the tree by `add`.
    template <typename Add>
    bool readWord(std::string_view word, Add add) {
        if (m_text.substr(m_at, word.size()) != word) {
            return false;
        }
        m_at += word.size();
        add();
        return true;
    }

    /// Steps over an opening bracket and, when `close` follows it, over that too: whether the
    /// object or array was empty.
    bool openEmpty(char close) {
        ++m_at;
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == close) {
            ++m_at;
            return true;
        }
        return false;
    }

    enum class After { Comma, Close, Error };

    /// What follows an item of an object or array that `close` ends, stepped over.
    After afterItem(char close) {
        skipSpace();
        if (m_at >= m_text.size()) {
            return After::Error;
        }
        const char next = m_text[m_at++];
        return next == close ? After::Close : next == ',' ? After::Comma : After::Error;
    }

    bool readObject(int depth) {
        const std::uint32_t object = m_tree.open(JsonValue::Kind::Object);
        const std::size_t firstKey = m_keys.size();
        bool closed = openEmpty('}');
        while (!closed) {
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] != '"') {
                return false;
            }
            m_keys.push_back(m_tree.nodeCount());
            // A key with an escape is left to the scan, which decodes escapes its own way when
            // it looks for repeated keys.
            m_escaped = false;
            if (!readString() || m_escaped) {
                return false;
            }
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] != ':') {
                return false;
            }
            ++m_at;
            if (!readValue(depth)) {
                return false;
            }
            const After after = afterItem('}');
            if (after == After::Error) {
                return false;
            }
            closed = after == After::Close;
        }
        const auto count = static_cast<std::uint32_t>(m_keys.size() - firstKey);
        m_tree.close(object, count);
        // A repeated key is a problem JsonScan reports, placed; nlohmann would keep the last.
        const bool unique = uniqueKeys(firstKey);
        m_keys.resize(firstKey);
        return unique;
    }

    /// Whether the keys from m_keys[first] on differ: each against each for a few, sorted for many.
    bool uniqueKeys(std::size_t first) {
        const std::size_t count = m_keys.size() - first;
        if (count <= 16) {
            for (std::size_t i = first; i < m_keys.size(); ++i) {
                for (std::size_t j = i + 1; j < m_keys.size(); ++j) {
                    if (m_tree.stringAt(m_keys[i]) == m_tree.stringAt(m_keys[j])) {
                        return false;
                    }
                }
            }
            return true;
        }
        m_sorted.clear();
        for (std::size_t i = first; i < m_keys.size(); ++i) {
            m_sorted.push_back(m_tree.stringAt(m_keys[i]));
        }
        std::sort(m_sorted.begin(), m_sorted.end());
        return std::adjacent_find(m_sorted.begin(), m_sorted.end()) == m_sorted.end();
    }

    bool readArray(int depth) {
        const std::uint32_t array = m_tree.open(JsonValue::Kind::Array);
        std::uint32_t count = 0;
        bool closed = openEmpty(']');
        while (!closed) {
            if (!readValue(depth)) {
                return false;
            }
            ++count;
            const After after = afterItem(']');
            if (after == After::Error) {
                return false;
            }
            closed = after == After::Close;
        }
        m_tree.close(array, count);
        return true;
    }

    /// Reads a string from its opening quote. Runs of plain bytes are appended whole, found
    /// sixteen at a time; UTF-8 is checked as nlohmann checks it (utf8SequenceLength).
    bool readString() {
        m_tree.beginString();
        ++m_at; // "
        std::size_t runStart = m_at;
        while (m_at < m_text.size()) {
            m_at += plainRun(m_text.data() + m_at, m_text.size() - m_at);
            if (m_at >= m_text.size()) {
                break;
            }
            const auto byte = static_cast<unsigned char>(m_text[m_at]);
            if (byte == '"') {
                m_tree.appendToString(m_text.substr(runStart, m_at - runStart));
                m_tree.endString();
                ++m_at;
                return true;
            }
            if (byte == '\\') {
                m_tree.appendToString(m_text.substr(runStart, m_at - runStart));
                m_escaped = true;
                if (!readEscape()) {
                    return false;
                }
                runStart = m_at;
            } else if (byte < 0x20) {
                return false; // a control character must be escaped
            } else if (byte < 0x80) {
                ++m_at;
            } else if (const std::size_t length = utf8SequenceLength(m_text, m_at); length > 0) {
                m_at += length;
            } else {
                return false;
            }
        }
        return false; // no closing quote
    }

    bool readEscape() {
        if (m_text.size() - m_at < 2) {
            return false;
        }
        const char kind = m_text[m_at + 1];
        m_at += 2;
        if (kind == 'u') {
            return readCodePoint();
        }
        // Each escape letter, then the byte it stands for.
        static constexpr std::string_view simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
        for (std::size_t i = 0; i < simple.size(); i += 2) {
            if (simple[i] == kind) {
                m_tree.appendToString(simple[i + 1]);
                return true;
            }
        }
        return false;
    }

    /// \uXXXX outside the surrogates, written as UTF-8. Surrogate pairs are left to nlohmann.
    bool readCodePoint() {
        if (m_text.size() - m_at < 4) {
            return false;
        }
        std::uint32_t code = 0;
        const char* first = m_text.data() + m_at;
        const auto [end, error] = std::from_chars(first, first + 4, code, 16);
        if (error != std::errc() || end != first + 4 || (code >= 0xD800 && code <= 0xDFFF)) {
            return false; // from_chars takes no sign, so four hex digits are all it read
        }
        m_at += 4;
        if (code < 0x80) {
            m_tree.appendToString(static_cast<char>(code));
        } else if (code < 0x800) {
            m_tree.appendToString(static_cast<char>(0xC0 | (code >> 6)));
            m_tree.appendToString(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
            m_tree.appendToString(static_cast<char>(0xE0 | (code >> 12)));
            m_tree.appendToString(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            m_tree.appendToString(static_cast<char>(0x80 | (code & 0x3F)));
        }
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    /// JSON's number grammar, then the type nlohmann gives it: a whole number without a sign is
    /// unsigned, with a minus sign signed, anything with a fraction or exponent a double. One
    /// out of range, which nlohmann would turn into a double or refuse, is left to it.
    bool readNumber() {
        const std::size_t start = m_at;
        std::size_t at = m_at;
        const auto digitsFrom = [this](std::size_t from) {
            while (from < m_text.size() && isDigit(m_text[from])) {
                ++from;
            }
            return from;
        };
        const bool negative = at < m_text.size() && m_text[at] == '-';
        at += negative ? 1 : 0;
        if (at >= m_text.size() || !isDigit(m_text[at])) {
            return false;
        }
        at = m_text[at] == '0' ? at + 1 : digitsFrom(at);
        bool whole = true;
        if (at < m_text.size() && m_text[at] == '.') {
            const std::size_t fraction = digitsFrom(at + 1);
            if (fraction == at + 1) {
                return false;
            }
            at = fraction;
            whole = false;
        }
        if (at < m_text.size() && (m_text[at] == 'e' || m_text[at] == 'E')) {
            std::size_t exponent = at + 1;
            if (exponent < m_text.size() && (m_text[exponent] == '+' || m_text[exponent] == '-')) {
                ++exponent;
            }
            const std::size_t end = digitsFrom(exponent);
            if (end == exponent) {
                return false;
            }
            at = end;
            whole = false;
        }
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + at;
        m_at = at;
        if (whole && negative) {
            return convert<std::int64_t>(first, last, [this](std::int64_t n) { m_tree.addInteger(n); });
        }
        if (whole) {
            return convert<std::uint64_t>(first, last, [this](std::uint64_t n) { m_tree.addUnsigned(n); });
        }
        return convert<double>(first, last, [this](double n) { m_tree.addFloat(n); });
    }

    template <typename T, typename Add>
    static bool convert(const char* first, const char* last, Add add) {
        T number{};
        const auto [end, error] = std::from_chars(first, last, number);
        if (error != std::errc() || end != last) {
            return false;
        }
        add(number);
        return true;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    JsonTree m_tree;
    bool m_escaped = false;                 ///< Whether the last string read had an escape.
    std::vector<std::uint32_t> m_keys;      ///< The keys of the objects being read, by node.
    std::vector<std::string_view> m_sorted; ///< Scratch for uniqueKeys.
};

} // namespace

std::optional<JsonTree> quickParse(std::string_view text) {
    return QuickParser(text).document();
}

bool sameDocument(JsonValue tree, const nlohmann::json& json) {
    switch (tree.kind()) {
    case JsonValue::Kind::Null:
        return json.is_null();
    case JsonValue::Kind::Boolean:
        return json.is_boolean() && json.get<bool>() == tree.boolean();
    case JsonValue::Kind::Integer:
        return json.type() == nlohmann::json::value_t::number_integer && json.get<std::int64_t>() == tree.integer();
    case JsonValue::Kind::Unsigned:
        return json.is_number_unsigned() && json.get<std::uint64_t>() == tree.unsignedInteger();
    case JsonValue::Kind::Float: // -0.0 == 0.0, but not the same document
        return json.is_number_float() && json.get<double>() == tree.number() &&
               std::signbit(json.get<double>()) == std::signbit(tree.number());
    case JsonValue::Kind::String:
        return json.is_string() && json.get_ref<const std::string&>() == tree.string();
    case JsonValue::Kind::Array: {
        if (!json.is_array() || json.size() != tree.size()) {
            return false;
        }
        std::size_t i = 0;
        bool same = true;
        tree.forEachElement([&](JsonValue element) { same = same && sameDocument(element, json[i++]); });
        return same;
    }
    case JsonValue::Kind::Object: {
        // The tree's keys are unique, so the same count and every one found is the same set.
        if (!json.is_object() || json.size() != tree.size()) {
            return false;
        }
        bool same = true;
        tree.forEachMember([&](std::string_view key, JsonValue value) {
            const auto it = json.find(key);
            same = same && it != json.end() && sameDocument(value, *it);
        });
        return same;
    }
    }
    return false;
}

} // namespace kinetic::detail
