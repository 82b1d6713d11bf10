#include <kinetic/enums.hpp>

namespace kinetic {

namespace {

template <typename E, std::size_t N>
std::string_view pick(E value, const std::array<std::string_view, N>& words) {
    static_assert(N == EnumNames<E>::names.size());
    return words.at(static_cast<std::size_t>(value));
}

} // namespace

std::string_view describe(Mechanism mechanism) {
    static constexpr std::array<std::string_view, 7> words{
        "nerve root",    "joint referral", "trapped nerve",          "trigger point (muscle)",
        "kinetic chain", "fluid tracking", "organs or blood vessels"};
    return pick(mechanism, words);
}

std::string_view describe(EvidenceLevel level) {
    static constexpr std::array<std::string_view, 5> words{"strong evidence", "moderate evidence", "weak evidence",
                                                           "expert opinion only", "not supported by evidence"};
    return pick(level, words);
}

std::string_view describe(Quality quality) {
    static constexpr std::array<std::string_view, 5> words{"ache", "sharp", "burning", "numbness or tingling",
                                                           "stiffness"};
    return pick(quality, words);
}

std::string_view describe(AgeBand band) {
    static constexpr std::array<std::string_view, 4> words{"child (under 12)", "teenager (12-17)", "adult (18-64)",
                                                           "older adult (65+)"};
    return pick(band, words);
}

std::string_view describe(ExerciseKind kind) {
    static constexpr std::array<std::string_view, 5> words{"stretch", "strengthening", "mobility", "motor control",
                                                           "aerobic"};
    return pick(kind, words);
}

std::string_view describe(Urgency urgency) {
    static constexpr std::array<std::string_view, 4> words{"emergency: now", "urgent: today", "soon: within days",
                                                           "routine: within weeks"};
    return pick(urgency, words);
}

std::string_view describe(Side side) {
    static constexpr std::array<std::string_view, 3> words{"", "left", "right"};
    return pick(side, words);
}

} // namespace kinetic
