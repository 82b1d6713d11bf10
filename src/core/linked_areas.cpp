#include <kinetic/linked_areas.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace kinetic {

namespace {

Side opposite(Side side) {
    return side == Side::Left ? Side::Right : side == Side::Right ? Side::Left : Side::None;
}

/// Calls `visit(link, region, role, weight)` for each direct link of one region, both ways, or
/// only those in `role` when given. Follows the content's link graph, so it visits only the
/// links about the region's base and looks nothing up by name: the cost does not grow with the
/// size of the content. Referral keeps to the same side unless the link reaches both sides.
template <typename Visit>
void forEachDirectLink(const Content& content, const Region& origin, const LinkQuery& query,
                       std::optional<LinkRole> onlyRole, Visit visit) {
    const Region* const regions = content.regions.all().data();
    const Link* const links = content.links.all().data();
    for (const LinkGraph::End& end : content.graph.linksAt(static_cast<std::size_t>(&origin - regions))) {
        const Link& link = links[end.link];
        if (!link.appliesTo(query.ageBand) || query.hiddenMechanisms.contains(link.mechanism)) {
            continue;
        }
        const LinkRole role = link.direction == Direction::BothWays ? LinkRole::Mutual
                              : end.fromHere                        ? LinkRole::Outgoing
                                                                    : LinkRole::Incoming;
        if (onlyRole && role != *onlyRole) {
            continue;
        }
        for (const std::uint32_t i : content.graph.regionsAt(end)) {
            const Region& region = regions[i];
            if (region.side == Side::None || origin.side == Side::None || region.side == origin.side) {
                visit(link, region, role, link.strength);
            } else if (link.laterality == Laterality::BothSides && region.side == opposite(origin.side)) {
                visit(link, region, role, link.strength * otherSideFactor);
            }
        }
    }
}

/// Direct links of one region, both ways; `reached` gets the region of each area.
void directLinks(const Content& content, const Region& origin, const LinkQuery& query, std::vector<LinkedArea>& out,
                 std::vector<const Region*>& reached) {
    const auto add = [&](const Link& link, const Region& region, LinkRole role, double weight) {
        out.push_back(LinkedArea{&link, &origin, &region, role, 1, nullptr, weight});
        reached.push_back(&region);
    };
    forEachDirectLink(content, origin, query, std::nullopt, add);
}

/// A region one more step along the chain, as reached from a middle region.
struct Candidate {
    const Link* link;
    const Region* target;
    double weight;
};

/// One more step in the same direction from each direct area, weaker; keeps the strongest path
/// to each region. Direct areas often share their middle region, so the candidates through each
/// middle (in one direction) are gathered once, and no area is built for those not kept.
void secondSteps(const Content& content, const Region& origin, const LinkQuery& query, std::size_t first,
                 const std::vector<const Region*>& middles, std::vector<LinkedArea>& areas) {
    std::vector<const Region*> known = middles;
    std::sort(known.begin(), known.end());
    std::vector<std::tuple<const Region*, LinkRole, std::vector<Candidate>>> gathered;
    const auto candidates = [&](const Region* middle, LinkRole role) -> const std::vector<Candidate>& {
        for (const auto& [m, r, list] : gathered) {
            if (m == middle && r == role) {
                return list;
            }
        }
        std::vector<Candidate> list;
        forEachDirectLink(
            content, *middle, query, role, [&](const Link& link, const Region& target, LinkRole, double w) {
                const bool otherSide =
                    origin.side != Side::None && target.side != Side::None && target.side != origin.side;
                if (!otherSide && &target != &origin && !std::binary_search(known.begin(), known.end(), &target)) {
                    list.push_back({&link, &target, w});
                }
            });
        return std::get<2>(gathered.emplace_back(middle, role, std::move(list)));
    };
    // The strongest path to each (region, role), the first of equals; areas are built at the end.
    struct Best {
        const Region* target;
        LinkRole role;
        double weight;
        const Link* link;
        const Region* middle;
    };
    std::vector<Best> further;
    // Where each (region, role) is in `further`, by region position and role: a lookup that does
    // not grow with the number of paths found.
    constexpr std::size_t roles = 3;
    const Region* const regions = content.regions.all().data();
    std::vector<std::uint32_t> slot(content.regions.size() * roles, 0); // position + 1; 0: none yet
    for (std::size_t i = 0; i < middles.size(); ++i) {
        const LinkRole role = areas[first + i].role;
        const double stepWeight = areas[first + i].weight * secondStepFactor;
        for (const Candidate& candidate : candidates(middles[i], role)) {
            const double weight = candidate.weight * stepWeight;
            std::uint32_t& at =
                slot[static_cast<std::size_t>(candidate.target - regions) * roles + static_cast<std::size_t>(role)];
            if (at == 0) {
                further.push_back({candidate.target, role, weight, candidate.link, middles[i]});
                at = static_cast<std::uint32_t>(further.size());
            } else if (Best& best = further[at - 1]; best.weight < weight) {
                best = {candidate.target, role, weight, candidate.link, middles[i]};
            }
        }
    }
    for (const Best& best : further) { // sortAreas puts them in order
        areas.push_back(LinkedArea{best.link, &origin, best.target, best.role, 2, best.middle, best.weight});
    }
}

/// Sorts `areas` stably: direct links first, then strongest first, then by link code, region id
/// (by their ranks in the link graph: numbers, not strings) and role. Each area's key is made
/// once, so that comparing two looks nothing up.
void sortAreas(const Content& content, std::vector<LinkedArea>& areas) {
    struct Key {
        int step;
        double weight;
        std::uint64_t ranks; ///< The link's rank, then the region's.
        LinkRole role;       ///< For areas alike in all else: second steps through one link both ways.
        std::uint32_t index; ///< Where the area was: equal keys keep their order.
    };
    const Link* const links = content.links.all().data();
    const Region* const regions = content.regions.all().data();
    std::vector<Key> keys;
    keys.reserve(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const LinkedArea& area = areas[i];
        const std::uint64_t link = content.graph.linkRank(static_cast<std::size_t>(area.link - links));
        const std::uint64_t region = content.graph.regionRank(static_cast<std::size_t>(area.other - regions));
        keys.push_back({area.step, area.weight, (link << 32U) | region, area.role, static_cast<std::uint32_t>(i)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.step, b.weight, a.ranks, a.role, a.index) <
               std::tie(b.step, a.weight, b.ranks, b.role, b.index);
    });
    std::vector<LinkedArea> sorted;
    sorted.reserve(areas.size());
    for (const Key& key : keys) {
        sorted.push_back(areas[key.index]);
    }
    areas = std::move(sorted);
}

/// The areas linked to one region, in the order they are found.
void collectAreas(const Content& content, const Region& origin, const LinkQuery& query,
                  std::vector<LinkedArea>& areas) {
    const std::size_t first = areas.size();
    std::vector<const Region*> reached;
    directLinks(content, origin, query, areas, reached);
    if (query.secondStep) {
        secondSteps(content, origin, query, first, reached, areas);
    }
}

void requireGraph(const Content& content) {
    if (content.graph.regionCount() != content.regions.size() || content.graph.linkCount() != content.links.size()) {
        throw std::logic_error("the content's link graph is not built");
    }
}

} // namespace

