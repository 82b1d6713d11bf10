#pragma once

#include "body_diagram_state.hpp"

#include <kinetic/summary.hpp>

namespace kinetic::report {

/// The diagram of a summary, from the summary alone (the CLI has no session): its regions
/// selected, its linked regions highlighted, one arrow per direct link pointing the way pain
/// travels, arrows between the same two regions merged keeping the strongest.
DiagramState summaryDiagramState(const Summary& summary);

} // namespace kinetic::report
