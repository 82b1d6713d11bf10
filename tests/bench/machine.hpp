#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace kinetic::bench {

/// The machine the figures were taken on: CPU model, logical CPUs, memory, Qt and build type.
nlohmann::json describeMachine();

/// The same in one line for the table's header.
std::string machineLine(const nlohmann::json& machine);

} // namespace kinetic::bench
