#pragma once

#include "figures.hpp"
#include "synthetic_content.hpp"

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>

#include <filesystem>
#include <vector>

namespace kinetic::bench {

/// The selection behind every query and paint figure: three painful regions, an age band.
Assessment threeRegionAssessment();

/// Everything the app recomputes after a click (red flags, likely causes, linked areas and
/// the regions they light up), then the exercise list ordered by fit. Returns a size to keep.
std::size_t oneClick(const Content& content, const Assessment& assessment);

struct CoreBenchOptions {
    std::filesystem::path data;
    Repeat repeat;
    std::vector<int> scales{1, 10, 100}; ///< The last one is "the synthetic set".
    bool load = true;
    bool queries = true;
};

/// Content load (bundled; synthetic against the bare parse) and one click's queries on bundled
/// and synthetic content at each scale, with how the cost grows.
std::vector<Figure> runCoreBench(const CoreBenchOptions& options);

} // namespace kinetic::bench
