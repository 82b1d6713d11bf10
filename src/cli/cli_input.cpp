#include "cli_input.hpp"

#include <kinetic/suggest.hpp>

#include <charconv>

namespace kinetic::cli {

namespace {

template <typename T>
std::vector<std::string> idsOf(const Table<T>& table) {
    std::vector<std::string> ids;
    for (const T& item : table) {
        ids.push_back(item.id);
    }
    return ids;
}

std::string didYouMean(const std::string& typed, const std::vector<std::string>& known) {
    const auto close = suggest(typed, known);
    if (close.empty()) {
        return {};
    }
    std::string text = "; did you mean ";
    for (std::size_t i = 0; i < close.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == close.size() ? " or " : ", ") + close[i];
    }
    return text + "?";
}

template <typename T>
const T& find(const Table<T>& table, const std::string& id, std::string_view what) {
    if (const T* item = table.find(id)) {
        return *item;
    }
    throw UnknownIdError("unknown " + std::string(what) + " \"" + id + "\"" + didYouMean(id, idsOf(table)));
}

int parseIntensity(const std::string& text, const std::string& argument) {
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 0 || value > 10) {
        throw UsageError("intensity in \"" + argument + "\" must be a whole number from 0 to 10");
    }
    return value;
}

void addRegions(const Content& content, const CliOptions& options, Assessment& assessment) {
    std::vector<Quality> qualities;
    for (const std::string& text : options.qualities) {
        if (const auto quality = enumOption<Quality>(text, "--quality")) {
            qualities.push_back(*quality);
        }
    }
    for (const std::string& argument : options.arguments) {
        const auto colon = argument.find(':');
        const std::string id = argument.substr(0, colon);
        const Region& region = regionById(content, id);
        if (assessment.isSelected(region.id)) {
            throw UsageError("region \"" + region.id + "\" is given twice");
        }
        const int intensity = colon == std::string::npos ? 5 : parseIntensity(argument.substr(colon + 1), argument);
        assessment.regions.push_back(SelectedRegion{region.id, intensity, qualities});
    }
}

void addAnswers(const Content& content, const CliOptions& options, Assessment& assessment) {
    for (const std::string& text : options.answers) {
        const auto equals = text.find('=');
        if (equals == std::string::npos) {
            throw UsageError("--answer takes FLAG=yes or FLAG=no, got \"" + text + "\"");
        }
        const RedFlag& flag = find(content.redFlags, text.substr(0, equals), "red flag");
        const std::string value = text.substr(equals + 1);
        if (value != "yes" && value != "no") {
            throw UsageError("--answer " + flag.id + " must be yes or no, got \"" + value + "\"");
        }
        const Answer answer = value == "yes" ? Answer::Yes : Answer::No;
        const auto [it, added] = assessment.answers.emplace(flag.id, answer);
        if (!added && it->second != answer) { // never drop a yes quietly
            throw UsageError("--answer " + flag.id + " is given both yes and no");
        }
    }
}

} // namespace

template <typename E>
std::optional<E> enumOption(const std::string& text, std::string_view option) {
    if (text.empty()) {
        return std::nullopt;
    }
    if (const auto value = parseEnum<E>(text)) {
        return value;
    }
    std::string allowed;
    for (const auto name : EnumNames<E>::names) {
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    throw UsageError(std::string(option) + " must be one of " + allowed + ", got \"" + text + "\"");
}

template std::optional<AgeBand> enumOption<AgeBand>(const std::string&, std::string_view);
template std::optional<Quality> enumOption<Quality>(const std::string&, std::string_view);
template std::optional<ExerciseKind> enumOption<ExerciseKind>(const std::string&, std::string_view);
template std::optional<Difficulty> enumOption<Difficulty>(const std::string&, std::string_view);

const Region& regionById(const Content& content, const std::string& id) {
    const Region* region = content.regions.find(id);
    if (region && region->selectable) {
        return *region;
    }
    std::vector<std::string> selectable;
    for (const Region& r : content.regions) {
        if (r.selectable) {
            selectable.push_back(r.id);
        }
    }
    const std::string what = region ? "region \"" + id + "\" is a symptom-only zone and cannot be selected"
                                    : "unknown region \"" + id + "\"";
    throw UnknownIdError(what + didYouMean(id, selectable));
}

Assessment assessmentFrom(const Content& content, const CliOptions& options, bool regionsRequired) {
    Assessment assessment;
    if (regionsRequired && options.arguments.empty()) {
        throw UsageError("'" + options.command + "' needs at least one region, e.g. knee_front_left:6");
    }
    addRegions(content, options, assessment);
    assessment.ageBand = enumOption<AgeBand>(options.age, "--age");
    assessment.recentInjury = options.injury;
    addAnswers(content, options, assessment);
    for (const std::string& id : options.plan) {
        const Exercise& exercise = find(content.exercises, id, "exercise");
        if (!assessment.inPlan(exercise.id)) {
            assessment.plan.push_back(PlanItem{exercise.id, std::nullopt});
        }
    }
    assessment.note = options.note;
    return assessment;
}

ExerciseFilter exerciseFilterFrom(const Content& content, const CliOptions& options) {
    ExerciseFilter filter;
    if (!options.region.empty()) {
        if (content.regionsOfBase(options.region).empty()) {
            filter.region = regionById(content, options.region).id;
        } else {
            filter.region = options.region;
        }
    }
    if (!options.condition.empty()) {
        filter.condition = find(content.conditions, options.condition, "condition").id;
    }
    filter.kind = enumOption<ExerciseKind>(options.kind, "--kind");
    filter.difficulty = enumOption<Difficulty>(options.difficulty, "--difficulty");
    filter.equipment = options.equipment;
    filter.text = options.search;
    return filter;
}

} // namespace kinetic::cli
