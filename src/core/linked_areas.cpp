#include <kinetic/linked_areas.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>

namespace kinetic {

namespace {

static_assert(static_cast<std::uint8_t>(LinkRole::Outgoing) == LinkGraph::wayFrom &&
              static_cast<std::uint8_t>(LinkRole::Incoming) == LinkGraph::wayTo &&
              static_cast<std::uint8_t>(LinkRole::Mutual) == LinkGraph::wayBoth);

/// The bits of a reach's traits that leave it out of a query: the query's age band and hidden
/// mechanisms.
std::uint32_t rejected(const LinkQuery& query) {
    std::uint32_t bits = 0;
    if (query.ageBand) {
        bits |= 1U << (LinkGraph::ageBit + static_cast<unsigned>(*query.ageBand));
    }
    for (const Mechanism mechanism : query.hiddenMechanisms) {
        bits |= 1U << (LinkGraph::mechanismBit + static_cast<unsigned>(mechanism));
    }
    return bits;
}

/// Calls `visit(link, region, role, weight)` for each region one region reaches directly along
/// the links a query keeps (`rejected`): both ways, or only in `role` when given. Follows the
/// content's link graph, so it visits only the links about the region's base, looks nothing up
/// by name, and the cost does not grow with the size of the content. The graph keeps referral
/// to the sides it can reach.
template <typename Visit>
void forEachDirectLink(const Content& content, const Region& origin, std::uint32_t rejects,
                       std::optional<LinkRole> onlyRole, Visit visit) {
    if (onlyRole) {
        rejects |= (0b111U & ~(1U << static_cast<unsigned>(*onlyRole))) << LinkGraph::wayBit;
    }
    const Region* const regions = content.regions.all().data();
    const Link* const links = content.links.all().data();
    for (const LinkGraph::Reach& reach : content.graph.reachFrom(static_cast<std::size_t>(&origin - regions))) {
        if ((reach.traits & rejects) == 0) {
            const Link& link = links[reach.link];
            visit(link, regions[reach.region], static_cast<LinkRole>(reach.way),
                  reach.acrossBody ? link.strength * otherSideFactor : link.strength);
        }
    }
}

/// Direct links of one region, both ways.
void directLinks(const Content& content, const Region& origin, std::uint32_t rejects, std::vector<LinkedArea>& out) {
    forEachDirectLink(content, origin, rejects, std::nullopt,
                      [&](const Link& link, const Region& region, LinkRole role, double weight) {
                          out.push_back(LinkedArea{&link, &origin, &region, role, 1, nullptr, weight});
                      });
}

/// One more step in the same direction from each direct area (`areas` from `first` on), weaker;
/// keeps the strongest path to each region, the first of equals, as an area added after the
/// direct ones. `slot` is scratch space, reused from region to region.
void secondSteps(const Content& content, const Region& origin, std::uint32_t rejects, std::size_t first,
                 std::vector<LinkedArea>& areas, std::vector<std::uint32_t>& slot) {
    // By region position: whether a direct area reaches it, and where the second step to it in
    // each role is in `areas` (position + 1; 0: none yet). Lookups that do not grow with the
    // number of paths found.
    constexpr std::size_t roles = 3;
    constexpr std::size_t columns = roles + 1;
    constexpr std::size_t direct = roles; // the column marking regions reached directly
    const Region* const regions = content.regions.all().data();
    slot.assign(content.regions.size() * columns, 0);
    const std::size_t last = areas.size();
    for (std::size_t i = first; i < last; ++i) {
        slot[static_cast<std::size_t>(areas[i].other - regions) * columns + direct] = 1;
    }
    for (std::size_t i = first; i < last; ++i) {
        const Region* middle = areas[i].other; // copied: adding areas may move them
        const LinkRole role = areas[i].role;
        const double stepWeight = areas[i].weight * secondStepFactor;
        forEachDirectLink(content, *middle, rejects, role,
                          [&](const Link& link, const Region& target, LinkRole, double w) {
                              const std::size_t row = static_cast<std::size_t>(&target - regions) * columns;
                              const bool otherSide =
                                  origin.side != Side::None && target.side != Side::None && target.side != origin.side;
                              if (otherSide || &target == &origin || slot[row + direct] != 0) {
                                  return;
                              }
                              const LinkedArea path{&link, &origin, &target, role, 2, middle, w * stepWeight};
                              std::uint32_t& at = slot[row + static_cast<std::size_t>(role)];
                              if (at == 0) {
                                  areas.push_back(path);
                                  at = static_cast<std::uint32_t>(areas.size());
                              } else if (LinkedArea& best = areas[at - 1]; best.weight < path.weight) {
                                  best = path;
                              }
                          });
    }
}

/// Sorts `areas` stably: direct links first, then strongest first, then by link code, region id
/// (by their ranks in the link graph: numbers, not strings) and role. Each area's key is made
/// once, as three numbers, so that comparing two looks nothing up and compares integers.
void sortAreas(const Content& content, std::vector<LinkedArea>& areas) {
    struct Key {
        std::uint64_t strength; ///< The step, then the weight: smaller first.
        std::uint64_t ranks;    ///< The link's rank, then the region's.
        std::uint64_t rest;     ///< The role, then where the area was: equal areas keep their order.
    };
    // A weight is a product of link strengths (0 to 1) and factors below 1, so it is neither
    // negative nor infinite, and the bits of such doubles are ordered as their values are.
    constexpr std::uint64_t infinity = 0x7FF0'0000'0000'0000U;
    const Link* const links = content.links.all().data();
    const Region* const regions = content.regions.all().data();
    std::vector<Key> keys;
    keys.reserve(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const LinkedArea& area = areas[i];
        const auto weight = std::bit_cast<std::uint64_t>(std::clamp(area.weight, 0.0, 1.0));
        const std::uint64_t step = area.step == 1 ? 0U : 1U;
        const std::uint64_t link = content.graph.linkRank(static_cast<std::size_t>(area.link - links));
        const std::uint64_t region = content.graph.regionRank(static_cast<std::size_t>(area.other - regions));
        const auto role = static_cast<std::uint64_t>(area.role);
        keys.push_back({(step << 63U) | (infinity - weight), (link << 32U) | region, (role << 32U) | i});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.strength != b.strength) {
            return a.strength < b.strength;
        }
        return a.ranks != b.ranks ? a.ranks < b.ranks : a.rest < b.rest;
    });
    std::vector<LinkedArea> sorted;
    sorted.reserve(areas.size());
    for (const Key& key : keys) {
        sorted.push_back(areas[static_cast<std::uint32_t>(key.rest)]);
    }
    areas = std::move(sorted);
}

