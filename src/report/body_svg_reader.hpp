#pragma once

#include "body_art.hpp"

#include <QByteArray>

#include <optional>
#include <string>

namespace kinetic::report {

/// Reads one view of the body art. Accepts only `<svg>`, `<title>`, `<desc>` and `<path>`
/// elements; every path needs an id and path data `parsePathData` accepts; exactly one
/// `silhouette`. Anything else gives `std::nullopt` and a plain `error` with the line.
std::optional<BodyViewArt> readBodySvg(const QByteArray& svg, std::string& error);

} // namespace kinetic::report
