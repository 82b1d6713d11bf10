#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace kinetic::test {

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

/// The texts of a content folder, keyed by file name.
inline std::map<std::string, std::string, std::less<>> readFolder(const std::filesystem::path& folder) {
    std::map<std::string, std::string, std::less<>> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".json") {
            files[entry.path().filename().string()] = readText(entry.path());
        }
    }
    return files;
}

inline const std::filesystem::path fixtureDir{KINETIC_TEST_DATA_DIR};
inline const std::filesystem::path bundledDataDir{KINETIC_DATA_DIR};

} // namespace kinetic::test

#include <kinetic/assessment.hpp>
#include <kinetic/content_loader.hpp>

#include <stdexcept>

namespace kinetic::test {

/// The bundled content, loaded once for all query tests.
inline const Content& bundled() {
    static const Content content = [] {
        ContentLoadResult result = loadContent(bundledDataDir);
        if (!result.ok()) {
            throw std::runtime_error("bundled content does not load:\n" + format(result.diagnostics));
        }
        return std::move(*result.content);
    }();
    return content;
}

inline SelectedRegion painAt(std::string region, int intensity = 5, std::vector<Quality> qualities = {}) {
    return SelectedRegion{std::move(region), intensity, std::move(qualities)};
}

} // namespace kinetic::test
