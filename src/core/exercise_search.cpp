#include <kinetic/exercise_search.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <span>

namespace kinetic {

namespace {

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

/// The base of a region id or base: `knee_front_left` -> `knee_front`.
std::string baseOf(const Content& content, const std::string& region) {
    const Region* known = content.regions.find(region);
    return known ? known->base : region;
}

bool containsAll(const Exercise& exercise, const std::string& query) {
    std::string haystack = lower(exercise.name + " " + exercise.code + " " + exercise.id);
    for (const std::string& step : exercise.steps) {
        haystack += ' ';
        haystack += lower(step);
    }
    for (const std::string& region : exercise.regions) {
        haystack += ' ';
        haystack += region;
    }
    std::size_t start = 0;
    const std::string needle = lower(query);
    while (start < needle.size()) {
        const std::size_t end = std::min(needle.find(' ', start), needle.size());
        if (end > start && haystack.find(needle.substr(start, end - start)) == std::string::npos) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

bool recommendedFor(const Condition& condition, const std::string& exercise) {
    return std::any_of(condition.exercises.begin(), condition.exercises.end(),
                       [&](const Recommendation& r) { return r.exercise == exercise; });
}

bool passes(const Content& content, const Exercise& exercise, const ExerciseFilter& filter) {
    if (filter.kind && exercise.kind != *filter.kind) {
        return false;
    }
    if (filter.difficulty && exercise.difficulty != *filter.difficulty) {
        return false;
    }
    if (!filter.region.empty()) {
        const std::string base = baseOf(content, filter.region);
        if (std::find(exercise.regions.begin(), exercise.regions.end(), base) == exercise.regions.end()) {
            return false;
        }
    }
    if (!filter.condition.empty()) {
        const Condition* condition = content.conditions.find(filter.condition);
        if (!condition || !recommendedFor(*condition, exercise.id)) {
            return false;
        }
    }
    if (!filter.equipment.empty()) {
        const bool onlyThat = std::all_of(exercise.equipment.begin(), exercise.equipment.end(),
                                          [&](const std::string& e) { return e == "none" || e == filter.equipment; });
        if (!onlyThat) {
            return false;
        }
    }
    return filter.text.empty() || containsAll(exercise, filter.text);
}

/// A recommendation of one of the ranked causes, with the position of its exercise in the table.
struct Recommended {
    std::size_t exercise;
    double score; ///< Its cause's.
    ExerciseReason reason;
};

/// The recommendations of the causes that are not serious, by exercise, each exercise's in cause
/// order: one pass over the causes serves every exercise.
std::vector<Recommended> recommendations(const Content& content, std::span<const RankedCause> causes) {
    std::vector<Recommended> recommended;
    std::size_t count = 0;
    for (const RankedCause& cause : causes) {
        count += cause.condition->serious ? 0 : cause.condition->exercises.size();
    }
    recommended.reserve(count);
    for (const RankedCause& cause : causes) {
        if (cause.condition->serious || cause.condition->exercises.empty()) {
            continue;
        }
        const Region* region = content.regions.find(cause.bestRegion);
        for (const Recommendation& recommendation : cause.condition->exercises) {
            if (const Exercise* exercise = content.exercises.find(recommendation.exercise)) {
                const auto position = static_cast<std::size_t>(exercise - content.exercises.all().data());
                recommended.push_back({position, cause.score, {cause.condition, &recommendation, region}});
            }
        }
    }
    std::stable_sort(recommended.begin(), recommended.end(),
                     [](const Recommended& a, const Recommended& b) { return a.exercise < b.exercise; });
    return recommended;
}

} // namespace

bool ExerciseFilter::empty() const {
    return region.empty() && condition.empty() && !kind && !difficulty && equipment.empty() && text.empty();
}

std::string describe(const ExerciseReason& reason) {
    std::string words = "Recommended for ";
    words += reason.condition->name;
    if (reason.region) {
        words += ", which matches your pain at ";
        words += reason.region->displayName();
    }
    words += ": ";
    words += reason.recommendation->reason;
    return words;
}

std::vector<ExerciseMatch> findExercises(const Content& content, const ExerciseFilter& filter,
                                         std::span<const RankedCause> causes) {
    const std::vector<Recommended> recommended = recommendations(content, causes);
    // Each passing exercise's fit and the run of its recommendations, ordered before any match
    // is built: the sort moves a few numbers, not matches with their lists of reasons.
    struct Row {
        double fit;
        std::uint32_t position;
        std::uint32_t first; ///< Its recommendations: `recommended[first]` up to `last`.
        std::uint32_t last;
    };
    std::vector<Row> rows;
    rows.reserve(content.exercises.size());
    auto next = recommended.begin();
    for (std::size_t position = 0; position < content.exercises.size(); ++position) {
        if (!passes(content, content.exercises.all()[position], filter)) {
            continue;
        }
        next = std::find_if(next, recommended.end(), [&](const Recommended& r) { return r.exercise >= position; });
        Row row{0.0, static_cast<std::uint32_t>(position), static_cast<std::uint32_t>(next - recommended.begin()), 0};
        for (; next != recommended.end() && next->exercise == position; ++next) {
            row.fit += next->score;
        }
        row.last = static_cast<std::uint32_t>(next - recommended.begin());
        rows.push_back(row);
    }
    // Best fit first, then in table order, as a stable sort would leave them.
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.fit != b.fit ? a.fit > b.fit : a.position < b.position; });
    std::vector<ExerciseMatch> matches;
    matches.reserve(rows.size());
    for (const Row& row : rows) {
        ExerciseMatch& match = matches.emplace_back(ExerciseMatch{&content.exercises.all()[row.position], row.fit, {}});
        match.reasons.reserve(row.last - row.first);
        for (std::uint32_t i = row.first; i < row.last; ++i) {
            match.reasons.push_back(recommended[i].reason);
        }
    }
    return matches;
}

} // namespace kinetic
