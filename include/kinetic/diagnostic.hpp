#pragma once

#include <string>
#include <vector>

namespace kinetic {

/// One problem found in a content or assessment file. The core words the message plainly; the
/// CLI prints it and the GUI shows it in a dialog.
enum class Severity { Error, Warning };

struct Diagnostic {
    std::string file;    ///< File name as the author knows it, e.g. "exercises.json".
    std::string pointer; ///< RFC 6901 JSON pointer, e.g. "/items/3/dosage/sets"; empty for the whole file.
    int line = 0;        ///< 1-based; 0 when unknown.
    int column = 0;      ///< 1-based; 0 when unknown.
    std::string message; ///< Plain words, e.g. "must be a positive whole number, got -2".
    /// Warnings (an unused source, say) do not stop loading unless the loader is strict.
    Severity severity = Severity::Error;

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// `exercises.json:41:7: /items/3/dosage/sets: must be a positive whole number, got -2`
std::string format(const Diagnostic& diagnostic);

/// One diagnostic per line, each ending in a newline.
std::string format(const std::vector<Diagnostic>& diagnostics);

} // namespace kinetic
