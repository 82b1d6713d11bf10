// The middle of the summary: how the marked areas are linked, and the likely causes.
#include "html_text.hpp"
#include "summary_sections.hpp"
#include "summary_words.hpp"

#include <QStringList>

#include <algorithm>

namespace kinetic::report::sections {

using namespace kinetic::report::html;

namespace {

/// Links that share an explanation (the same link on the left and the right, say) are printed once.
struct LinkGroup {
    std::vector<const SummaryLink*> links;
    double strength = 0.0;
};

std::vector<LinkGroup> groupLinks(const std::vector<SummaryLink>& links) {
    std::vector<LinkGroup> groups;
    for (const SummaryLink& link : links) {
        const auto same = std::find_if(groups.begin(), groups.end(), [&](const LinkGroup& group) {
            const SummaryLink& first = *group.links.front();
            return first.explanation == link.explanation && first.mechanism == link.mechanism &&
                   first.evidence == link.evidence;
        });
        if (same == groups.end()) {
            groups.push_back(LinkGroup{{&link}, link.strength});
        } else {
            same->links.push_back(&link);
            same->strength = std::max(same->strength, link.strength);
        }
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const LinkGroup& a, const LinkGroup& b) { return a.strength > b.strength; });
    return groups;
}

/// "... at Calf, left." and "... at Calf, right." read as "... at Calf, left and right."
QStringList mergedSentences(const LinkGroup& group) {
    QStringList sentences;
    for (const SummaryLink* link : group.links) {
        sentences << QString::fromStdString(link->sentence);
    }
    // The core writes its sentences in English, ending with the side.
    const QString left = QStringLiteral(", left.");
    const QString right = QStringLiteral(", right.");
    for (qsizetype i = 0; i + 1 < sentences.size(); ++i) {
        const QString& a = sentences[i];
        const QString& b = sentences[i + 1];
        const bool pair = a.endsWith(left) && b.endsWith(right) && a.chopped(left.size()) == b.chopped(right.size());
        if (pair) {
            sentences[i] = a.chopped(left.size()) + QStringLiteral(", left and right.");
            sentences.removeAt(i + 1);
        }
    }
    return sentences;
}

QString linkBlock(const Summary& summary, const LinkGroup& group) {
    const SummaryLink& first = *group.links.front();
    QStringList sentences;
    for (const QString& sentence : mergedSentences(group)) {
        sentences << sentence.toHtmlEscaped();
    }
    QString how = esc(first.mechanism) + QStringLiteral(", ") + esc(first.evidence);
    if (first.lowCertainty) {
        how += QStringLiteral(" (") + SummaryWords::tr("less certain").toHtmlEscaped() + QStringLiteral(")");
    }
    std::vector<std::string> sources;
    for (const SummaryLink* link : group.links) {
        for (const std::string& source : link->sources) {
            if (std::find(sources.begin(), sources.end(), source) == sources.end()) {
                sources.push_back(source);
            }
        }
    }
    return QStringLiteral("<p><b>%1</b></p><p>%2 <i>(%3)</i></p>")
               .arg(sentences.join(QLatin1Char(' ')), esc(first.explanation), how) +
           citation(summary, sources);
}

QString causeBlock(const Summary& summary, const SummaryCause& cause) {
    QString body = QStringLiteral("<p><b>%1</b> &middot; %2").arg(esc(cause.name), esc(cause.match));
    if (cause.serious) {
        body += QStringLiteral(" &middot; <b>%1</b>")
                    .arg(SummaryWords::tr("needs a clinician, not self-care").toHtmlEscaped());
    }
    body += QStringLiteral("</p>") + paragraph(cause.summary);
    if (!cause.why.empty()) {
        body += QStringLiteral("<p class=\"label\">%1</p>").arg(SummaryWords::tr("Why it fits:").toHtmlEscaped()) +
                list(cause.why);
    }
    return body + citation(summary, cause.sources);
}

QString otherCausesBlock(const std::vector<SummaryCause>& causes) {
    QStringList names;
    for (const SummaryCause& cause : causes) {
        QString name = esc(cause.name) + QStringLiteral(" (") + esc(cause.match);
        if (cause.serious) {
            name += QStringLiteral(", <b>") + SummaryWords::tr("needs a clinician").toHtmlEscaped() +
                    QStringLiteral("</b>");
        }
        names << name + QStringLiteral(")");
    }
    return QStringLiteral("<p><b>%1</b> %2.</p>")
        .arg(SummaryWords::tr("More causes that fit:").toHtmlEscaped(), names.join(QStringLiteral("; ")));
}

} // namespace

void appendLinks(const Summary& summary, Blocks& blocks) {
    if (summary.regions.empty()) {
        return;
    }
    const std::vector<LinkGroup> groups = groupLinks(summary.links);
    blocks.push_back(headingBlock(SummaryWords::tr("Linked areas and why"),
                                  groups.empty()
                                      ? SummaryWords::tr("No linked areas are known for the areas you marked.")
                                      : SummaryWords::tr("The strongest links first.")));
    const std::size_t printed = std::min(groups.size(), printedLinkGroups);
    for (std::size_t i = 0; i < printed; ++i) {
        const SummaryLink& first = *groups[i].links.front();
        blocks.push_back(
            SummaryBlock{SummaryBlock::Kind::Link, linkBlock(summary, groups[i]), false, first.from + ">" + first.to});
    }
    if (groups.size() > printed) {
        const int rest = static_cast<int>(groups.size() - printed);
        // Worded so the English reads right for any count without a translation loaded (the
        // kinetic command prints this too); %n still gives translators their plural forms.
        const QString more = SummaryWords::tr(
            "Weaker links left out of this list: %n. The diagram shows every link, and the app lists them all.",
            nullptr, rest);
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Text, paragraph(more, "small"), false, {}});
    }
}

void appendCauses(const Summary& summary, Blocks& blocks) {
    if (summary.regions.empty()) {
        return;
    }
    blocks.push_back(
        headingBlock(SummaryWords::tr("Likely causes and why"),
                     SummaryWords::tr("How well each fits what you marked, best first. This is not a diagnosis or "
                                      "a probability: only a clinician who examines you can tell.")));
    const std::size_t detailed = std::min(summary.causes.size(), detailedCauses);
    for (std::size_t i = 0; i < detailed; ++i) {
        const SummaryCause& cause = summary.causes[i];
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Cause, causeBlock(summary, cause), false, cause.id});
    }
    if (summary.causes.size() > detailed) {
        const std::vector<SummaryCause> rest(summary.causes.begin() + static_cast<std::ptrdiff_t>(detailed),
                                             summary.causes.end());
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Cause, otherCausesBlock(rest), false, {}});
    }
    if (summary.causes.empty()) {
        blocks.push_back(SummaryBlock{SummaryBlock::Kind::Text,
                                      paragraph(SummaryWords::tr("No likely cause stands out for what you marked.")),
                                      false,
                                      {}});
    }
}

std::vector<std::string> chainCitations(const Summary& summary) {
    std::vector<std::string> keys;
    const auto add = [&keys](const std::vector<std::string>& sources) {
        keys.insert(keys.end(), sources.begin(), sources.end());
    };
    const std::vector<LinkGroup> groups = groupLinks(summary.links);
    for (std::size_t i = 0; i < std::min(groups.size(), printedLinkGroups); ++i) {
        for (const SummaryLink* link : groups[i].links) {
            add(link->sources);
        }
    }
    for (std::size_t i = 0; i < std::min(summary.causes.size(), detailedCauses); ++i) {
        add(summary.causes[i].sources);
    }
    return keys;
}

} // namespace kinetic::report::sections
