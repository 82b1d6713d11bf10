#include "body_diagram_state.hpp"

#include <map>
#include <tuple>
#include <utility>

namespace kinetic::report {

namespace {

bool isLowCertainty(EvidenceLevel level) {
    return level == EvidenceLevel::Weak || level == EvidenceLevel::ExpertOpinion ||
           level == EvidenceLevel::NotSupported;
}

/// The arrow for one direct link, pointing the way pain travels: from the link's `from` side.
DiagramArrow arrowFor(const LinkedArea& area) {
    const bool outgoing = area.role == LinkRole::Outgoing;
    DiagramArrow arrow;
    arrow.from = (outgoing ? area.selected : area.other)->id;
    arrow.to = (outgoing ? area.other : area.selected)->id;
    arrow.strength = area.weight;
    arrow.mechanism = area.link->mechanism;
    arrow.bothWays = area.link->direction == Direction::BothWays;
    arrow.lowCertainty = isLowCertainty(area.link->evidence.level);
    if (arrow.bothWays && arrow.to < arrow.from) {
        std::swap(arrow.from, arrow.to); // One key for both directions of the same link.
    }
    return arrow;
}

} // namespace

DiagramState diagramState(const Assessment& assessment, const std::vector<LinkedArea>& areas,
                          const std::set<std::string>& highlighted) {
    DiagramState state;
    for (const SelectedRegion& region : assessment.regions) {
        state.selected.insert(region.region);
    }
    state.highlighted = highlighted;
    std::map<std::pair<std::string, std::string>, DiagramArrow> arrows;
    for (const LinkedArea& area : areas) {
        if (area.step != 1 || area.link == nullptr) {
            continue;
        }
        DiagramArrow arrow = arrowFor(area);
        const auto key = arrow.from < arrow.to ? std::pair(arrow.from, arrow.to) : std::pair(arrow.to, arrow.from);
        const auto it = arrows.find(key);
        if (it == arrows.end()) {
            arrows.emplace(key, std::move(arrow));
        } else if (arrow.strength > it->second.strength) {
            const bool reverse = it->second.from != arrow.from;
            arrow.bothWays = arrow.bothWays || it->second.bothWays || reverse;
            it->second = std::move(arrow);
        } else if (it->second.from != arrow.from) {
            it->second.bothWays = true; // Pain can travel each way, by different links.
        }
    }
    for (auto& [key, arrow] : arrows) {
        state.arrows.push_back(std::move(arrow));
    }
    return state;
}

} // namespace kinetic::report
