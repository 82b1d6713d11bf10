#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kinetic {

/// Which way a link runs as seen from the selected region.
enum class LinkRole {
    Outgoing, ///< Pain here can be felt there, or load passes from here to there.
    Incoming, ///< Pain here can come from there.
    Mutual,   ///< Linked both ways: each can affect the other.
};

/// One area linked to a selected region.
struct LinkedArea {
    const Link* link = nullptr;
    // The regions, like the link, are the content's own: valid while the content is.
    const Region* selected = nullptr; ///< The selected region it is linked to.
    const Region* other = nullptr;    ///< The linked region (may be a symptom-only zone such as `abdomen`).
    LinkRole role = LinkRole::Outgoing;
    int step = 1;                    ///< 1: a direct link; 2: one more step along the chain.
    const Region* through = nullptr; ///< For step 2: the region in between; null for step 1.
    double weight = 0.0;             ///< Strength, reduced for the other side and for the second step.
};

struct LinkQuery {
    std::optional<AgeBand> ageBand; ///< Links limited to other ages are left out.
    bool secondStep = true;
    std::set<Mechanism> hiddenMechanisms;
};

/// How much a second step along the chain counts against a direct link.
inline constexpr double secondStepFactor = 0.5;
/// How much a link that can reach the other side counts there.
inline constexpr double otherSideFactor = 0.7;

/// The links into and out of one region, strongest first, direct links before second steps.
/// Referral keeps to the same side unless a link says it can reach both sides; links from an
/// unsided region (the lower back) reach both sides.
std::vector<LinkedArea> linkedAreas(const Content& content, std::string_view regionId, const LinkQuery& query);

/// The same for every selected region, with the age band of the assessment. A region linked to
/// several selected regions appears once per link.
std::vector<LinkedArea> linkedAreas(const Content& content, const Assessment& assessment, LinkQuery query = {});

/// The selectable regions to light up: every directly linked region that is not itself selected.
std::set<std::string> highlightedRegions(const Assessment& assessment, const std::vector<LinkedArea>& areas);

/// One plain sentence: "Front of knee, left: pain from here can be felt in the lower back."
std::string describeLinkedArea(const LinkedArea& area);

} // namespace kinetic
