#include <kinetic/exercise_search.hpp>

#include <algorithm>
#include <cctype>
#include <map>

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
        haystack += " " + lower(step);
    }
    for (const std::string& region : exercise.regions) {
        haystack += " " + region;
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

} // namespace

bool ExerciseFilter::empty() const {
    return region.empty() && condition.empty() && !kind && !difficulty && equipment.empty() && text.empty();
}

std::vector<ExerciseMatch> findExercises(const Content& content, const ExerciseFilter& filter,
                                         std::span<const RankedCause> causes) {
    std::vector<ExerciseMatch> matches;
    for (const Exercise& exercise : content.exercises) {
        if (!passes(content, exercise, filter)) {
            continue;
        }
        ExerciseMatch match{&exercise, 0.0, {}};
        for (const RankedCause& cause : causes) {
            if (cause.condition->serious) {
                continue;
            }
            for (const Recommendation& recommendation : cause.condition->exercises) {
                if (recommendation.exercise != exercise.id) {
                    continue;
                }
                match.fit += cause.score;
                const Region* region = content.regions.find(cause.bestRegion);
                std::string reason = "Recommended for " + cause.condition->name;
                if (region) {
                    reason += ", which matches your pain at " + region->displayName();
                }
                match.reasons.push_back(reason + ": " + recommendation.reason);
            }
        }
        matches.push_back(std::move(match));
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const ExerciseMatch& a, const ExerciseMatch& b) { return a.fit > b.fit; });
    return matches;
}

} // namespace kinetic
