#include <kinetic/diagnostic.hpp>

namespace kinetic {

std::string format(const Diagnostic& diagnostic) {
    std::string text = diagnostic.file;
    if (diagnostic.line > 0) {
        text += ':' + std::to_string(diagnostic.line) + ':' + std::to_string(diagnostic.column);
    }
    text += ": ";
    if (diagnostic.severity == Severity::Warning) {
        text += "warning: ";
    }
    if (!diagnostic.pointer.empty()) {
        text += diagnostic.pointer + ": ";
    }
    return text + diagnostic.message;
}

std::string format(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& diagnostic : diagnostics) {
        text += format(diagnostic) + '\n';
    }
    return text;
}

} // namespace kinetic
