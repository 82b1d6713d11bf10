#include <kinetic/linked_areas.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

namespace kinetic {

namespace {

Side opposite(Side side) {
    return side == Side::Left ? Side::Right : side == Side::Right ? Side::Left : Side::None;
}

/// Calls `visit(region, factor)` for each region of `base` that a link reaches from a region on
/// `side`, with its weight factor.
template <typename Visit>
void reach(const Content& content, std::string_view base, Side side, Laterality laterality, Visit visit) {
    for (const std::size_t i : content.regions.about(base)) {
        const Region& region = content.regions.all()[i];
        if (region.side == Side::None || side == Side::None || region.side == side) {
            visit(region, 1.0);
        } else if (laterality == Laterality::BothSides && region.side == opposite(side)) {
            visit(region, otherSideFactor);
        }
    }
}

/// Calls `visit(link, region, role, weight)` for each direct link of one region, both ways, or
/// only those in `role` when given. Visits only the links about its base (the content's index),
/// so the cost does not grow with the size of the content.
template <typename Visit>
void forEachDirectLink(const Content& content, const Region& origin, const LinkQuery& query,
                       std::optional<LinkRole> onlyRole, Visit visit) {
    for (const std::size_t i : content.links.about(origin.base)) {
        const Link& link = content.links.all()[i];
        if (!link.appliesTo(query.ageBand) || query.hiddenMechanisms.contains(link.mechanism)) {
            continue;
        }
        const bool both = link.direction == Direction::BothWays;
        const auto add = [&](std::string_view otherBase, LinkRole role) {
            if (onlyRole && role != *onlyRole) {
                return;
            }
            reach(content, otherBase, origin.side, link.laterality,
                  [&](const Region& region, double factor) { visit(link, region, role, link.strength * factor); });
        };
        if (link.from == origin.base) {
            add(link.to, both ? LinkRole::Mutual : LinkRole::Outgoing);
        } else if (link.to == origin.base) {
            add(link.from, both ? LinkRole::Mutual : LinkRole::Incoming);
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
void secondSteps(const Content& content, const Region& origin, const LinkQuery& query,
                 const std::vector<const Region*>& middles, std::vector<LinkedArea>& areas) {
    const std::size_t direct = areas.size();
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
                if (!otherSide && target.id != origin.id && !std::binary_search(known.begin(), known.end(), &target)) {
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
    for (std::size_t i = 0; i < direct; ++i) {
        const LinkedArea& first = areas[i];
        for (const Candidate& candidate : candidates(middles[i], first.role)) {
            const double weight = candidate.weight * (first.weight * secondStepFactor);
            std::uint32_t& at = slot[static_cast<std::size_t>(candidate.target - regions) * roles +
                                     static_cast<std::size_t>(first.role)];
            if (at == 0) {
                further.push_back({candidate.target, first.role, weight, candidate.link, middles[i]});
                at = static_cast<std::uint32_t>(further.size());
            } else if (Best& best = further[at - 1]; best.weight < weight) {
                best = {candidate.target, first.role, weight, candidate.link, middles[i]};
            }
        }
    }
    std::sort(further.begin(), further.end(), [](const Best& a, const Best& b) {
        return std::tie(a.target->id, a.role) < std::tie(b.target->id, b.role); // by region id, then role
    });
    for (const Best& best : further) {
        areas.push_back(LinkedArea{best.link, &origin, best.target, best.role, 2, best.middle, best.weight});
    }
}

/// Direct links first, then strongest first, then by link code and region id.
bool before(const LinkedArea& a, const LinkedArea& b) {
    return std::tie(a.step, b.weight, a.link->code, a.other->id) <
           std::tie(b.step, a.weight, b.link->code, b.other->id);
}

} // namespace

std::vector<LinkedArea> linkedAreas(const Content& content, std::string_view regionId, const LinkQuery& query) {
    std::vector<LinkedArea> areas;
    const Region* origin = content.regions.find(regionId);
    if (!origin) {
        return areas;
    }
    std::vector<const Region*> reached;
    directLinks(content, *origin, query, areas, reached);
    if (query.secondStep) {
        secondSteps(content, *origin, query, reached, areas);
    }
    std::stable_sort(areas.begin(), areas.end(), before); // an area is a few pointers: cheap to move
    return areas;
}

std::vector<LinkedArea> linkedAreas(const Content& content, const Assessment& assessment, LinkQuery query) {
    query.ageBand = assessment.ageBand;
    std::vector<LinkedArea> all;
    for (const SelectedRegion& selected : assessment.regions) {
        auto areas = linkedAreas(content, selected.region, query);
        const auto sorted = static_cast<std::ptrdiff_t>(all.size());
        all.insert(all.end(), std::make_move_iterator(areas.begin()), std::make_move_iterator(areas.end()));
        // Both runs are sorted: a stable merge is the stable sort of the whole.
        std::inplace_merge(all.begin(), all.begin() + sorted, all.end(), before);
    }
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
    std::sort(lit.begin(), lit.end(), [](const Region* a, const Region* b) { return a->id < b->id; });
    lit.erase(std::unique(lit.begin(), lit.end()), lit.end()); // one region, one id: side by side
    std::set<std::string> result;
    for (const Region* region : lit) {
        if (!assessment.isSelected(region->id)) {
            result.insert(result.end(), region->id);
        }
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
