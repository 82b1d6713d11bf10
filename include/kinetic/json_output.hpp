#pragma once

#include <kinetic/cause_ranking.hpp>
#include <kinetic/content.hpp>
#include <kinetic/exercise_search.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>

#include <nlohmann/json.hpp>

namespace kinetic {

// Query results as JSON, with the same fields the GUI shows: what `kinetic --json` prints.

nlohmann::json toJson(const Region& region);
nlohmann::json toJson(const LinkedArea& area);
nlohmann::json toJson(const RankedCause& cause);
nlohmann::json toJson(const ExerciseMatch& match);
nlohmann::json toJson(const Content& content, const RedFlagStatus& status);
nlohmann::json toJson(const Dosage& dosage);

} // namespace kinetic
