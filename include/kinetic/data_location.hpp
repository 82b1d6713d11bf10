#pragma once

#include <filesystem>
#include <optional>

namespace kinetic {

/// Where the bundled content is: next to an installed program (`../share/kinetic-chain-explorer`
/// from its `bin/`, wherever the prefix is), else the source tree's `data/` for a program run
/// from its build folder. Empty when neither holds a `manifest.json`.
std::optional<std::filesystem::path> findBundledData(const std::filesystem::path& executableDir);

} // namespace kinetic
