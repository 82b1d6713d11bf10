#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace kinetic::bench {

/// The content files by name (`regions.json`, ...) and their text, as `loadContentFromTexts` takes them.
using ContentTexts = std::map<std::string, std::string, std::less<>>;

/// Reads the eight content files of `directory` as they are.
ContentTexts readContentTexts(const std::filesystem::path& directory);

/// A content set `scale` times larger than `bundled`, with the same shape: copy 0 is the bundled
/// content itself; copy k (k >= 1) has every id suffixed with `_sK` (regions keep their side last:
/// `knee_front_s3_left`), and every reference points into its own copy, so the set loads without a
/// warning. The manifest is kept once. `scale` 1 gives the bundled content re-serialised.
ContentTexts makeSyntheticContent(const ContentTexts& bundled, int scale);

/// Writes the files into `directory`, creating it when needed.
void writeContentTexts(const ContentTexts& texts, const std::filesystem::path& directory);

/// The total size of the texts in bytes.
std::size_t totalBytes(const ContentTexts& texts);

} // namespace kinetic::bench
