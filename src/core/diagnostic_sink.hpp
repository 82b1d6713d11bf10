#pragma once

#include <kinetic/diagnostic.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kinetic::detail {

/// Collects the diagnostics of one file. Positions are filled in later, from the file's
/// JsonScan, so readers only need to know the JSON pointer.
///
/// Only the first `maxListed` problems of a file are listed, then one note that there are more:
/// a large broken file (say a million items that are not objects) must not take minutes and
/// gigabytes to report. Every error still counts, so the file is still rejected.
class DiagnosticSink {
public:
    static constexpr std::size_t maxListed = 100;

    DiagnosticSink(std::string file, std::vector<Diagnostic>& out)
        : m_file(std::move(file))
        , m_out(out) {}

    /// Returns whether the diagnostic was listed (as `out.back()`), not only counted.
    bool error(std::string pointer, std::string message) {
        return add(std::move(pointer), std::move(message), Severity::Error);
    }
    bool warning(std::string pointer, std::string message) {
        return add(std::move(pointer), std::move(message), Severity::Warning);
    }
    const std::string& file() const { return m_file; }
    std::size_t errorCount() const { return m_errors; }

private:
    bool add(std::string pointer, std::string message, Severity severity) {
        if (severity == Severity::Error) {
            ++m_errors;
        }
        if (m_listed < maxListed) {
            ++m_listed;
            m_out.push_back(Diagnostic{m_file, std::move(pointer), 0, 0, std::move(message), severity});
            return true;
        }
        if (!m_moreNote) {
            m_moreNote = m_out.size();
            m_out.push_back(Diagnostic{m_file, "", 0, 0,
                                       "too many problems: only the first " + std::to_string(maxListed) + " are listed",
                                       severity});
        } else if (severity == Severity::Error) {
            m_out[*m_moreNote].severity = Severity::Error; // an unlisted error still fails the file
        }
        return false;
    }

    std::string m_file;
    std::vector<Diagnostic>& m_out;
    std::size_t m_errors = 0;
    std::size_t m_listed = 0;
    std::optional<std::size_t> m_moreNote; ///< Index in `m_out` of the "too many problems" note.
};

} // namespace kinetic::detail
