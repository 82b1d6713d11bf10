#pragma once

#include "figures.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kinetic::bench {

struct StartupBenchOptions {
    std::filesystem::path explorer; ///< `kinetic-explorer`
    std::filesystem::path baseline; ///< `kinetic-empty-window`: an empty QMainWindow
    std::filesystem::path runner;   ///< `kinetic-bench-run`, which starts each and reports on it
    int runs = 7;
};

/// Start-up to the first painted frame (process start to exit, each program quitting right after
/// its first paint) under the offscreen platform, and the peak memory of each process.
std::vector<Figure> runStartupBench(const StartupBenchOptions& options);

} // namespace kinetic::bench
