#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kinetic {

/// The known ids closest to a mistyped one, best first (at most three), for "did you mean".
/// An id that starts a known one (`knee_front` for `knee_front_left`) always counts as close.
std::vector<std::string> suggest(std::string_view typed, const std::vector<std::string>& known);

/// Edit distance between two strings (insertions, deletions, substitutions).
std::size_t editDistance(std::string_view a, std::string_view b);

} // namespace kinetic
