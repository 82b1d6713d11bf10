#pragma once

#include <kinetic/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace kinetic::fuzz {

/// A property every input must keep. A violation is a finding: say which and abort, so that
/// libFuzzer (or the replay ctest) stops with the input that broke it.
inline void require(bool holds, const char* property) {
    if (!holds) {
        std::fprintf(stderr, "fuzz property violated: %s\n", property);
        std::abort();
    }
}

/// Diagnostics must always be printable and writable as JSON (`kinetic --json validate`): a
/// message that quotes raw input which is not UTF-8 would make nlohmann throw there.
inline void requireWritable(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        require(!d.file.empty() && !d.message.empty(), "a diagnostic names its file and says what is wrong");
        require(d.line >= 0 && d.column >= 0 && (d.line == 0) == (d.column == 0), "a position is whole or absent");
        require(d.pointer.empty() || d.pointer.front() == '/', "a JSON pointer starts with /");
        try {
            const std::string json =
                nlohmann::json{{"file", d.file}, {"pointer", d.pointer}, {"message", d.message}}.dump();
            require(!json.empty(), "a diagnostic has a JSON form");
        } catch (const nlohmann::json::exception&) {
            require(false, "a diagnostic is valid UTF-8, so it can be written as JSON");
        }
        require(!format(d).empty(), "a diagnostic formats");
    }
}

} // namespace kinetic::fuzz
