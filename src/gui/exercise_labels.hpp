#pragma once

#include <kinetic/enums.hpp>

#include <QString>

#include <string>
#include <string_view>

/// The words the exercise browser and the plan show for content values.
namespace kinetic::gui::exerciseLabels {

/// "Strengthen", "Motor control".
QString kind(ExerciseKind kind);
/// "Easy", "Moderate", "Hard".
QString difficulty(Difficulty difficulty);
/// "Mat", "Bike or pool", "No equipment" for an equipment id of the content.
QString equipment(const std::string& id);
/// UTF-8 text as a QString.
QString text(std::string_view text);

} // namespace kinetic::gui::exerciseLabels
