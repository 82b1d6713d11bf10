#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>
#include <kinetic/enums.hpp>
#include <kinetic/linked_areas.hpp>

#include <set>
#include <string>
#include <vector>

namespace kinetic::report {

/// An arrow along a link, pointing the way pain travels (or load passes).
struct DiagramArrow {
    std::string from; ///< Region id.
    std::string to;   ///< Region id.
    double strength = 0.0;
    Mechanism mechanism = Mechanism::JointReferral;
    bool bothWays = false;
    bool lowCertainty = false; ///< Weak evidence, expert opinion or not supported.

    friend bool operator==(const DiagramArrow&, const DiagramArrow&) = default;
};

/// Everything the diagram shows besides the art itself.
struct DiagramState {
    std::set<std::string> selected;    ///< Region ids drawn in the strong style.
    std::set<std::string> highlighted; ///< Linked region ids drawn in the second style.
    std::string hovered;
    std::string focused;
    std::vector<DiagramArrow> arrows;
    std::set<Mechanism> hiddenMechanisms; ///< Listed as hidden in the legend; their arrows are not drawn.
    bool legend = true;
};

/// The diagram for an assessment: its selected regions, the highlighted (linked) ones and one
/// arrow per direct (step-1) link, pointing the way pain travels. Arrows between the same two
/// regions are merged, keeping the strongest.
DiagramState diagramState(const Assessment& assessment, const std::vector<LinkedArea>& areas,
                          const std::set<std::string>& highlighted);

} // namespace kinetic::report
