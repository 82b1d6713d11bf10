#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace kinetic::bench {

/// How many times to repeat a measurement.
struct Repeat {
    int samples = 15;                          ///< Each sample is one median input.
    std::chrono::microseconds minSample{2000}; ///< Short work is batched up to this long.
    /// Time on the CPU (this process, all threads) instead of the wall clock: steadier on a
    /// busy machine, blind to waiting (disk, other processes).
    bool cpuTime = false;
};

/// Times of repeated runs, in seconds, per single call of the work.
struct Samples {
    std::vector<double> seconds;
    std::size_t callsPerSample = 1;

    double median() const;
    double min() const;
    double max() const;
};

/// Runs `work` once to warm up, then `repeat.samples` times; work shorter than
/// `repeat.minSample` is called in batches and each sample is the batch time divided by its size.
Samples measure(const std::function<void()>& work, const Repeat& repeat);

/// For work that makes a large result (loaded content, a parsed document): times `work` alone,
/// once per sample, and calls `teardown` (which frees the result) outside the timing, as a
/// program keeps what it loaded.
Samples measureEach(const std::function<void()>& work, const std::function<void()>& teardown, const Repeat& repeat);

/// Work to time once per sample, and what frees its result outside the timing (may be empty).
struct Task {
    std::function<void()> work;
    std::function<void()> teardown;
};

/// Two measurements taken in turns, sample by sample, so that both see the same machine (its
/// other load, its clock speed): for a figure judged as a multiple of the other.
std::pair<Samples, Samples> measureInTurns(const Task& first, const Task& second, const Repeat& repeat);

/// Keeps the optimiser from dropping work whose result is otherwise unused.
void keep(std::size_t value);

} // namespace kinetic::bench
