#include "exercise_labels.hpp"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace kinetic::gui::exerciseLabels {

QString kind(ExerciseKind kind) {
    switch (kind) {
    case ExerciseKind::Stretch:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Stretch");
    case ExerciseKind::Strengthen:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Strengthen");
    case ExerciseKind::Mobility:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Mobility");
    case ExerciseKind::MotorControl:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Motor control");
    case ExerciseKind::Aerobic:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Aerobic");
    }
    return {};
}

QString difficulty(Difficulty difficulty) {
    switch (difficulty) {
    case Difficulty::Easy:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Easy");
    case Difficulty::Moderate:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Moderate");
    case Difficulty::Hard:
        return QCoreApplication::translate("kinetic::gui::ExerciseLabels", "Hard");
    }
    return {};
}

QString equipment(const std::string& id) {
    static const std::array<std::pair<const char*, const char*>, 15> names{{
        {"none", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "No equipment")},
        {"mat", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Mat")},
        {"chair", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Chair")},
        {"band", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Resistance band")},
        {"strap", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Strap")},
        {"wall", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Wall")},
        {"step", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Step")},
        {"cushion", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Cushion")},
        {"support", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Something to hold")},
        {"bench", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Bench")},
        {"partner", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "A partner")},
        {"weights", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Weights")},
        {"bike_or_pool", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Bike or pool")},
        {"shoes", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Walking shoes")},
        {"towel", QT_TRANSLATE_NOOP("kinetic::gui::ExerciseLabels", "Towel")},
    }};
    for (const auto& [key, name] : names) {
        if (id == key) {
            return QCoreApplication::translate("kinetic::gui::ExerciseLabels", name);
        }
    }
    return text(id);
}

QString text(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace kinetic::gui::exerciseLabels
