#include "json_tree.hpp"

#include <bit>

namespace kinetic::detail {

using Kind = JsonValue::Kind;

JsonValue::Kind JsonValue::kind() const {
    return m_tree ? m_tree->m_nodes[m_index].kind : Kind::Null;
}

bool JsonValue::isNumber() const {
    const Kind k = kind();
    return k == Kind::Integer || k == Kind::Unsigned || k == Kind::Float;
}

bool JsonValue::boolean() const {
    return isBoolean() && m_tree->m_nodes[m_index].bits != 0;
}

std::string_view JsonValue::string() const {
    return isString() ? m_tree->stringAt(m_index) : std::string_view();
}

double JsonValue::number() const {
    switch (kind()) {
    case Kind::Integer:
        return static_cast<double>(integer());
    case Kind::Unsigned:
        return static_cast<double>(unsignedInteger());
    case Kind::Float:
        return std::bit_cast<double>(m_tree->m_nodes[m_index].bits);
    default:
        return 0.0;
    }
}

std::int64_t JsonValue::integer() const {
    return kind() == Kind::Integer ? std::bit_cast<std::int64_t>(m_tree->m_nodes[m_index].bits) : 0;
}

std::uint64_t JsonValue::unsignedInteger() const {
    return kind() == Kind::Unsigned ? m_tree->m_nodes[m_index].bits : 0;
}

std::size_t JsonValue::size() const {
    return isArray() || isObject() ? m_tree->m_nodes[m_index].size : 0;
}

JsonValue JsonValue::find(std::string_view key) const {
    std::uint32_t cursor = 0;
    return find(key, cursor);
}

JsonValue JsonValue::find(std::string_view key, std::uint32_t& cursor) const {
    if (!isObject()) {
        return {};
    }
    const auto& nodes = m_tree->m_nodes;
    const std::uint32_t first = m_index + 1;
    const std::uint32_t end = nodes[m_index].end;
    const std::uint32_t start = cursor > first && cursor < end ? cursor : first;
    const auto search = [&](std::uint32_t from, std::uint32_t to) -> JsonValue {
        for (std::uint32_t i = from; i < to; i = nodes[i + 1].end) {
            if (m_tree->stringAt(i) == key) {
                cursor = nodes[i + 1].end;
                return {m_tree, i + 1};
            }
        }
        return {};
    };
    if (const JsonValue found = search(start, end); found.exists()) {
        return found;
    }
    return search(first, start);
}

nlohmann::json JsonValue::toJson() const {
    switch (kind()) {
    case Kind::Null:
        return nullptr;
    case Kind::Boolean:
        return boolean();
    case Kind::Integer:
        return integer();
    case Kind::Unsigned:
        return unsignedInteger();
    case Kind::Float:
        return number();
    case Kind::String:
        return std::string(string());
    case Kind::Array: {
        nlohmann::json result = nlohmann::json::array();
        forEachElement([&](JsonValue element) { result.push_back(element.toJson()); });
        return result;
    }
    case Kind::Object: {
        nlohmann::json result = nlohmann::json::object();
        forEachMember([&](std::string_view key, JsonValue value) { result[std::string(key)] = value.toJson(); });
        return result;
    }
    }
    return nullptr;
}

void JsonTree::reserve(std::size_t bytes) {
    m_strings.reserve(bytes);
    m_nodes.reserve(bytes / 16 + 1); // the bundled content has a key or value every 20-28 bytes
}

void JsonTree::addScalar(Kind kind, std::uint64_t bits) {
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.push_back({kind, 0, index + 1, bits});
}

void JsonTree::addNull() {
    addScalar(Kind::Null, 0);
}

void JsonTree::addBoolean(bool value) {
    addScalar(Kind::Boolean, value ? 1 : 0);
}

void JsonTree::addInteger(std::int64_t value) {
    addScalar(Kind::Integer, std::bit_cast<std::uint64_t>(value));
}

void JsonTree::addUnsigned(std::uint64_t value) {
    addScalar(Kind::Unsigned, value);
}

void JsonTree::addFloat(double value) {
    addScalar(Kind::Float, std::bit_cast<std::uint64_t>(value));
}

void JsonTree::beginString() {
    addScalar(Kind::String, m_strings.size());
}

void JsonTree::endString() {
    Node& node = m_nodes.back();
    node.size = static_cast<std::uint32_t>(m_strings.size() - node.bits);
}

void JsonTree::addString(std::string_view text) {
    beginString();
    appendToString(text);
    endString();
}

std::uint32_t JsonTree::open(Kind kind) {
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.push_back({kind, 0, 0, 0});
    return index;
}

void JsonTree::close(std::uint32_t container, std::uint32_t count) {
    m_nodes[container].size = count;
    m_nodes[container].end = static_cast<std::uint32_t>(m_nodes.size());
}

JsonTree JsonTree::fromJson(const nlohmann::json& document) {
    JsonTree tree;
    tree.addJson(document);
    return tree;
}

void JsonTree::addJson(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::boolean:
        addBoolean(value.get<bool>());
        break;
    case nlohmann::json::value_t::number_integer:
        addInteger(value.get<std::int64_t>());
        break;
    case nlohmann::json::value_t::number_unsigned:
        addUnsigned(value.get<std::uint64_t>());
        break;
    case nlohmann::json::value_t::number_float:
        addFloat(value.get<double>());
        break;
    case nlohmann::json::value_t::string:
        addString(value.get_ref<const std::string&>());
        break;
    case nlohmann::json::value_t::array: {
        const std::uint32_t array = open(Kind::Array);
        for (const auto& element : value) {
            addJson(element);
        }
        close(array, static_cast<std::uint32_t>(value.size()));
        break;
    }
    case nlohmann::json::value_t::object: {
        const std::uint32_t object = open(Kind::Object);
        for (const auto& [key, member] : value.items()) {
            addString(key);
            addJson(member);
        }
        close(object, static_cast<std::uint32_t>(value.size()));
        break;
    }
    default: // null, and the binary and discarded values no JSON text makes
        addNull();
        break;
    }
}

} // namespace kinetic::detail
