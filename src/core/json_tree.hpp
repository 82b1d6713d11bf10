#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kinetic::detail {

class JsonTree;

/// One value of a JsonTree: the tree and a place in it, cheap to copy, valid while the tree
/// lives. A default-made value is "none" (a field that is not there), which `exists()` tells
/// apart from JSON's null.
class JsonValue {
public:
    /// Numbers keep the type nlohmann would give them: a whole number without a sign is
    /// unsigned, with a minus sign signed, anything with a fraction or exponent a double.
    enum class Kind : std::uint8_t { Null, Boolean, Integer, Unsigned, Float, String, Array, Object };

    JsonValue() = default;

    bool exists() const { return m_tree != nullptr; }
    Kind kind() const;
    bool isNull() const { return kind() == Kind::Null; }
    bool isBoolean() const { return kind() == Kind::Boolean; }
    bool isString() const { return kind() == Kind::String; }
    bool isArray() const { return kind() == Kind::Array; }
    bool isObject() const { return kind() == Kind::Object; }
    bool isNumber() const;
    /// Integer or Unsigned: written without a fraction or an exponent.
    bool isWholeNumber() const { return kind() == Kind::Integer || kind() == Kind::Unsigned; }

    bool boolean() const;
    std::string_view string() const;
    /// Any number, as a double.
    double number() const;
    std::int64_t integer() const;
    std::uint64_t unsignedInteger() const;
    /// Elements of an array, members of an object; 0 for anything else.
    std::size_t size() const;

    /// The member `key` of an object, or none.
    JsonValue find(std::string_view key) const;
    /// The same, looking from the member after the one `cursor` last found, then from the
    /// first: for a reader that asks for the fields in about the order they are written, each
    /// search then takes a step or two. `cursor` starts at 0.
    JsonValue find(std::string_view key, std::uint32_t& cursor) const;

    /// Calls `f(JsonValue)` for each element of an array, in order.
    template <typename F>
    void forEachElement(F&& f) const;
    /// Calls `f(std::string_view key, JsonValue)` for each member of an object, in the file's order.
    template <typename F>
    void forEachMember(F&& f) const;

    /// The same value as an nlohmann document: for messages and tests, not for reading.
    nlohmann::json toJson() const;

private:
    friend class JsonTree;
    JsonValue(const JsonTree* tree, std::uint32_t index)
        : m_tree(tree)
        , m_index(index) {}

    const JsonTree* m_tree = nullptr;
    std::uint32_t m_index = 0;
};

/// A parsed JSON document held flat: one array of nodes, each container followed by its
/// contents (an object's members as a key node then the value), and one buffer of every
/// string's bytes. Reading a file so makes two allocations rather than one or two for every
/// value, and frees them as quickly. Keys are kept in the file's order and are unique (the
/// parser refuses a repeated key).
class JsonTree {
public:
    /// The first value added.
    JsonValue root() const { return {this, 0}; }

    /// The same document from nlohmann's, for texts the quick parse leaves to nlohmann.
    static JsonTree fromJson(const nlohmann::json& document);

    // For a parser, which adds a document's values in the order they are written.

    /// Room for a text of `bytes` bytes: its strings' bytes are fewer than its own.
    void reserve(std::size_t bytes);
    void addNull();
    void addBoolean(bool value);
    void addInteger(std::int64_t value);
    void addUnsigned(std::uint64_t value);
    void addFloat(double value);
    /// A string whose bytes are then appended with `appendToString`, and ended with `endString`.
    void beginString();
    void appendToString(std::string_view bytes) { m_strings.append(bytes); }
    void appendToString(char byte) { m_strings.push_back(byte); }
    void endString();
    void addString(std::string_view text);
    /// A container, whose values (an object: key then value) are added before `close(container)`.
    std::uint32_t open(JsonValue::Kind kind);
    void close(std::uint32_t container, std::uint32_t count);
    /// The string added as node `index`: a key, for the parser's check for repeated ones.
    std::string_view stringAt(std::uint32_t index) const {
        const Node& node = m_nodes[index];
        return {m_strings.data() + node.bits, node.size};
    }
    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(m_nodes.size()); }

private:
    friend class JsonValue;

    struct Node {
        JsonValue::Kind kind = JsonValue::Kind::Null;
        std::uint32_t size = 0; ///< A string's length; an array's or object's count.
        std::uint32_t end = 0;  ///< The index after this value and everything in it.
        std::uint64_t bits = 0; ///< A number's bits, a boolean, or a string's offset in m_strings.
    };

    void addScalar(JsonValue::Kind kind, std::uint64_t bits);
    void addJson(const nlohmann::json& value);

    std::vector<Node> m_nodes;
    std::string m_strings;
};

template <typename F>
void JsonValue::forEachElement(F&& f) const {
    if (!isArray()) {
        return;
    }
    const auto& nodes = m_tree->m_nodes;
    for (std::uint32_t i = m_index + 1; i < nodes[m_index].end; i = nodes[i].end) {
        f(JsonValue(m_tree, i));
    }
}

template <typename F>
void JsonValue::forEachMember(F&& f) const {
    if (!isObject()) {
        return;
    }
    const auto& nodes = m_tree->m_nodes;
    for (std::uint32_t i = m_index + 1; i < nodes[m_index].end; i = nodes[i + 1].end) {
        f(m_tree->stringAt(i), JsonValue(m_tree, i + 1));
    }
}

} // namespace kinetic::detail
