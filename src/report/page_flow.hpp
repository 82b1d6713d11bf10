#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

namespace kinetic::report {

/// A block to place on pages, in any unit (the summary uses device pixels).
struct FlowBlock {
    double height = 0.0;
    double spaceBefore = 0.0; ///< Dropped at the top of a page.
    bool keepWithNext = false;
};

/// A block, or the part of one, placed on a page.
struct FlowSlice {
    std::size_t block = 0;
    int page = 0;
    double y = 0.0;      ///< Top on the page.
    double top = 0.0;    ///< Offset into the block: 0 unless the block is taller than a page.
    double height = 0.0; ///< Of the part shown.
};

/// Where a block taller than a page may be cut: the largest height <= `room` of the part
/// starting at `from` that ends between lines. Return `room` when there is no better place.
using CutFinder = std::function<double(std::size_t block, double from, double room)>;

/// Places blocks on pages top to bottom. A block that fits on a page is never split: it moves
/// to the next page whole. A block marked keep-with-next (a heading) moves too when the block
/// after it would not fit below it. Only a block taller than a whole page is cut, where `cut`
/// says.
///
/// Example: pages 100 high, blocks 60, 30 (keep with next), 50: the first two would fit on
/// page 0, but the heading of 30 moves to page 1 with the block of 50 it introduces.
std::vector<FlowSlice> flowBlocks(std::span<const FlowBlock> blocks, double firstPageHeight, double pageHeight,
                                  const CutFinder& cut);

} // namespace kinetic::report
