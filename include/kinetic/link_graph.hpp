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

    LinkGraph() = default;
    LinkGraph(const std::vector<Region>& regions, const std::vector<Link>& links);

    /// The links from or to the base of the region at `region`, in table order; a link from a
    /// base to itself once, as from it.
    std::span<const End> linksAt(std::size_t region) const;
    /// The positions of the regions at the other end of `end`, in table order.
    std::span<const std::uint32_t> regionsAt(const End& end) const;
    /// Equal for equal codes, and ordered as the codes are.
    std::uint32_t linkRank(std::size_t link) const { return m_linkRank[link]; }
    /// Ordered as the region ids are.
    std::uint32_t regionRank(std::size_t region) const { return m_regionRank[region]; }
    /// The number of regions and links the graph was built for: the content's, once it is built.
    std::size_t regionCount() const { return m_baseOfRegion.size(); }
    std::size_t linkCount() const { return m_linkRank.size(); }

private:
    // Each base's regions and ends are one run of a flat list: `m_regionStart[b]` to
    // `m_regionStart[b + 1]`, and the same for ends.
    std::vector<std::uint32_t> m_baseOfRegion;
    std::vector<std::uint32_t> m_regionStart;
    std::vector<std::uint32_t> m_regions;
    std::vector<std::uint32_t> m_endStart;
    std::vector<End> m_ends;
    std::vector<std::uint32_t> m_linkRank;
    std::vector<std::uint32_t> m_regionRank;
};

} // namespace kinetic
