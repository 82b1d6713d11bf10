#pragma once

#include "cli_options.hpp"

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>
#include <kinetic/exercise_search.hpp>

namespace kinetic::cli {

/// The assessment the command line describes: regions with intensities, qualities, age band,
/// injury, red-flag answers, plan and note. Throws UsageError or UnknownIdError.
Assessment assessmentFrom(const Content& content, const CliOptions& options, bool regionsRequired);

/// The exercise filter of `kinetic exercises`. Throws UsageError or UnknownIdError.
ExerciseFilter exerciseFilterFrom(const Content& content, const CliOptions& options);

/// Checks a region id, with a "did you mean" for near misses and for unsided bases.
const Region& regionById(const Content& content, const std::string& id);

/// Parses an enum option, e.g. `--age teen`; empty text gives nothing.
template <typename E>
std::optional<E> enumOption(const std::string& text, std::string_view option);

} // namespace kinetic::cli
