#pragma once

#include <kinetic/report/summary_html.hpp>
#include <kinetic/summary.hpp>

#include <functional>
#include <string>
#include <vector>

/// The sections of the printed summary, each appended as blocks in print order.
namespace kinetic::report::sections {

/// Image sizes in CSS pixels (1/96 inch).
inline constexpr int diagramWidth = 600;
inline constexpr int diagramHeight = 440;
inline constexpr int illustrationWidth = 390;
inline constexpr int illustrationHeight = 128;

/// Link groups (links with the same explanation) printed; weaker ones are counted, not listed.
inline constexpr std::size_t printedLinkGroups = 10;
/// Causes printed in full; the rest are listed by name.
inline constexpr std::size_t detailedCauses = 6;
/// Rows of the regions table per block, so a long selection never makes one block too tall.
/// (Here rather than in the .cpp: lupdate loses the namespace of the function after a
/// `constexpr std::...` definition, and would file that function's words under a wrong context.)
inline constexpr std::size_t regionRowsPerBlock = 14;

/// What the printout can draw: the body diagram, and which exercises have an illustration.
struct Drawable {
    bool diagram = false;
    std::function<bool(const std::string& exerciseId)> illustration;
};

using Blocks = std::vector<SummaryBlock>;

/// A section heading (kept with the block after it), with an optional plain introduction.
SummaryBlock headingBlock(const QString& text, const QString& intro = {});

void appendTitle(const Summary& summary, Blocks& blocks);
void appendRedFlags(const Summary& summary, Blocks& blocks);
void appendDiagram(const Summary& summary, const Drawable& drawable, Blocks& blocks);
void appendRegions(const Summary& summary, Blocks& blocks);
void appendLinks(const Summary& summary, Blocks& blocks);
void appendCauses(const Summary& summary, Blocks& blocks);
void appendPlan(const Summary& summary, const Drawable& drawable, Blocks& blocks);
void appendAdvice(const Summary& summary, Blocks& blocks);
/// The warning signs that apply but were not answered, grouped by what to do.
void appendWarningSigns(const Summary& summary, Blocks& blocks);
/// The sources cited by what is printed, and those the summary cites for its rules (the pain
/// rule, the stop rules, the safety net), in the summary's order.
void appendSources(const Summary& summary, Blocks& blocks);

/// The source keys cited by the links and causes that are printed (not those left out).
std::vector<std::string> chainCitations(const Summary& summary);

} // namespace kinetic::report::sections
