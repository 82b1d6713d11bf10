#pragma once

#include <kinetic/summary.hpp>

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace kinetic::report {

/// One piece of the printed summary: a fragment of HTML that is never split across a page
/// break (a red flag, a cause, one exercise of the plan, ...).
struct SummaryBlock {
    enum class Kind {
        Title,
        Heading,
        RedFlag,
        Diagram,
        Regions,
        Note,
        Link,
        Cause,
        PainRule,
        Exercise,
        Advice,
        Text,
        Source
    };

    Kind kind = Kind::Text;
    QString html;              ///< Every piece of content and user text in it is escaped.
    bool keepWithNext = false; ///< Headings: placed on a page only together with the block after them.
    std::string id;            ///< The item it shows (exercise, red flag, cause id); empty for others.
};

/// Images in the blocks are `<img src="kinetic:diagram">` and `<img src="kinetic:exercise/ID">`;
/// the summary document draws them itself, nothing else is ever loaded.
inline constexpr std::string_view summaryImageScheme = "kinetic";

/// Plain text as HTML: `<`, `>`, `&` and `"` escaped, line breaks kept as `<br>`.
/// `escapeHtml("<img src=x>")` is `&lt;img src=x&gt;`, which prints literally.
QString escapeHtml(std::string_view text);

/// The summary in print order: title, date, content version and disclaimer; red flags answered
/// yes, boxed with what to do; the body diagram; the selected regions with intensity, qualities
/// and the person's note; linked areas and likely causes with the why; the plan, headed "after
/// you have been checked" when self-care comes second, with the pain rule and each exercise;
/// general advice; the warning signs not yet answered, grouped by what to do; sources.
///
/// A handout stays a handout: links sharing an explanation (left and right) are printed once and
/// only the strongest ten are listed; the best six causes are printed in full and the rest by
/// name; sources are those of what is printed, plus the rules' own.
std::vector<SummaryBlock> summaryBlocks(const Summary& summary);

/// The style sheet the blocks are written for (Qt's rich-text subset, black and white friendly).
QString summaryStyleSheet();

/// The whole summary as one standalone HTML page for a browser: the same blocks, with the
/// diagram and illustrations embedded as PNG `data:` images and a content security policy that
/// forbids loading anything else. Needs a QGuiApplication (fonts for the images).
QString summaryHtml(const Summary& summary);

} // namespace kinetic::report
