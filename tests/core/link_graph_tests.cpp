#include "fixtures.hpp"

#include <kinetic/linked_areas.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace kinetic;
using namespace kinetic::test;

namespace {

/// What the graph stands for, found by name: for a region, each link from or to its base in
/// table order (a link from a base to itself once), with the regions of the base at the other end.
struct NamedEnd {
    std::size_t link;
    bool fromHere;
    std::vector<std::size_t> others;

    friend bool operator==(const NamedEnd&, const NamedEnd&) = default;
};

std::vector<NamedEnd> byName(const Content& content, const Region& region) {
    std::vector<NamedEnd> ends;
    for (std::size_t i = 0; i < content.links.size(); ++i) {
        const Link& link = content.links.all()[i];
        if (link.from != region.base && link.to != region.base) {
            continue;
        }
        const bool fromHere = link.from == region.base;
        const std::string& other = fromHere ? link.to : link.from;
        NamedEnd end{i, fromHere, {}};
        for (std::size_t j = 0; j < content.regions.size(); ++j) {
            if (content.regions.all()[j].base == other) {
                end.others.push_back(j);
            }
        }
        ends.push_back(end);
    }
    return ends;
}

std::vector<NamedEnd> byGraph(const Content& content, std::size_t region) {
    std::vector<NamedEnd> ends;
    for (const LinkGraph::End& end : content.graph.linksAt(region)) {
        const auto others = content.graph.regionsAt(end);
        ends.push_back({end.link, end.fromHere, std::vector<std::size_t>(others.begin(), others.end())});
    }
    return ends;
}

/// Items made by hand for a graph, with only what the graph reads.
Region makeRegion(std::string id, std::string base, Side side = Side::None) {
    Region region;
    region.id = std::move(id);
    region.base = std::move(base);
    region.side = side;
    return region;
}

Link makeLink(std::string code, std::string from, std::string to) {
    Link link;
    link.code = std::move(code);
    link.from = std::move(from);
    link.to = std::move(to);
    return link;
}

/// A reach as the graph should have it, found by name and by the rules for sides.
struct NamedReach {
    std::size_t link;
    std::size_t region;
    std::uint8_t way;
    bool acrossBody;
    std::uint32_t traits;

    friend bool operator==(const NamedReach&, const NamedReach&) = default;
};

std::vector<NamedReach> reachByName(const Content& content, const Region& origin) {
    std::vector<NamedReach> reached;
    for (const NamedEnd& end : byName(content, origin)) {
        const Link& link = content.links.all()[end.link];
        const std::uint8_t way = link.direction == Direction::BothWays ? LinkGraph::wayBoth
                                 : end.fromHere                        ? LinkGraph::wayFrom
                                                                       : LinkGraph::wayTo;
        std::uint32_t traits = (1U << (LinkGraph::mechanismBit + static_cast<unsigned>(link.mechanism))) |
                               (1U << (LinkGraph::wayBit + way));
        for (const AgeBand band : {AgeBand::Child, AgeBand::Teen, AgeBand::Adult, AgeBand::Older}) {
            const bool listed = std::find(link.ageBands.begin(), link.ageBands.end(), band) != link.ageBands.end();
            if (!link.ageBands.empty() && !listed) {
                traits |= 1U << (LinkGraph::ageBit + static_cast<unsigned>(band));
            }
        }
        for (const std::size_t other : end.others) {
            const Side side = content.regions.all()[other].side;
            if (side == Side::None || origin.side == Side::None || side == origin.side) {
                reached.push_back({end.link, other, way, false, traits});
            } else if (link.laterality == Laterality::BothSides) {
                reached.push_back({end.link, other, way, true, traits});
            }
        }
    }
    return reached;
}

} // namespace

TEST_CASE("The link graph reaches from every bundled region what the links and sides allow") {
    const Content& content = bundled();
    std::size_t limitedByAge = 0;
    for (std::size_t i = 0; i < content.regions.size(); ++i) {
        const Region& region = content.regions.all()[i];
        INFO(region.id);
        std::vector<NamedReach> reached;
        for (const LinkGraph::Reach& reach : content.graph.reachFrom(i)) {
            reached.push_back({reach.link, reach.region, reach.way, reach.acrossBody, reach.traits});
            limitedByAge += (reach.traits & 0xFFU) != 0 ? 1 : 0;
        }
        CHECK(reached == reachByName(content, region));
    }
    CHECK(limitedByAge > 0); // the bundled content has links for some ages only
}

TEST_CASE("The link graph resolves every link of every bundled region as a lookup by name would") {
    const Content& content = bundled();
    REQUIRE(content.graph.regionCount() == content.regions.size());
    std::size_t followed = 0;
    for (std::size_t i = 0; i < content.regions.size(); ++i) {
        const Region& region = content.regions.all()[i];
        INFO(region.id);
        const auto expected = byName(content, region);
        CHECK(byGraph(content, i) == expected);
        followed += expected.size();
    }
    CHECK(followed > content.links.size()); // most links have a region at each end
}

