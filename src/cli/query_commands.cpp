// The query commands: regions, links, causes, exercises, red-flags.
#include "cli_input.hpp"
#include "commands.hpp"

#include <kinetic/cause_ranking.hpp>
#include <kinetic/exercise_search.hpp>
#include <kinetic/json_output.hpp>
#include <kinetic/linked_areas.hpp>
#include <kinetic/red_flags.hpp>

#include <iostream>

namespace kinetic::cli {

namespace {

int printJson(const std::string& key, const nlohmann::json& items) {
    std::cout << nlohmann::json{{key, items}}.dump(2) << '\n';
    return Ok;
}

std::string sources(const std::vector<std::string>& ids) {
    std::string text;
    for (const std::string& id : ids) {
        text += (text.empty() ? " [" : ", ") + id;
    }
    return text.empty() ? text : text + "]";
}

void requireArguments(const CliOptions& options, std::size_t min, std::size_t max) {
    if (options.arguments.size() < min || options.arguments.size() > max) {
        throw UsageError("'" + options.command + "' takes " +
                         (min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max)) +
                         " argument(s), got " + std::to_string(options.arguments.size()));
    }
}

} // namespace

int runRegions(const Content& content, const CliOptions& options) {
    requireArguments(options, 0, 0);
    if (options.json) {
        nlohmann::json items = nlohmann::json::array();
        for (const Region& region : content.regions) {
            items.push_back(toJson(region));
        }
        return printJson("regions", items);
    }
    for (const Region& region : content.regions) {
        std::cout << region.id << "\t" << region.displayName() << "\t" << toString(region.view)
                  << (region.selectable ? "" : "\t(symptom-only)") << '\n';
    }
    return Ok;
}

int runLinks(const Content& content, const CliOptions& options) {
    requireArguments(options, 1, 1);
    const Region& region = regionById(content, options.arguments.front());
    LinkQuery query;
    query.ageBand = enumOption<AgeBand>(options.age, "--age");
    const auto areas = linkedAreas(content, region.id, query);
    if (options.json) {
        nlohmann::json items = nlohmann::json::array();
        for (const LinkedArea& area : areas) {
            items.push_back(toJson(area));
        }
        return printJson("links", items);
    }
    std::cout << "Areas linked to " << region.displayName() << ":\n";
    for (const LinkedArea& area : areas) {
        const Link& link = *area.link;
        std::cout << (area.step == 1 ? "  - " : "    (second step) ") << describeLinkedArea(area) << '\n'
                  << "      " << link.explanation << '\n'
                  << "      " << describe(link.mechanism) << ", " << describe(link.evidence.level)
                  << (link.evidence.level >= EvidenceLevel::Weak ? " (less certain)" : "") << ", strength "
                  << link.strength << sources(link.sources) << '\n';
    }
    return Ok;
}

int runCauses(const Content& content, const CliOptions& options) {
    const Assessment assessment = assessmentFrom(content, options, true);
    const RedFlagReport flags = checkRedFlags(content, assessment);
    const auto causes = rankCauses(content, assessment, flags);
    if (options.json) {
        nlohmann::json items = nlohmann::json::array();
        for (const RankedCause& cause : causes) {
            items.push_back(toJson(cause));
        }
        std::cout << nlohmann::json{{"causes", items},
                                    {"highest_urgency", flags.highest ? nlohmann::json(toString(*flags.highest))
                                                                      : nlohmann::json(nullptr)},
                                    {"self_care_secondary", flags.selfCareSecondary()}}
                         .dump(2)
                  << '\n';
        return Ok;
    }
    std::cout << "Likely causes, best match first (not a diagnosis):\n";
    for (const RankedCause& cause : causes) {
        const EvidenceLevel evidence = cause.condition->evidence.level;
        std::cout << "  * " << cause.condition->name << ": " << describe(cause.match())
                  << (cause.condition->serious ? " (must not be missed: see the red-flag questions)" : "") << " ["
                  << describe(evidence) << (evidence >= EvidenceLevel::Weak ? ", less certain" : "") << "]\n";
        for (const Contribution& contribution : cause.contributions) {
            std::cout << "      " << (contribution.points >= 0 ? "+ " : "- ") << describe(contribution) << '\n';
        }
    }
    if (flags.highest) {
        std::cout << "\nWarning: " << content.manifest.tier(*flags.highest).message << '\n';
    }
    return Ok;
}

int runExercises(const Content& content, const CliOptions& options) {
    requireArguments(options, 0, 0);
    const auto matches = findExercises(content, exerciseFilterFrom(content, options));
    if (options.json) {
        nlohmann::json items = nlohmann::json::array();
        for (const ExerciseMatch& match : matches) {
            items.push_back(toJson(match));
        }
        return printJson("exercises", items);
    }
    for (const ExerciseMatch& match : matches) {
        const Exercise& e = *match.exercise;
        std::cout << e.id << "\t" << e.name << "\t" << describe(e.kind) << ", " << toString(e.difficulty) << "\t"
                  << describe(e.dosage) << '\n';
    }
    return Ok;
}

int runRedFlags(const Content& content, const CliOptions& options) {
    Assessment assessment = assessmentFrom(content, options, false);
    if (assessment.regions.empty()) {
        for (const Region& region : content.regions) {
            if (region.selectable) {
                assessment.regions.push_back(SelectedRegion{region.id, 5, {}});
            }
        }
    }
    const RedFlagReport report = checkRedFlags(content, assessment);
    if (options.json) {
        nlohmann::json items = nlohmann::json::array();
        for (const RedFlagStatus& status : report.flags) {
            items.push_back(toJson(content, status));
        }
        std::cout << nlohmann::json{{"red_flags", items},
                                    {"highest_urgency", report.highest ? nlohmann::json(toString(*report.highest))
                                                                       : nlohmann::json(nullptr)},
                                    {"self_care_secondary", report.selfCareSecondary()}}
                         .dump(2)
                  << '\n';
        return Ok;
    }
    if (report.highest) {
        std::cout << "!! " << content.manifest.tier(*report.highest).message << "\n\n";
    }
    for (const RedFlagStatus& status : report.flags) {
        std::cout << "[" << content.manifest.tier(status.urgency).label << "] " << status.flag->question << '\n';
        if (status.raised) {
            if (status.presumed) {
                std::cout << "    Counted as yes until answered no: " << status.presumedReason() << '\n';
            }
            std::cout << "    " << (status.presumed ? "What to do" : "Answered yes") << ": " << status.flag->advice
                      << '\n';
        }
    }
    return Ok;
}

} // namespace kinetic::cli
