#include "summary_diagram.hpp"

#include <algorithm>

namespace kinetic::report {

namespace {

/// The mechanism a summary names in words ("joint referral"), or the JSON spelling.
Mechanism mechanismNamed(const std::string& words) {
    for (const Mechanism mechanism : allValues<Mechanism>()) {
        if (describe(mechanism) == words || toString(mechanism) == words) {
            return mechanism;
        }
    }
    return Mechanism::JointReferral;
}

void addArrow(std::vector<DiagramArrow>& arrows, DiagramArrow arrow) {
    const auto same = std::find_if(arrows.begin(), arrows.end(), [&](const DiagramArrow& other) {
        return (other.from == arrow.from && other.to == arrow.to) || (other.from == arrow.to && other.to == arrow.from);
    });
    if (same == arrows.end()) {
        arrows.push_back(std::move(arrow));
        return;
    }
    const bool reverse = same->from == arrow.to;
    if (arrow.strength > same->strength) {
        arrow.bothWays = arrow.bothWays || same->bothWays || reverse;
        *same = std::move(arrow);
    } else {
        same->bothWays = same->bothWays || reverse;
    }
}

} // namespace

DiagramState summaryDiagramState(const Summary& summary) {
    DiagramState state;
    for (const SummaryRegion& region : summary.regions) {
        state.selected.insert(region.id);
    }
    state.highlighted.insert(summary.highlightedRegions.begin(), summary.highlightedRegions.end());
    for (const SummaryLink& link : summary.links) {
        if (link.step != 1 || link.from == link.to) {
            continue;
        }
        addArrow(state.arrows, DiagramArrow{link.from, link.to, link.strength, mechanismNamed(link.mechanism), false,
                                            link.lowCertainty});
    }
    state.legend = true;
    return state;
}

} // namespace kinetic::report
