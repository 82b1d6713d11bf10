#include "quick_json.hpp"

#include "json_scan.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>

namespace kinetic::detail {
namespace {

using Json = nlohmann::json;

/// A single pass over the text. Every reader returns false to give up; the document is then
/// thrown away and nlohmann parses the text instead.
class QuickParser {
public:
    explicit QuickParser(std::string_view text)
        : m_text(text) {}

    std::optional<Json> document() {
        Json value;
        if (!readValue(value, 0)) {
            return std::nullopt;
        }
        skipSpace();
        if (m_at != m_text.size()) {
            return std::nullopt; // more after the document
        }
        return value;
    }

private:
    void skipSpace() {
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            ++m_at;
        }
    }

    bool readValue(Json& value, int depth) {
        skipSpace();
        if (m_at >= m_text.size()) {
            return false;
        }
        switch (m_text[m_at]) {
        case '{':
            return depth < JsonScan::maxDepth && readObject(value, depth + 1);
        case '[':
            return depth < JsonScan::maxDepth && readArray(value, depth + 1);
        case '"': {
            std::string text;
            if (!readString(text)) {
                return false;
            }
            value = std::move(text);
            return true;
        }
        case 't':
            return readWord("true", value, true);
        case 'f':
            return readWord("false", value, false);
        case 'n':
            return readWord("null", value, nullptr);
        default:
            return readNumber(value);
        }
    }

    template <typename T>
    bool readWord(std::string_view word, Json& value, T literal) {
        if (m_text.substr(m_at, word.size()) != word) {
            return false;
        }
        m_at += word.size();
        value = literal;
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

    bool readObject(Json& value, int depth) {
        value = Json::object();
        auto& members = value.get_ref<Json::object_t&>();
        if (openEmpty('}')) {
            return true;
        }
        while (true) {
            skipSpace();
            std::string key;
            const std::size_t keyStart = m_at;
            if (m_at >= m_text.size() || m_text[m_at] != '"' || !readString(key)) {
                return false;
            }
            // A key with an escape is left to the scan, which decodes escapes its own way when it
            // looks for repeated keys. Every escape is longer than what it stands for, so a key
            // shorter than its text between the quotes had one.
            if (key.size() != m_at - keyStart - 2) {
                return false;
            }
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] != ':') {
                return false;
            }
            ++m_at;
            Json member;
            if (!readValue(member, depth)) {
                return false;
            }
            // A repeated key is a problem JsonScan reports, placed; nlohmann would keep the last.
            if (!members.emplace(std::move(key), std::move(member)).second) {
                return false;
            }
            if (const After after = afterItem('}'); after != After::Comma) {
                return after == After::Close;
            }
        }
    }

    bool readArray(Json& value, int depth) {
        value = Json::array();
        auto& elements = value.get_ref<Json::array_t&>();
        if (openEmpty(']')) {
            return true;
        }
        while (true) {
            elements.emplace_back();
            if (!readValue(elements.back(), depth)) {
                return false;
            }
            if (const After after = afterItem(']'); after != After::Comma) {
                return after == After::Close;
            }
        }
    }

    /// Whether none of eight bytes needs a closer look: no quote, no backslash, no control
    /// character, no byte of a multi-byte sequence. Each term is the well-known test for a zero
    /// (or small) byte in a word: nonzero when some byte matches, and only then.
    static bool plainBytes(const char* at) {
        std::uint64_t v = 0;
        std::memcpy(&v, at, sizeof v);
        constexpr std::uint64_t ones = 0x0101010101010101U;
        constexpr std::uint64_t highs = 0x8080808080808080U;
        const auto anyZero = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
        const std::uint64_t special =
            anyZero(v ^ (ones * '"')) | anyZero(v ^ (ones * '\\')) | ((v - ones * 0x20U) & ~v & highs) | (v & highs);
        return special == 0;
    }

    /// Reads a string from its opening quote. Runs of plain bytes are appended whole, found
    /// eight at a time; UTF-8 is checked as nlohmann checks it (utf8SequenceLength).
    bool readString(std::string& out) {
        ++m_at; // "
        std::size_t runStart = m_at;
        while (m_at < m_text.size()) {
            while (m_text.size() - m_at >= 8 && plainBytes(m_text.data() + m_at)) {
                m_at += 8;
            }
            if (m_at >= m_text.size()) {
                break;
            }
            const auto byte = static_cast<unsigned char>(m_text[m_at]);
            if (byte == '"') {
                out.append(m_text.substr(runStart, m_at - runStart));
                ++m_at;
                return true;
            }
            if (byte == '\\') {
                out.append(m_text.substr(runStart, m_at - runStart));
                if (!readEscape(out)) {
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

    bool readEscape(std::string& out) {
        if (m_text.size() - m_at < 2) {
            return false;
        }
        const char kind = m_text[m_at + 1];
        m_at += 2;
        if (kind == 'u') {
            return readCodePoint(out);
        }
        // Each escape letter, then the byte it stands for.
        static constexpr std::string_view simple = "\"\"\\\\//b\bf\fn\nr\rt\t";
        for (std::size_t i = 0; i < simple.size(); i += 2) {
            if (simple[i] == kind) {
                out.push_back(simple[i + 1]);
                return true;
            }
        }
        return false;
    }

    /// \uXXXX outside the surrogates, written as UTF-8. Surrogate pairs are left to nlohmann.
    bool readCodePoint(std::string& out) {
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
            out.push_back(static_cast<char>(code));
        } else if (code < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (code >> 6)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xE0 | (code >> 12)));
            out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        }
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    /// JSON's number grammar, then the type nlohmann gives it: a whole number without a sign is
    /// unsigned, with a minus sign signed, anything with a fraction or exponent a double. One
    /// out of range, which nlohmann would turn into a double or refuse, is left to it.
    bool readNumber(Json& value) {
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
            return convert<std::int64_t>(first, last, value);
        }
        if (whole) {
            return convert<std::uint64_t>(first, last, value);
        }
        return convert<double>(first, last, value);
    }

    template <typename T>
    static bool convert(const char* first, const char* last, Json& value) {
        T number{};
        const auto [end, error] = std::from_chars(first, last, number);
        if (error != std::errc() || end != last) {
            return false;
        }
        value = number;
        return true;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

} // namespace

std::optional<nlohmann::json> quickParse(std::string_view text) {
    return QuickParser(text).document();
}

bool sameDocument(const nlohmann::json& a, const nlohmann::json& b) {
    if (a.type() != b.type() || a.size() != b.size()) {
        return false;
    }
    if (a.is_object()) {
        for (auto left = a.begin(), right = b.begin(); left != a.end(); ++left, ++right) {
            if (left.key() != right.key() || !sameDocument(*left, *right)) {
                return false;
            }
        }
        return true;
    }
    if (a.is_array()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameDocument(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    if (a.is_number_float()) { // -0.0 == 0.0, but not the same document
        return std::signbit(a.get<double>()) == std::signbit(b.get<double>()) && a == b;
    }
    return a == b;
}

} // namespace kinetic::detail
