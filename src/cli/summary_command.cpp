#include "cli_input.hpp"
#include "commands.hpp"

#include <kinetic/assessment_io.hpp>
#include <kinetic/summary.hpp>

#ifdef KINETIC_HAS_REPORT
#include <kinetic/report/summary_export.hpp>
#include <kinetic/report/summary_html.hpp>
#endif

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

namespace kinetic::cli {

namespace {

std::string today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day date{now};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

int writeText(const std::string& text, const CliOptions& options) {
    if (options.out.empty()) {
        std::cout << text;
        return Ok;
    }
    if (const std::string error = writeFileAtomically(options.out, text); !error.empty()) {
        std::cerr << "kinetic: " << error << '\n';
        return OutputError;
    }
    return Ok;
}

} // namespace

int runSummary(const Content& content, const CliOptions& options) {
    Assessment assessment = assessmentFrom(content, options, true);
    assessment.date = today();
    const Summary summary = buildSummary(content, assessment);
    const std::string& format = options.json ? std::string("json") : options.format;
    if (format == "text") {
        return writeText(renderSummaryText(summary), options);
    }
    if (format == "json") {
        return writeText(summaryToJson(summary).dump(2) + "\n", options);
    }
    if (format != "html" && format != "pdf") {
        throw UsageError("--format must be text, json, html or pdf, got \"" + format + "\"");
    }
    if (options.pageSize != "a4" && options.pageSize != "letter") {
        throw UsageError("--page-size must be a4 or letter, got \"" + options.pageSize + "\"");
    }
#ifdef KINETIC_HAS_REPORT
    if (format == "pdf" && options.out.empty()) {
        throw UsageError("a PDF needs --out FILE");
    }
    const auto size = options.pageSize == "letter" ? report::PageSize::Letter : report::PageSize::A4;
    const auto kind = format == "pdf" ? report::SummaryFormat::Pdf : report::SummaryFormat::Html;
    if (format == "html" && options.out.empty()) {
        std::cout << report::summaryHtml(summary).toStdString();
        return Ok;
    }
    if (const std::string error = report::exportSummary(summary, kind, size, options.out); !error.empty()) {
        std::cerr << "kinetic: " << error << '\n';
        return OutputError;
    }
    return Ok;
#else
    throw UsageError("this build has no report layer: html and pdf are not available");
#endif
}

} // namespace kinetic::cli
