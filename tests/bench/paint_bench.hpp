#pragma once

#include "figures.hpp"

#include <filesystem>
#include <vector>

namespace kinetic::bench {

/// Painting the body diagram after a hover change, and the full summary as PDF. Needs a
/// QGuiApplication (the offscreen platform is enough).
std::vector<Figure> runPaintBench(const std::filesystem::path& data, const Repeat& repeat, bool diagram = true,
                                  bool pdf = true);

} // namespace kinetic::bench
