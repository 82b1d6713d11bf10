#pragma once

#include "json_tree.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace kinetic::detail {

/// Parses JSON text into a tree holding the document nlohmann::json::parse would make of it, in
/// a fraction of the instructions and with two allocations: strings are copied in runs rather
/// than a byte at a time, and nothing is kept for error messages. It accepts only text it reads
/// exactly as nlohmann does and in which JsonScan finds no problem, and gives up (nullopt) on
/// anything else: a syntax error, a number out of range, a \u escape of a surrogate, a byte
/// order mark, nesting deeper than JsonScan::maxDepth, a repeated key, a key with an escape.
/// The caller then scans the text and parses it with nlohmann, which stay the authorities on
/// what is wrong and where.
std::optional<JsonTree> quickParse(std::string_view text);

/// True when both hold the same values with the same types, which is what quickParse promises.
/// nlohmann's == would not check the types: it finds 1 (unsigned) equal to 1 (signed) and to 1.0.
bool sameDocument(JsonValue tree, const nlohmann::json& json);

} // namespace kinetic::detail
