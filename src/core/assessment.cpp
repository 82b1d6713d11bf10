#include <kinetic/assessment.hpp>

#include <algorithm>

namespace kinetic {

bool SelectedRegion::has(Quality quality) const {
    return std::find(qualities.begin(), qualities.end(), quality) != qualities.end();
}

const SelectedRegion* Assessment::find(std::string_view regionId) const {
    const auto it = std::find_if(regions.begin(), regions.end(),
                                 [&](const SelectedRegion& selected) { return selected.region == regionId; });
    return it == regions.end() ? nullptr : &*it;
}

Answer Assessment::answer(std::string_view redFlagId) const {
    const auto it = answers.find(std::string(redFlagId));
    return it == answers.end() ? Answer::Unanswered : it->second;
}

bool Assessment::inPlan(std::string_view exerciseId) const {
    return std::any_of(plan.begin(), plan.end(), [&](const PlanItem& item) { return item.exercise == exerciseId; });
}

} // namespace kinetic
