#pragma once

#include "cli_options.hpp"

#include <kinetic/content.hpp>

namespace kinetic::cli {

// One function per command. Each prints its result (text, or JSON with --json) to standard
// output and returns the exit code; problems with the command line are thrown.

int runValidate(const std::filesystem::path& directory, const CliOptions& options);
int runRegions(const Content& content, const CliOptions& options);
int runLinks(const Content& content, const CliOptions& options);
int runCauses(const Content& content, const CliOptions& options);
int runExercises(const Content& content, const CliOptions& options);
int runRedFlags(const Content& content, const CliOptions& options);
int runSummary(const Content& content, const CliOptions& options);

} // namespace kinetic::cli
