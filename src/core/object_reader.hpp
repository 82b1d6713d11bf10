#pragma once

#include "diagnostic_sink.hpp"
#include "json_tree.hpp"

#include <kinetic/enums.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kinetic::detail {

/// Typed, diagnosing access to the fields of one JSON object. Each accessor reports a plain
/// problem at the field's JSON pointer and returns a harmless default, so one pass finds every
/// problem. `finish()` reports the fields nobody asked for: unknown fields are errors.
class ObjectReader {
public:
    ObjectReader(JsonValue value, std::string pointer, DiagnosticSink& sink);

    bool valid() const { return m_object.exists(); }
    const std::string& pointer() const { return m_pointer; }
    DiagnosticSink& sink() const { return m_sink; }
    std::string pointerTo(std::string_view key) const;

    bool has(std::string_view key) const;
    bool isNull(std::string_view key) const;
    /// Accepts the field without reading it (a `null` that means "none").
    void skip(std::string_view key) { m_seen.emplace_back(key); }

    std::string text(std::string_view key);
    std::string optionalText(std::string_view key);
    std::string id(std::string_view key);
    /// An id, or `null` for none (returned as empty).
    std::string nullableId(std::string_view key);
    bool boolean(std::string_view key);
    double number(std::string_view key, double min, double max);
    int wholeNumber(std::string_view key, int min, int max = std::numeric_limits<int>::max());
    std::optional<int> optionalWholeNumber(std::string_view key, int min, int max = std::numeric_limits<int>::max());
    std::vector<std::string> texts(std::string_view key, std::size_t minItems,
                                   std::size_t maxItems = std::numeric_limits<std::size_t>::max());
    std::vector<std::string> ids(std::string_view key, std::size_t minItems = 0);

    template <typename E>
    E choice(std::string_view key) {
        const JsonValue value = field(key);
        if (!value.exists()) {
            return E{};
        }
        if (value.isString()) { // the pointer is spelled out only for a problem
            if (const auto parsed = parseEnum<E>(value.string())) {
                return *parsed;
            }
        }
        return parseChoice<E>(value, pointerTo(key)).value_or(E{});
    }

    template <typename E>
    std::vector<E> choices(std::string_view key, std::size_t minItems = 0) {
        std::vector<E> result;
        forEachElement(key, minItems, [&](JsonValue element, const std::string& elementPointer) {
            if (const auto parsed = parseChoice<E>(element, elementPointer)) {
                if (std::find(result.begin(), result.end(), *parsed) != result.end()) {
                    m_sink.error(elementPointer, "is listed twice");
                } else {
                    result.push_back(*parsed);
                }
            }
        });
        return result;
    }

    /// Calls `f(ObjectReader&)` for each object in the array `key`; items that are not
    /// objects are reported and skipped.
    template <typename F>
    void forEachObject(std::string_view key, std::size_t minItems, F&& f) {
        forEachElement(key, minItems, [&](JsonValue element, const std::string& elementPointer) {
            ObjectReader item(element, elementPointer, m_sink);
            if (item.valid()) {
                f(item);
                item.finish();
            }
        });
    }

    /// The object `key` (required).
    ObjectReader object(std::string_view key);

    /// Reports unknown fields. Call once, after reading every known field.
    void finish();

    template <typename E>
    std::optional<E> parseChoice(JsonValue value, const std::string& at) const {
        if (value.isString()) {
            if (const auto parsed = parseEnum<E>(value.string())) {
                return parsed;
            }
        }
        m_sink.error(at, "must be one of " + joinNames(EnumNames<E>::names) + ", got " + preview(value));
        return std::nullopt;
    }

    static std::string preview(JsonValue value);
    static std::string typeName(JsonValue value);

private:
    /// The field `key`, or none.
    JsonValue field(std::string_view key);
    JsonValue optionalField(std::string_view key);
    template <typename F>
    void forEachElement(std::string_view key, std::size_t minItems, F&& f);
    std::string checkedText(JsonValue value, const std::string& at) const;
    /// The same for the field `key`, whose pointer is spelled out only for a problem.
    std::string checkedText(JsonValue value, std::string_view key) const;
    /// A number, text, true, false or null as written in JSON, cut short when long.
    static std::string previewScalar(const nlohmann::json& value);
    static std::string joinNames(std::span<const std::string_view> names);

    JsonValue m_object;         ///< None when the value was not an object.
    std::uint32_t m_cursor = 0; ///< Where the last field read was found (JsonValue::find).
    std::string m_pointer;
    DiagnosticSink& m_sink;
    std::vector<std::string> m_seen; ///< Few and short: a list beats a tree of nodes here.
    bool m_muted = false;
};

template <typename F>
void ObjectReader::forEachElement(std::string_view key, std::size_t minItems, F&& f) {
    const JsonValue value = field(key);
    if (!value.exists()) {
        return;
    }
    const std::string at = pointerTo(key);
    if (!value.isArray()) {
        m_sink.error(at, "must be a list, got " + typeName(value));
        return;
    }
    if (value.size() < minItems) {
        m_sink.error(at, "must have at least " + std::to_string(minItems) + (minItems == 1 ? " item" : " items"));
    }
    std::string elementPointer = at + "/"; // one buffer for every element's pointer
    std::size_t i = 0;
    value.forEachElement([&](JsonValue element) {
        elementPointer.resize(at.size() + 1);
        elementPointer += std::to_string(i++);
        f(element, elementPointer);
    });
}

/// True for `^[a-z][a-z0-9_]*$`.
bool isValidId(std::string_view id);

} // namespace kinetic::detail
