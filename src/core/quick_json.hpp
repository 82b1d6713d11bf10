#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace kinetic::detail {

/// Parses JSON text into the document nlohmann::json::parse would make of it, in about a third
/// of the instructions: strings are copied in runs rather than a byte at a time, and nothing is
/// kept for error messages. It accepts only text it reads exactly as nlohmann does and in which
/// JsonScan finds no problem, and gives up (nullopt) on anything else: a syntax error, a number
/// out of range, a \u escape of a surrogate, a byte order mark, nesting deeper than
/// JsonScan::maxDepth, a repeated key, a key with an escape. The caller then scans the text and
/// parses it with nlohmann, which stay the authorities on what is wrong and where.
std::optional<nlohmann::json> quickParse(std::string_view text);

/// True when both documents hold the same values with the same types, which is what quickParse
/// promises. nlohmann's == does not check this: it finds 1 (unsigned) equal to 1 (signed) and
/// to 1.0.
bool sameDocument(const nlohmann::json& a, const nlohmann::json& b);

} // namespace kinetic::detail
