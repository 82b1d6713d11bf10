#include "machine.hpp"

#include <QtGlobal>

#include <fstream>
#include <thread>

namespace kinetic::bench {

namespace {

/// The value of the first `key : value` line of a /proc file that starts with `key`.
std::string procValue(const char* file, std::string_view key) {
    std::ifstream stream(file);
    std::string line;
    while (std::getline(stream, line)) {
        if (line.starts_with(key)) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                const auto start = line.find_first_not_of(" \t", colon + 1);
                return start == std::string::npos ? std::string() : line.substr(start);
            }
        }
    }
    return {};
}

/// The load average over the last minute: how busy the machine was while measuring.
double loadAverage() {
    std::ifstream stream("/proc/loadavg");
    double load = 0.0;
    stream >> load;
    return load;
}

} // namespace

nlohmann::json describeMachine() {
    const std::string memory = procValue("/proc/meminfo", "MemTotal"); // "24683884 kB"
    const double mib = memory.empty() ? 0.0 : std::stod(memory) / 1024.0;
    return {{"cpu", procValue("/proc/cpuinfo", "model name")},
            {"logical_cpus", std::thread::hardware_concurrency()},
            {"memory_mib", static_cast<long>(mib)},
            {"load_average_1min", loadAverage()},
            {"qt", qVersion()},
            {"build_type", KINETIC_BENCH_BUILD_TYPE}};
}

std::string machineLine(const nlohmann::json& machine) {
    return machine["cpu"].get<std::string>() + ", " + std::to_string(machine["logical_cpus"].get<unsigned>()) +
           " logical CPUs, " + std::to_string(machine["memory_mib"].get<long>()) + " MiB, load average " +
           std::to_string(machine["load_average_1min"].get<double>()).substr(0, 4) + ", Qt " +
           machine["qt"].get<std::string>() + ", " + machine["build_type"].get<std::string>() + " build";
}

} // namespace kinetic::bench
