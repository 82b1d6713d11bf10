#include <kinetic/linked_areas.hpp>

#include <algorithm>
#include <map>
#include <tuple>

namespace kinetic {

namespace {

Side opposite(Side side) {
    return side == Side::Left ? Side::Right : side == Side::Right ? Side::Left : Side::None;
}

/// The regions of `base` that a link reaches from a region on `side`, with their weight factor.
std::vector<std::pair<const Region*, double>> reach(const Content& content, std::string_view base, Side side,
                                                    Laterality laterality) {
    std::vector<std::pair<const Region*, double>> result;
    for (const Region* region : content.regionsOfBase(base)) {
        if (region->side == Side::None || side == Side::None || region->side == side) {
            result.emplace_back(region, 1.0);
        } else if (laterality == Laterality::BothSides && region->side == opposite(side)) {
            result.emplace_back(region, otherSideFactor);
        }
    }
    return result;
}

/// Direct links of one region, both ways.
void directLinks(const Content& content, const Region& origin, const LinkQuery& query, std::vector<LinkedArea>& out) {
    for (const Link& link : content.links) {
        if (!link.appliesTo(query.ageBand) || query.hiddenMechanisms.contains(link.mechanism)) {
            continue;
        }
        const bool both = link.direction == Direction::BothWays;
        const auto add = [&](std::string_view otherBase, LinkRole role) {
            for (const auto& [region, factor] : reach(content, otherBase, origin.side, link.laterality)) {
                out.push_back(LinkedArea{&link, origin.id, region->id, role, 1, {}, link.strength * factor});
            }
        };
        if (link.from == origin.base) {
            add(link.to, both ? LinkRole::Mutual : LinkRole::Outgoing);
        } else if (link.to == origin.base) {
            add(link.from, both ? LinkRole::Mutual : LinkRole::Incoming);
        }
    }
}

void sortAreas(std::vector<LinkedArea>& areas) {
    std::stable_sort(areas.begin(), areas.end(), [](const LinkedArea& a, const LinkedArea& b) {
        return std::tie(a.step, b.weight, a.link->code, a.other) < std::tie(b.step, a.weight, b.link->code, b.other);
    });
}

} // namespace

std::vector<LinkedArea> linkedAreas(const Content& content, std::string_view regionId, const LinkQuery& query) {
    std::vector<LinkedArea> areas;
    const Region* origin = content.regions.find(regionId);
    if (!origin) {
        return areas;
    }
    directLinks(content, *origin, query, areas);
    if (query.secondStep) {
        // One more step in the same direction, weaker; keep the strongest path to each region.
        std::map<std::tuple<std::string, LinkRole>, LinkedArea> further;
        const std::size_t direct = areas.size();
        for (std::size_t i = 0; i < direct; ++i) {
            const LinkedArea first = areas[i];
            const Region* middle = content.regions.find(first.other);
            std::vector<LinkedArea> next;
            directLinks(content, *middle, query, next);
            for (LinkedArea& area : next) {
                const Region* target = content.regions.find(area.other);
                const bool otherSide =
                    origin->side != Side::None && target->side != Side::None && target->side != origin->side;
                const bool known = otherSide || area.other == origin->id ||
                                   std::any_of(areas.begin(), areas.begin() + static_cast<std::ptrdiff_t>(direct),
                                               [&](const LinkedArea& d) { return d.other == area.other; });
                if (area.role != first.role || known) {
                    continue;
                }
                area.selected = origin->id;
                area.step = 2;
                area.through = middle->id;
                area.weight *= first.weight * secondStepFactor;
                const auto key = std::make_tuple(area.other, area.role);
                const auto it = further.find(key);
                if (it == further.end() || it->second.weight < area.weight) {
                    further.insert_or_assign(key, area);
                }
            }
        }
        for (auto& [key, area] : further) {
            areas.push_back(area);
        }
    }
    sortAreas(areas);
    return areas;
}

std::vector<LinkedArea> linkedAreas(const Content& content, const Assessment& assessment, LinkQuery query) {
    query.ageBand = assessment.ageBand;
    std::vector<LinkedArea> all;
    for (const SelectedRegion& selected : assessment.regions) {
        auto areas = linkedAreas(content, selected.region, query);
        all.insert(all.end(), areas.begin(), areas.end());
    }
    sortAreas(all);
    return all;
}

std::set<std::string> highlightedRegions(const Content& content, const Assessment& assessment,
                                         const std::vector<LinkedArea>& areas) {
    std::set<std::string> result;
    for (const LinkedArea& area : areas) {
        const Region* region = content.regions.find(area.other);
        if (region && region->selectable && !assessment.isSelected(area.other)) {
            result.insert(area.other);
        }
    }
    return result;
}

std::string describeLinkedArea(const Content& content, const LinkedArea& area) {
    const Region* selected = content.regions.find(area.selected);
    const Region* other = content.regions.find(area.other);
    const std::string here = selected ? selected->displayName() : area.selected;
    const std::string there = other ? other->displayName() : area.other;
    const bool load = area.link->mechanism == Mechanism::KineticChain;
    std::string text;
    if (area.role == LinkRole::Mutual) {
        text = here + " and " + there + " are linked both ways: each can affect the other";
    } else if (area.role == LinkRole::Outgoing) {
        text = load ? "A problem at " + here + " can change the load on " + there
                    : "Pain from " + here + " can be felt at " + there;
    } else {
        text = load ? "How " + there + " moves and carries load can affect " + here
                    : "Pain at " + here + " can come from " + there;
    }
    if (area.step == 2) {
        const Region* middle = content.regions.find(area.through);
        text += " (by way of " + (middle ? middle->displayName() : area.through) + ")";
    }
    return text + ".";
}

} // namespace kinetic
