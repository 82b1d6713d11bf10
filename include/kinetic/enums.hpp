#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace kinetic {

enum class Side { None, Left, Right };
enum class View { Front, Back };
enum class RegionGroup { Spine, Pelvis, Hip, Thigh, Knee, Leg, Foot, Other };
enum class Mechanism { NerveRoot, JointReferral, PeripheralNerve, Myofascial, KineticChain, LocalSpread, Visceral };
enum class Direction { OneWay, BothWays };
enum class Laterality { SameSide, BothSides };
/// Evidence levels of reference §0.1, strongest first.
enum class EvidenceLevel { Strong, Moderate, Weak, ExpertOpinion, NotSupported };
enum class AgeBand { Child, Teen, Adult, Older };
enum class Quality { Ache, Sharp, Burning, NumbnessTingling, Stiffness };
/// Urgency tiers of reference §0.2, most urgent first: a smaller value is more urgent.
enum class Urgency { Emergency, Urgent, Soon, Routine };
enum class ExerciseKind { Stretch, Strengthen, Mobility, MotorControl, Aerobic };
enum class Difficulty { Easy, Moderate, Hard };
enum class InjuryRelation { Typical, Unrelated, Either };
enum class SourceKind { Guideline, Review, Trial, Study, Textbook, Secondary };
enum class Answer { Unanswered, Yes, No };

/// The JSON spelling of each enumerator, in declaration order.
template <typename E>
struct EnumNames;

#define KINETIC_ENUM_NAMES(E, ...)                                                                                     \
    template <>                                                                                                        \
    struct EnumNames<E> {                                                                                              \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__});                                  \
    }

KINETIC_ENUM_NAMES(Side, "none", "left", "right");
KINETIC_ENUM_NAMES(View, "front", "back");
KINETIC_ENUM_NAMES(RegionGroup, "spine", "pelvis", "hip", "thigh", "knee", "leg", "foot", "other");
KINETIC_ENUM_NAMES(Mechanism, "nerve_root", "joint_referral", "peripheral_nerve", "myofascial", "kinetic_chain",
                   "local_spread", "visceral");
KINETIC_ENUM_NAMES(Direction, "one_way", "both_ways");
KINETIC_ENUM_NAMES(Laterality, "same_side", "both_sides");
KINETIC_ENUM_NAMES(EvidenceLevel, "strong", "moderate", "weak", "expert_opinion", "not_supported");
KINETIC_ENUM_NAMES(AgeBand, "child", "teen", "adult", "older");
KINETIC_ENUM_NAMES(Quality, "ache", "sharp", "burning", "numbness_tingling", "stiffness");
KINETIC_ENUM_NAMES(Urgency, "emergency", "urgent", "soon", "routine");
KINETIC_ENUM_NAMES(ExerciseKind, "stretch", "strengthen", "mobility", "motor_control", "aerobic");
KINETIC_ENUM_NAMES(Difficulty, "easy", "moderate", "hard");
KINETIC_ENUM_NAMES(InjuryRelation, "typical", "unrelated", "either");
KINETIC_ENUM_NAMES(SourceKind, "guideline", "review", "trial", "study", "textbook", "secondary");
KINETIC_ENUM_NAMES(Answer, "unanswered", "yes", "no");

#undef KINETIC_ENUM_NAMES

/// The JSON spelling of a value, e.g. `toString(Mechanism::NerveRoot) == "nerve_root"`.
template <typename E>
constexpr std::string_view toString(E value) {
    return EnumNames<E>::names.at(static_cast<std::size_t>(value));
}

/// Parses the JSON spelling; `std::nullopt` for anything else.
template <typename E>
constexpr std::optional<E> parseEnum(std::string_view text) {
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

/// All values of an enum, in declaration order.
template <typename E>
constexpr auto allValues() {
    std::array<E, EnumNames<E>::names.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = static_cast<E>(i);
    }
    return values;
}

/// The words a person reads, e.g. "numbness or tingling", "expert opinion", "kinetic chain".
std::string_view describe(Mechanism mechanism);
std::string_view describe(EvidenceLevel level);
std::string_view describe(Quality quality);
std::string_view describe(AgeBand band);
std::string_view describe(ExerciseKind kind);
std::string_view describe(Urgency urgency);
std::string_view describe(Side side);

} // namespace kinetic
