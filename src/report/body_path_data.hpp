#pragma once

#include <QPainterPath>
#include <QString>

#include <optional>
#include <string>

namespace kinetic::report {

/// Parses SVG path data limited to absolute `M`, `L`, `C`, `Q` and `Z`, numbers separated by
/// spaces or commas; a command letter may be followed by several coordinate groups, as in SVG
/// (extra groups after `M` are lines). Anything else gives `std::nullopt` and a plain `error`.
///
/// Example: `"M 0 0 L 10 0 Q 10 10 0 10 Z"` is a closed shape with one curved side.
std::optional<QPainterPath> parsePathData(const QString& data, std::string& error);

} // namespace kinetic::report