TEST_CASE("The link graph orders links by code and regions by id") {
    const Content& content = bundled();
    const auto& links = content.links.all();
    const auto& regions = content.regions.all();
    for (std::size_t a = 0; a < links.size(); ++a) {
        for (std::size_t b = 0; b < links.size(); ++b) {
            INFO(links[a].code << " " << links[b].code);
            CHECK((content.graph.linkRank(a) < content.graph.linkRank(b)) == (links[a].code < links[b].code));
        }
    }
    for (std::size_t a = 0; a < regions.size(); ++a) {
        for (std::size_t b = 0; b < regions.size(); ++b) {
            INFO(regions[a].id << " " << regions[b].id);
            CHECK((content.graph.regionRank(a) < content.graph.regionRank(b)) == (regions[a].id < regions[b].id));
        }
    }
}

TEST_CASE("A link graph built from items by hand sees a link from a base to itself once") {
    const std::vector<Region> regions{makeRegion("knee_front_left", "knee_front"),
                                      makeRegion("knee_front_right", "knee_front"),
                                      makeRegion("lower_back", "lower_back")};
    const std::vector<Link> links{makeLink("B", "lower_back", "knee_front"), makeLink("A", "knee_front", "knee_front"),
                                  // Not in checked content: no regions at that end.
                                  makeLink("A", "knee_front", "nowhere")};
    const LinkGraph graph(regions, links);

    const auto knee = graph.linksAt(1);
    REQUIRE(knee.size() == 3);
    CHECK((knee[0].link == 0 && !knee[0].fromHere));
    CHECK(graph.regionsAt(knee[0]).size() == 1);
    CHECK((knee[1].link == 1 && knee[1].fromHere));
    CHECK(graph.regionsAt(knee[1]).size() == 2);
    CHECK((knee[2].link == 2 && graph.regionsAt(knee[2]).empty()));
    CHECK(graph.linksAt(2).size() == 1);
    CHECK(graph.linkRank(1) == graph.linkRank(2)); // equal codes
    CHECK(graph.linkRank(1) < graph.linkRank(0));
}

TEST_CASE("A link graph built from items by hand reaches the other side only along links to both sides") {
    const auto link = [](std::string from, std::string to, Laterality laterality) {
        Link made = makeLink("A", std::move(from), std::move(to));
        made.laterality = laterality;
        made.mechanism = Mechanism::Myofascial;
        made.ageBands = {AgeBand::Adult, AgeBand::Older};
        return made;
    };
    const std::vector<Region> regions{
        makeRegion("hip_left", "hip", Side::Left), makeRegion("hip_right", "hip", Side::Right),
        makeRegion("knee_left", "knee", Side::Left), makeRegion("knee_right", "knee", Side::Right),
        makeRegion("lower_back", "lower_back")};
    const std::vector<Link> links{link("hip", "knee", Laterality::SameSide), link("knee", "hip", Laterality::BothSides),
                                  link("lower_back", "knee", Laterality::SameSide)};
    const LinkGraph graph(regions, links);

    const auto fromLeftHip = graph.reachFrom(0);
    REQUIRE(fromLeftHip.size() == 3);
    CHECK((fromLeftHip[0].link == 0 && fromLeftHip[0].region == 2 && !fromLeftHip[0].acrossBody));
    CHECK((fromLeftHip[0].way == LinkGraph::wayFrom));
    CHECK((fromLeftHip[1].link == 1 && fromLeftHip[1].region == 2 && !fromLeftHip[1].acrossBody));
    CHECK((fromLeftHip[2].link == 1 && fromLeftHip[2].region == 3 && fromLeftHip[2].acrossBody));
    CHECK((fromLeftHip[2].way == LinkGraph::wayTo));
    // An unsided region reaches both sides along a same-side link, and both reach it.
    CHECK(graph.reachFrom(4).size() == 2);
    CHECK(graph.reachFrom(3).size() == 4);
    const std::uint32_t traits = fromLeftHip[0].traits;
    CHECK((traits & (1U << (LinkGraph::mechanismBit + static_cast<unsigned>(Mechanism::Myofascial)))) != 0);
    CHECK((traits & (1U << (LinkGraph::ageBit + static_cast<unsigned>(AgeBand::Child)))) != 0);
    CHECK((traits & (1U << (LinkGraph::ageBit + static_cast<unsigned>(AgeBand::Adult)))) == 0);
}

TEST_CASE("Linked areas refuse content whose link graph was not built") {
    Content content = bundled();
    content.graph = LinkGraph();
    CHECK_THROWS_AS(linkedAreas(content, "lower_back", LinkQuery{}), std::logic_error);
}
