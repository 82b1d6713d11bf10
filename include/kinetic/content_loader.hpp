#pragma once

#include <kinetic/content.hpp>
#include <kinetic/diagnostic.hpp>

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinetic {

/// The content files, in the order they are read and reported.
inline constexpr std::array<std::string_view, 8> contentFiles{"manifest.json",  "sources.json",    "regions.json",
                                                              "links.json",     "conditions.json", "exercises.json",
                                                              "red_flags.json", "advice.json"};

/// Files larger than this are refused rather than read. The bundled files are under 100 KB; a
/// worst-case file of tiny values costs about 130 bytes of memory per byte to check, so the limit
/// keeps that near 1 GB while leaving 90 times the room the content needs.
inline constexpr std::size_t maxContentFileBytes = 8U * 1024U * 1024U;

struct LoadOptions {
    /// Warnings (an unused source, an exercise nobody recommends) count as failures.
    bool strict = false;
};

/// Content, or the reasons there is none. Diagnostics may hold warnings even when loading
/// succeeded; with errors (or warnings when strict) `content` is empty.
struct ContentLoadResult {
    std::optional<Content> content;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return content.has_value(); }
};

/// Reads and validates every file of `contentFiles` in `directory`, reporting all problems in
/// one pass: malformed JSON, wrong types, unknown or missing fields, duplicate ids, references
/// to ids that do not exist, out-of-range numbers, clinical statements without a source.
ContentLoadResult loadContent(const std::filesystem::path& directory, LoadOptions options = {});

/// The same from texts in memory, keyed by file name; a name that is absent is a missing file.
ContentLoadResult loadContentFromTexts(const std::map<std::string, std::string, std::less<>>& files,
                                       LoadOptions options = {});

} // namespace kinetic
