#pragma once

#include "diagnostic_sink.hpp"

#include <kinetic/content.hpp>

#include <map>
#include <string>

namespace kinetic::detail {

/// The sink of each content file, by file name.
using Sinks = std::map<std::string, DiagnosticSink, std::less<>>;

/// Checks what single items cannot: unique ids, references between items and files, both
/// sides of sided regions, and the content rules of docs/content-format.md. Unused sources,
/// exercises that no condition recommends and regions without a condition are warnings.
void checkContent(const Content& content, Sinks& sinks);

} // namespace kinetic::detail
