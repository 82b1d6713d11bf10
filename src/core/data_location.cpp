#include <kinetic/data_location.hpp>

namespace kinetic {

std::optional<std::filesystem::path> findBundledData(const std::filesystem::path& executableDir) {
    const std::filesystem::path candidates[] = {
        executableDir / KINETIC_BIN_TO_DATA,
        KINETIC_SOURCE_DATA_DIR,
    };
    for (const auto& candidate : candidates) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate / "manifest.json", error)) {
            return std::filesystem::weakly_canonical(candidate, error);
        }
    }
    return std::nullopt;
}

} // namespace kinetic