/// The areas linked to one region, in the order they are found. `rejects` is `rejected(query)`,
/// made once per query; `scratch` is reused from region to region.
void collectAreas(const Content& content, const Region& origin, const LinkQuery& query, std::uint32_t rejects,
                  std::vector<LinkedArea>& areas, std::vector<std::uint32_t>& scratch) {
    const std::size_t first = areas.size();
    directLinks(content, origin, rejects, areas);
    if (query.secondStep) {
        secondSteps(content, origin, rejects, first, areas, scratch);
    }
}

/// Room for the areas of `origins`: their direct reach twice over, which most selections do
/// not pass, so that the list is not moved as it grows.
std::size_t expectedAreas(const Content& content, std::span<const Region* const> origins) {
    std::size_t reach = 0;
    for (const Region* origin : origins) {
        reach += content.graph.reachFrom(static_cast<std::size_t>(origin - content.regions.all().data())).size();
    }
    return 2 * reach;
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
        areas.reserve(expectedAreas(content, std::span(&origin, 1)));
        std::vector<std::uint32_t> scratch;
        collectAreas(content, *origin, query, rejected(query), areas, scratch);
        sortAreas(content, areas);
    }
    return areas;
}

std::vector<LinkedArea> linkedAreas(const Content& content, const Assessment& assessment, LinkQuery query) {
    requireGraph(content);
    query.ageBand = assessment.ageBand;
    // One sort of every region's areas, found in the order of the selection: equal areas keep
    // that order, as the areas of each region, sorted and merged in turn, would.
    std::vector<const Region*> origins;
    origins.reserve(assessment.regions.size());
    for (const SelectedRegion& selected : assessment.regions) {
        if (const Region* origin = content.regions.find(selected.region)) {
            origins.push_back(origin);
        }
    }
    std::vector<LinkedArea> all;
    all.reserve(expectedAreas(content, origins));
    const std::uint32_t rejects = rejected(query);
    std::vector<std::uint32_t> scratch;
    for (const Region* origin : origins) {
        collectAreas(content, *origin, query, rejects, all, scratch);
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
