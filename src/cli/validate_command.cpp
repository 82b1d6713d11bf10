#include "commands.hpp"

#include <kinetic/content_loader.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace kinetic::cli {

int runValidate(const std::filesystem::path& directory, const CliOptions& options) {
    if (options.arguments.size() > 1) {
        throw UsageError("'validate' takes at most one folder");
    }
    const ContentLoadResult result = loadContent(directory, LoadOptions{options.strict});
    if (options.json) {
        nlohmann::json diagnostics = nlohmann::json::array();
        for (const Diagnostic& d : result.diagnostics) {
            diagnostics.push_back({{"file", d.file},
                                   {"line", d.line},
                                   {"column", d.column},
                                   {"pointer", d.pointer},
                                   {"severity", d.severity == Severity::Error ? "error" : "warning"},
                                   {"message", d.message}});
        }
        std::cout << nlohmann::json{{"valid", result.ok()},
                                    {"directory", directory.string()},
                                    {"diagnostics", diagnostics}}
                         .dump(2)
                  << '\n';
        return result.ok() ? Ok : ContentErrors;
    }
    std::cerr << format(result.diagnostics);
    if (!result.ok()) {
        const auto errors =
            std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                          [&](const Diagnostic& d) { return d.severity == Severity::Error || options.strict; });
        std::cerr << directory.string() << ": " << errors << (errors == 1 ? " problem" : " problems") << " found\n";
        return ContentErrors;
    }
    const Content& c = *result.content;
    std::cout << directory.string() << ": content " << c.manifest.contentVersion << " is valid: " << c.regions.size()
              << " regions, " << c.links.size() << " links, " << c.conditions.size() << " conditions, "
              << c.exercises.size() << " exercises, " << c.redFlags.size() << " red flags, " << c.advice.size()
              << " advice items, " << c.sources.size() << " sources\n";
    return Ok;
}

} // namespace kinetic::cli
