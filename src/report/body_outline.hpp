#pragma once

#include <QPainterPath>

#include <vector>

namespace kinetic::report {

/// The area a line `width` wide with round ends and joins covers along `path`, as short
/// pieces that together cover exactly that area, to fill instead of stroking the path.
///
/// Why pieces: Qt's raster engine rasterises one long outline much more slowly than the same
/// outline cut short (callgrind, the body's silhouette at window size: about twice the
/// instructions). The pieces overlap only where one's round end lies inside the next one's
/// line, as a round join would.
std::vector<QPainterPath> outlinePieces(const QPainterPath& path, double width);

} // namespace kinetic::report
