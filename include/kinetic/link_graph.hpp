#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kinetic {

struct Region;
struct Link;

/// The links between regions resolved to positions in the content's tables, once, when the
/// content is built: following a link then looks nothing up by name. Also the place of each link
/// in code order and of each region in id order, so that results sort on numbers, not strings.
/// Positions, not pointers: a copy of the content keeps a valid graph.
class LinkGraph {
public:
    /// One link seen from one of its ends.
    struct End {
        std::uint32_t link;  ///< Position in the links table.
        std::uint32_t other; ///< The base at the other end (see `regionsAt`).
        bool fromHere;       ///< This end is the link's `from`.
    };

    /// One region reached from a region along one link: the links of `linksAt` followed to the
    /// regions of their other end that referral can reach. It keeps to the same side unless the
    /// link reaches both sides; a region without a side reaches and is reached from either side.
    /// What queries filter on is copied here as bits of `traits`, so that a query tests a reach
    /// with one mask and reads no link.
    struct Reach {
        std::uint32_t link;   ///< Position in the links table.
        std::uint32_t region; ///< Position of the region reached.
        std::uint32_t traits; ///< The bits below.
        std::uint8_t way;     ///< `wayFrom`, `wayTo` or `wayBoth`.
        bool acrossBody;      ///< Reached on the other side: the link reaches both sides.
    };
    /// Which way a link runs as seen from the region reached from: the order of `LinkRole`.
    static constexpr std::uint8_t wayFrom = 0;
    static constexpr std::uint8_t wayTo = 1;
    static constexpr std::uint8_t wayBoth = 2;
    /// Bit `ageBit + band` of `traits`: the link does not apply to that `AgeBand`.
    static constexpr unsigned ageBit = 0;
    /// Bit `mechanismBit + mechanism` of `traits`: the link's `Mechanism`.
    static constexpr unsigned mechanismBit = 8;
    /// Bit `wayBit + way` of `traits`: the reach's way.
    static constexpr unsigned wayBit = 16;

    LinkGraph() = default;
    LinkGraph(const std::vector<Region>& regions, const std::vector<Link>& links);

    /// The links from or to the base of the region at `region`, in table order; a link from a
    /// base to itself once, as from it.
    std::span<const End> linksAt(std::size_t region) const;
    /// The positions of the regions at the other end of `end`, in table order.
    std::span<const std::uint32_t> regionsAt(const End& end) const;
    /// The regions reached from the region at `region`, in the order of `linksAt` and, for each
    /// link, of `regionsAt`.
    std::span<const Reach> reachFrom(std::size_t region) const {
        return std::span(m_reach).subspan(m_reachStart[region], m_reachStart[region + 1] - m_reachStart[region]);
    }
    /// Equal for equal codes, and ordered as the codes are.
    std::uint32_t linkRank(std::size_t link) const { return m_linkRank[link]; }
    /// Ordered as the region ids are.
    std::uint32_t regionRank(std::size_t region) const { return m_regionRank[region]; }
    /// The number of regions and links the graph was built for: the content's, once it is built.
    std::size_t regionCount() const { return m_baseOfRegion.size(); }
    std::size_t linkCount() const { return m_linkRank.size(); }

private:
    void findReach(const std::vector<Region>& regions, const std::vector<Link>& links);

    // Each base's regions and ends are one run of a flat list: `m_regionStart[b]` to
    // `m_regionStart[b + 1]`, and the same for ends.
    std::vector<std::uint32_t> m_baseOfRegion;
    std::vector<std::uint32_t> m_regionStart;
    std::vector<std::uint32_t> m_regions;
    std::vector<std::uint32_t> m_endStart;
    std::vector<End> m_ends;
    std::vector<std::uint32_t> m_reachStart; ///< By region, not base: sides differ within a base.
    std::vector<Reach> m_reach;
    std::vector<std::uint32_t> m_linkRank;
    std::vector<std::uint32_t> m_regionRank;
};

} // namespace kinetic
