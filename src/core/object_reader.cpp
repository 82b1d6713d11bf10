#include "object_reader.hpp"

#include "json_scan.hpp"

#include <cmath>

namespace kinetic::detail {

bool isValidId(std::string_view id) {
    if (id.empty() || id.front() < 'a' || id.front() > 'z') {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

ObjectReader::ObjectReader(JsonValue value, std::string pointer, DiagnosticSink& sink)
    : m_pointer(std::move(pointer))
    , m_sink(sink) {
    m_seen.reserve(16);
    if (value.isObject()) {
        m_object = value;
    } else {
        m_sink.error(m_pointer, "must be an object, got " + typeName(value));
    }
}

std::string ObjectReader::pointerTo(std::string_view key) const {
    std::string result = m_pointer;
    appendPointerToken(result, key);
    return result;
}

bool ObjectReader::has(std::string_view key) const {
    return m_object.find(key).exists();
}

bool ObjectReader::isNull(std::string_view key) const {
    return m_object.find(key).isNull(); // a field that is not there reads as null too
}

JsonValue ObjectReader::optionalField(std::string_view key) {
    m_seen.emplace_back(key);
    return m_object.find(key, m_cursor);
}

JsonValue ObjectReader::field(std::string_view key) {
    const JsonValue value = optionalField(key);
    if (!value.exists() && m_object.exists() && !m_muted) {
        m_sink.error(pointerTo(key), "is missing");
    }
    return value;
}

std::string ObjectReader::checkedText(JsonValue value, const std::string& at) const {
    if (!value.isString()) {
        m_sink.error(at, "must be text, got " + typeName(value));
        return {};
    }
    const std::string_view text = value.string();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_sink.error(at, "must not be empty");
    }
    return std::string(text);
}

std::string ObjectReader::checkedText(JsonValue value, std::string_view key) const {
    if (value.isString()) {
        const std::string_view text = value.string();
        if (text.find_first_not_of(" \t\r\n") != std::string::npos) {
            return std::string(text);
        }
    }
    return checkedText(value, pointerTo(key)); // reports the problem
}

std::string ObjectReader::text(std::string_view key) {
    const JsonValue value = field(key);
    return value.exists() ? checkedText(value, key) : std::string{};
}

std::string ObjectReader::optionalText(std::string_view key) {
    const JsonValue value = optionalField(key);
    return value.exists() ? checkedText(value, key) : std::string{};
}

std::string ObjectReader::id(std::string_view key) {
    std::string result = text(key);
    if (!result.empty() && !isValidId(result)) {
        m_sink.error(pointerTo(key), "must be a lower_snake_case id (a-z, 0-9 and _), got \"" + result + "\"");
    }
    return result;
}

std::string ObjectReader::nullableId(std::string_view key) {
    const JsonValue value = field(key);
    if (value.isNull()) { // or not there at all
        return {};
    }
    std::string result = checkedText(value, key);
    if (!result.empty() && !isValidId(result)) {
        m_sink.error(pointerTo(key), "must be a lower_snake_case id or null, got \"" + result + "\"");
    }
    return result;
}

bool ObjectReader::boolean(std::string_view key) {
    const JsonValue value = field(key);
    if (!value.exists()) {
        return false;
    }
    if (!value.isBoolean()) {
        m_sink.error(pointerTo(key), "must be true or false, got " + typeName(value));
        return false;
    }
    return value.boolean();
}

double ObjectReader::number(std::string_view key, double min, double max) {
    const JsonValue value = field(key);
    if (!value.exists()) {
        return min;
    }
    if (!value.isNumber()) {
        m_sink.error(pointerTo(key), "must be a number, got " + typeName(value));
        return min;
    }
    const double result = value.number();
    if (!std::isfinite(result) || result < min || result > max) {
        m_sink.error(pointerTo(key), "must be a number from " + previewScalar(min) + " to " + previewScalar(max) +
                                         ", got " + preview(value));
        return min;
    }
    return result;
}

std::optional<int> ObjectReader::optionalWholeNumber(std::string_view key, int min, int max) {
    const JsonValue value = optionalField(key);
    if (!value.exists()) {
        return std::nullopt;
    }
    const bool whole = value.isWholeNumber() || (value.isNumber() && std::trunc(value.number()) == value.number());
    const bool inRange = whole && value.number() >= min && value.number() <= max;
    if (!inRange) {
        const bool open = max == std::numeric_limits<int>::max();
        const std::string expected = open && min == 1 ? "a positive whole number"
                                     : open
                                         ? "a whole number of at least " + std::to_string(min)
                                         : "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
        m_sink.error(pointerTo(key), "must be " + expected + ", got " + preview(value));
        return std::nullopt;
    }
    return static_cast<int>(value.number());
}

int ObjectReader::wholeNumber(std::string_view key, int min, int max) {
    if (!has(key) && m_object.exists()) {
        field(key); // reports "is missing"
        return min;
    }
    return optionalWholeNumber(key, min, max).value_or(min);
}

std::vector<std::string> ObjectReader::texts(std::string_view key, std::size_t minItems, std::size_t maxItems) {
    std::vector<std::string> result;
    forEachElement(key, minItems,
                   [&](JsonValue element, const std::string& at) { result.push_back(checkedText(element, at)); });
    if (result.size() > maxItems) {
        m_sink.error(pointerTo(key),
                     "must have at most " + std::to_string(maxItems) + " items, got " + std::to_string(result.size()));
    }
    return result;
}

std::vector<std::string> ObjectReader::ids(std::string_view key, std::size_t minItems) {
    std::vector<std::string> result;
    forEachElement(key, minItems, [&](JsonValue element, const std::string& at) {
        std::string item = checkedText(element, at);
        if (item.empty()) {
            return;
        }
        if (!isValidId(item)) {
            m_sink.error(at, "must be a lower_snake_case id (a-z, 0-9 and _), got \"" + item + "\"");
        } else if (std::find(result.begin(), result.end(), item) != result.end()) {
            m_sink.error(at, "\"" + item + "\" is listed twice");
        } else {
            result.push_back(std::move(item));
        }
    });
    return result;
}

ObjectReader ObjectReader::object(std::string_view key) {
    static const JsonTree empty = [] {
        JsonTree tree;
        tree.close(tree.open(JsonValue::Kind::Object), 0);
        return tree;
    }();
    const JsonValue value = field(key);
    ObjectReader reader(value.exists() ? value : empty.root(), pointerTo(key), m_sink);
    // A missing object was reported once already: its fields need not be reported again.
    reader.m_muted = !value.exists();
    return reader;
}

void ObjectReader::finish() {
    if (!m_object.exists() || m_muted) {
        return;
    }
    m_object.forEachMember([&](std::string_view key, JsonValue) {
        if (std::find(m_seen.begin(), m_seen.end(), key) == m_seen.end()) {
            m_sink.error(pointerTo(key), "is not a known field");
        }
    });
}

std::string ObjectReader::typeName(JsonValue value) {
    switch (value.kind()) {
    case JsonValue::Kind::Null:
        return "null";
    case JsonValue::Kind::Boolean:
        return value.boolean() ? "true" : "false";
    case JsonValue::Kind::String:
        return "text";
    case JsonValue::Kind::Array:
        return "a list";
    case JsonValue::Kind::Object:
        return "an object";
    default:
        return "a number";
    }
}

std::string ObjectReader::preview(JsonValue value) {
    if (value.isArray() || value.isObject()) {
        return typeName(value);
    }
    return previewScalar(value.toJson());
}

std::string ObjectReader::previewScalar(const nlohmann::json& value) {
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    constexpr std::size_t limit = 40;
    if (text.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) {
            --cut; // never split a UTF-8 sequence: the message must stay valid UTF-8 (JSON output)
        }
        text = text.substr(0, cut) + "...";
    }
    return text;
}

std::string ObjectReader::joinNames(std::span<const std::string_view> names) {
    std::string result;
    for (std::size_t i = 0; i < names.size(); ++i) {
        result += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ");
        result += names[i];
    }
    return result;
}

} // namespace kinetic::detail
