#include <kinetic/content.hpp>
#include <kinetic/link_graph.hpp>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace kinetic {

namespace {

/// For each item, its place in the order of `key`: equal keys, equal places.
template <typename T, typename Key>
std::vector<std::uint32_t> ranks(const std::vector<T>& items, Key key) {
    std::vector<std::uint32_t> order(items.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return key(items[a]) < key(items[b]); });
    std::vector<std::uint32_t> rank(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const bool same = i > 0 && key(items[order[i]]) == key(items[order[i - 1]]);
        rank[order[i]] = same ? rank[order[i - 1]] : static_cast<std::uint32_t>(i);
    }
    return rank;
}

/// Turns per-group lists into one flat list with the start of each group.
template <typename T>
void flatten(const std::vector<std::vector<T>>& groups, std::vector<std::uint32_t>& start, std::vector<T>& flat) {
    start.assign(1, 0);
    for (const auto& group : groups) {
        flat.insert(flat.end(), group.begin(), group.end());
        start.push_back(static_cast<std::uint32_t>(flat.size()));
    }
}

} // namespace

LinkGraph::LinkGraph(const std::vector<Region>& regions, const std::vector<Link>& links)
    : m_linkRank(ranks(links, [](const Link& link) -> std::string_view { return link.code; }))
    , m_regionRank(ranks(regions, [](const Region& region) -> std::string_view { return region.id; })) {
    std::unordered_map<std::string_view, std::uint32_t> bases;
    std::vector<std::vector<std::uint32_t>> regionsOfBase;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const auto [it, added] = bases.try_emplace(regions[i].base, static_cast<std::uint32_t>(regionsOfBase.size()));
        if (added) {
            regionsOfBase.emplace_back();
        }
        regionsOfBase[it->second].push_back(static_cast<std::uint32_t>(i));
        m_baseOfRegion.push_back(it->second);
    }
    // A base no region has (checked content has none) gets its own empty group.
    const auto baseOf = [&](std::string_view base) {
        const auto [it, added] = bases.try_emplace(base, static_cast<std::uint32_t>(regionsOfBase.size()));
        if (added) {
            regionsOfBase.emplace_back();
        }
        return it->second;
    };
    std::vector<std::vector<End>> endsOfBase;
    for (std::size_t i = 0; i < links.size(); ++i) {
        const std::uint32_t from = baseOf(links[i].from);
        const std::uint32_t to = baseOf(links[i].to);
        endsOfBase.resize(regionsOfBase.size());
        const auto link = static_cast<std::uint32_t>(i);
        endsOfBase[from].push_back({link, to, true});
        if (to != from) {
            endsOfBase[to].push_back({link, from, false});
        }
    }
    endsOfBase.resize(regionsOfBase.size());
    flatten(regionsOfBase, m_regionStart, m_regions);
    flatten(endsOfBase, m_endStart, m_ends);
    findReach(regions, links);
}

// Each kind of trait has eight bits: one per age band, one per mechanism, one per way.
static_assert(EnumNames<AgeBand>::names.size() <= LinkGraph::mechanismBit - LinkGraph::ageBit);
static_assert(EnumNames<Mechanism>::names.size() <= LinkGraph::wayBit - LinkGraph::mechanismBit);

void LinkGraph::findReach(const std::vector<Region>& regions, const std::vector<Link>& links) {
    m_reachStart.assign(1, 0);
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const Side side = regions[r].side;
        for (const End& end : linksAt(r)) {
            const Link& link = links[end.link];
            const std::uint8_t way = link.direction == Direction::BothWays ? wayBoth : end.fromHere ? wayFrom : wayTo;
            std::uint32_t traits =
                (1U << (mechanismBit + static_cast<unsigned>(link.mechanism))) | (1U << (wayBit + way));
            if (!link.ageBands.empty()) {
                for (std::size_t band = 0; band < EnumNames<AgeBand>::names.size(); ++band) {
                    if (!link.appliesTo(static_cast<AgeBand>(band))) {
                        traits |= 1U << (ageBit + band);
                    }
                }
            }
            for (const std::uint32_t i : regionsAt(end)) {
                const Side other = regions[i].side;
                const bool sameSide = other == Side::None || side == Side::None || other == side;
                if (sameSide || link.laterality == Laterality::BothSides) {
                    m_reach.push_back({end.link, i, traits, way, !sameSide});
                }
            }
        }
        m_reachStart.push_back(static_cast<std::uint32_t>(m_reach.size()));
    }
}

std::span<const LinkGraph::End> LinkGraph::linksAt(std::size_t region) const {
    const std::uint32_t base = m_baseOfRegion[region];
    return std::span(m_ends).subspan(m_endStart[base], m_endStart[base + 1] - m_endStart[base]);
}

std::span<const std::uint32_t> LinkGraph::regionsAt(const End& end) const {
    return std::span(m_regions).subspan(m_regionStart[end.other],
                                        m_regionStart[end.other + 1] - m_regionStart[end.other]);
}

} // namespace kinetic
