#include <kinetic/suggest.hpp>

#include <algorithm>
#include <numeric>

namespace kinetic {

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::vector<std::string> suggest(std::string_view typed, const std::vector<std::string>& known) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    const std::size_t limit = std::max<std::size_t>(2, typed.size() / 3);
    for (const std::string& id : known) {
        const std::size_t distance = id.starts_with(typed) ? 0 : editDistance(typed, id);
        if (distance <= limit) {
            scored.emplace_back(distance, id);
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> result;
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
        result.push_back(scored[i].second);
    }
    return result;
}

} // namespace kinetic
