#pragma once

#include <kinetic/diagnostic.hpp>

#include <string>
#include <vector>

namespace kinetic::detail {

/// Collects the diagnostics of one file. Positions are filled in later, from the file's
/// JsonScan, so readers only need to know the JSON pointer.
class DiagnosticSink {
public:
    DiagnosticSink(std::string file, std::vector<Diagnostic>& out)
        : m_file(std::move(file))
        , m_out(out) {}

    void error(std::string pointer, std::string message) {
        add(std::move(pointer), std::move(message), Severity::Error);
    }
    void warning(std::string pointer, std::string message) {
        add(std::move(pointer), std::move(message), Severity::Warning);
    }
    const std::string& file() const { return m_file; }
    std::size_t errorCount() const { return m_errors; }

private:
    void add(std::string pointer, std::string message, Severity severity) {
        if (severity == Severity::Error) {
            ++m_errors;
        }
        m_out.push_back(Diagnostic{m_file, std::move(pointer), 0, 0, std::move(message), severity});
    }

    std::string m_file;
    std::vector<Diagnostic>& m_out;
    std::size_t m_errors = 0;
};

} // namespace kinetic::detail