std::vector<LinkedArea> linkedAreas(const Content& content, std::string_view regionId, const LinkQuery& query) {
    requireGraph(content);
    std::vector<LinkedArea> areas;
    if (const Region* origin = content.regions.find(regionId)) {
        collectAreas(content, *origin, query, areas);
        sortAreas(content, areas);
    }
    return areas;
}

std::vector<LinkedArea> linkedAreas(const Content& content, const Assessment& assessment, LinkQuery query) {
    requireGraph(content);
    query.ageBand = assessment.ageBand;
    // One sort of every region's areas, found in the order of the selection: equal areas keep
    // that order, as the areas of each region, sorted and merged in turn, would.
    std::vector<LinkedArea> all;
    for (const SelectedRegion& selected : assessment.regions) {
        if (const Region* origin = content.regions.find(selected.region)) {
            collectAreas(content, *origin, query, all);
        }
    }
    sortAreas(content, all);
    return all;
}

std::set<std::string> highlightedRegions(const Assessment& assessment, const std::vector<LinkedArea>& areas) {
    // Second steps are listed in words but do not light up: the diagram shows direct links.
    // Many areas share a region: each is checked and copied once, in id order.
    std::vector<const Region*> lit;
    for (const LinkedArea& area : areas) {
        if (area.step == 1 && area.other->selectable) {
            lit.push_back(area.other);
        }
    }
    std::sort(lit.begin(), lit.end()); // by address first: cheap, and puts one region's copies side by side
    lit.erase(std::unique(lit.begin(), lit.end()), lit.end());
    std::erase_if(lit, [&](const Region* region) { return assessment.isSelected(region->id); });
    std::sort(lit.begin(), lit.end(), [](const Region* a, const Region* b) { return a->id < b->id; });
    std::set<std::string> result;
    for (const Region* region : lit) {
        result.insert(result.end(), region->id);
    }
    return result;
}

std::string describeLinkedArea(const LinkedArea& area) {
    const std::string here = area.selected->displayName();
    const std::string there = area.other->displayName();
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
        text += " (by way of " + area.through->displayName() + ")";
    }
    return text + ".";
}

} // namespace kinetic
