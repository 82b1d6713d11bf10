#pragma once

#include <kinetic/report/page_size.hpp>
#include <kinetic/summary.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kinetic::report {

/// The formats the report layer writes (text and JSON are the core's).
enum class SummaryFormat { Html, Pdf };

/// Parses "html" or "pdf"; nothing for anything else.
std::optional<SummaryFormat> parseSummaryFormat(std::string_view text);

/// Writes the summary to `out` as a standalone HTML page or a PDF, replacing the file only once
/// the new one is complete. Returns an error message, empty on success.
///
/// The one path behind `kinetic summary --format html|pdf`. It needs a QGuiApplication to exist
/// (fonts and painting), but no display: the CLI creates one with the `offscreen` platform, e.g.
/// `qputenv("QT_QPA_PLATFORM", "offscreen")` before `QGuiApplication app(argc, argv);`.
/// The page size only matters for PDF.
std::string exportSummary(const Summary& summary, SummaryFormat format, PageSize pageSize,
                          const std::filesystem::path& out);

} // namespace kinetic::report
