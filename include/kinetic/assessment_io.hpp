#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/diagnostic.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinetic {

/// The version of the `*.kinetic.json` format this program writes and reads.
inline constexpr int assessmentFormatVersion = 1;
/// Assessment files larger than this are refused.
inline constexpr std::size_t maxAssessmentBytes = 4U * 1024U * 1024U;

struct AssessmentLoadResult {
    std::optional<Assessment> assessment;
    std::vector<Diagnostic> diagnostics;
};

/// Reads an assessment. A file from a newer version of the program, a damaged file or one with
/// wrong fields gives diagnostics and no assessment; the file itself is never touched.
AssessmentLoadResult parseAssessment(std::string_view text, const std::string& fileName = "assessment.kinetic.json");
AssessmentLoadResult loadAssessment(const std::filesystem::path& path);

/// Pretty-printed JSON with `format` and `format_version`.
std::string serializeAssessment(const Assessment& assessment);

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
/// `path`, so the file is always either the old or the new version. Returns an error message,
/// empty on success.
std::string writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace kinetic
