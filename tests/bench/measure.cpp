#include "measure.hpp"

#include <algorithm>
#include <ctime>

namespace kinetic::bench {

namespace {

/// Seconds on the chosen clock, from an arbitrary start.
double now(bool cpuTime) {
    timespec time{};
    clock_gettime(cpuTime ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &time);
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_nsec) * 1e-9;
}

/// Calls in a batch so that one batch lasts at least `minimum`.
std::size_t batchSize(const std::function<void()>& work, const Repeat& repeat) {
    const double minimum = std::chrono::duration<double>(repeat.minSample).count();
    std::size_t calls = 1;
    while (true) {
        const double start = now(repeat.cpuTime);
        for (std::size_t i = 0; i < calls; ++i) {
            work();
        }
        if (now(repeat.cpuTime) - start >= minimum || calls >= (std::size_t{1} << 24)) {
            return calls;
        }
        calls *= 2;
    }
}

volatile std::size_t g_sink = 0;

} // namespace

double Samples::median() const {
    if (seconds.empty()) {
        return 0.0;
    }
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
}

double Samples::min() const {
    return seconds.empty() ? 0.0 : *std::min_element(seconds.begin(), seconds.end());
}

double Samples::max() const {
    return seconds.empty() ? 0.0 : *std::max_element(seconds.begin(), seconds.end());
}

Samples measure(const std::function<void()>& work, const Repeat& repeat) {
    Samples samples;
    samples.callsPerSample = batchSize(work, repeat); // also the warm-up
    for (int s = 0; s < repeat.samples; ++s) {
        const double start = now(repeat.cpuTime);
        for (std::size_t i = 0; i < samples.callsPerSample; ++i) {
            work();
        }
        samples.seconds.push_back((now(repeat.cpuTime) - start) / static_cast<double>(samples.callsPerSample));
    }
    return samples;
}

Samples measureEach(const std::function<void()>& work, const std::function<void()>& teardown, const Repeat& repeat) {
    Samples samples;
    work(); // warm-up
    teardown();
    for (int s = 0; s < repeat.samples; ++s) {
        const double start = now(repeat.cpuTime);
        work();
        samples.seconds.push_back(now(repeat.cpuTime) - start);
        teardown();
    }
    return samples;
}

std::pair<Samples, Samples> measureInTurns(const Task& first, const Task& second, const Repeat& repeat) {
    const auto once = [&](const Task& task, Samples* samples) {
        const double start = now(repeat.cpuTime);
        task.work();
        const double seconds = now(repeat.cpuTime) - start;
        if (task.teardown) {
            task.teardown();
        }
        if (samples) {
            samples->seconds.push_back(seconds);
        }
    };
    std::pair<Samples, Samples> result;
    once(first, nullptr); // warm-up
    once(second, nullptr);
    for (int s = 0; s < repeat.samples; ++s) {
        once(first, &result.first);
        once(second, &result.second);
    }
    return result;
}

void keep(std::size_t value) {
    g_sink = g_sink + value;
}

} // namespace kinetic::bench
