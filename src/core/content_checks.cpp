#include "content_checks.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>

namespace kinetic::detail {

namespace {

constexpr std::array<std::string_view, 15> knownEquipment{"none",    "mat",     "chair",        "band",    "strap",
                                                          "wall",    "step",    "cushion",      "support", "bench",
                                                          "partner", "weights", "bike_or_pool", "shoes",   "towel"};
constexpr std::array<std::string_view, 7> knownTopics{"back", "hip", "knee", "thigh", "leg", "foot", "general"};

std::string at(std::size_t index, std::string_view field = {}) {
    std::string pointer = "/items/" + std::to_string(index);
    if (!field.empty()) {
        pointer += '/';
        pointer += field;
    }
    return pointer;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

/// Checks one file's cross references and remembers which sources were cited.
class Checker {
public:
    Checker(const Content& content, Sinks& sinks)
        : m_content(content)
        , m_sinks(sinks) {
        for (const Region& region : content.regions) {
            m_bases.insert(region.base);
        }
    }

    void run() {
        checkUniqueIds(m_content.regions, "regions.json");
        checkUniqueIds(m_content.links, "links.json");
        checkUniqueIds(m_content.conditions, "conditions.json");
        checkUniqueIds(m_content.exercises, "exercises.json");
        checkUniqueIds(m_content.redFlags, "red_flags.json");
        checkUniqueIds(m_content.advice, "advice.json");
        checkUniqueIds(m_content.sources, "sources.json");
        checkManifest();
        checkRegions();
        checkLinks();
        checkConditions();
        checkExercises();
        checkRedFlags();
        checkAdvice();
        checkCoverage();
    }

private:
    DiagnosticSink& sink(std::string_view file) { return m_sinks.find(file)->second; }

    template <typename T>
    void checkUniqueIds(const Table<T>& table, std::string_view file) {
        std::unordered_map<std::string_view, std::size_t> first;
        for (std::size_t i = 0; i < table.size(); ++i) {
            const std::string& id = table.all()[i].id;
            if (id.empty()) {
                continue;
            }
            const auto [it, inserted] = first.emplace(id, i);
            if (!inserted) {
                sink(file).error(at(i, "id"), "duplicate id " + quoted(id) + ", first used at " + at(it->second));
            }
        }
    }

    void checkSources(const std::vector<std::string>& sources, std::string_view file, const std::string& pointer) {
        for (std::size_t i = 0; i < sources.size(); ++i) {
            m_cited.insert(sources[i]);
            if (!m_content.sources.find(sources[i])) {
                sink(file).error(pointer + "/" + std::to_string(i), "unknown source " + quoted(sources[i]));
            }
        }
    }

    void checkBase(const std::string& base, std::string_view file, const std::string& pointer) {
        if (!base.empty() && !m_bases.contains(base)) {
            sink(file).error(pointer, "unknown region " + quoted(base) + suggestion(base));
        }
    }

    void checkBases(const std::vector<std::string>& bases, std::string_view file, const std::string& pointer) {
        for (std::size_t i = 0; i < bases.size(); ++i) {
            checkBase(bases[i], file, pointer + "/" + std::to_string(i));
        }
    }

    template <typename T>
    void checkRefs(const std::vector<std::string>& ids, const Table<T>& table, std::string_view what,
                   std::string_view file, const std::string& pointer) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (!table.find(ids[i])) {
                sink(file).error(pointer + "/" + std::to_string(i),
                                 "unknown " + std::string(what) + " " + quoted(ids[i]));
            }
        }
    }

    std::string suggestion(const std::string& base) const {
        for (const std::string& known : m_bases) {
            if (base.starts_with(known + "_")) {
                return " (use the base " + quoted(known) + ": the side comes from the selection)";
            }
        }
        return {};
    }

    void checkManifest() {
        const Manifest& manifest = m_content.manifest;
        checkSources(manifest.safetyNet.sources, "manifest.json", "/safety_net/sources");
        checkSources(manifest.painRule.sources, "manifest.json", "/pain_rule/sources");
        checkSources(manifest.stopRuleSources, "manifest.json", "/stop_rules/sources");
        for (std::size_t i = 0; i < manifest.urgencyTiers.size(); ++i) {
            checkSources(manifest.urgencyTiers[i].sources, "manifest.json",
                         "/urgency_tiers/" + std::to_string(i) + "/sources");
        }
    }

    void checkRegions() {
        std::map<std::string, std::set<Side>> sides;
        for (std::size_t i = 0; i < m_content.regions.size(); ++i) {
            const Region& region = m_content.regions.all()[i];
            sides[region.base].insert(region.side);
            const std::string expected =
                region.side == Side::None ? region.base : region.base + "_" + std::string(toString(region.side));
            if (!region.id.empty() && !region.base.empty() && region.id != expected) {
                sink("regions.json")
                    .error(at(i, "id"), "must be " + quoted(expected) + " for base " + quoted(region.base) +
                                            " on side " + quoted(toString(region.side)));
            }
            if (region.selectable && region.svgIds.empty()) {
                sink("regions.json").error(at(i, "svg_ids"), "a selectable region needs at least one drawing id");
            }
        }
        for (const auto& [base, onSides] : sides) {
            const bool sided = onSides.contains(Side::Left) || onSides.contains(Side::Right);
            if (sided &&
                (onSides.contains(Side::None) || !onSides.contains(Side::Left) || !onSides.contains(Side::Right))) {
                const auto& all = m_content.regions.all();
                const auto& sidedBase = base; // clang 14 cannot capture a structured binding
                const auto it =
                    std::find_if(all.begin(), all.end(), [&](const Region& r) { return r.base == sidedBase; });
                sink("regions.json")
                    .error(at(static_cast<std::size_t>(it - all.begin()), "base"),
                           "sided region " + quoted(base) + " must exist on both sides, left and right");
            }
        }
    }

    void checkLinks() {
        for (std::size_t i = 0; i < m_content.links.size(); ++i) {
            const Link& link = m_content.links.all()[i];
            checkBase(link.from, "links.json", at(i, "from"));
            checkBase(link.to, "links.json", at(i, "to"));
            if (!link.from.empty() && link.from == link.to) {
                sink("links.json").error(at(i, "to"), "a link must join two different regions");
            }
            if (link.mechanism == Mechanism::Myofascial && link.evidence.level < EvidenceLevel::Weak) {
                sink("links.json")
                    .error(at(i, "evidence/level"),
                           "trigger-point (myofascial) links are low-certainty: at most \"weak\"");
            }
            checkSources(link.sources, "links.json", at(i, "sources"));
        }
    }

    void checkConditions() {
        for (std::size_t i = 0; i < m_content.conditions.size(); ++i) {
            const Condition& condition = m_content.conditions.all()[i];
            for (std::size_t r = 0; r < condition.regions.size(); ++r) {
                const WeightedRegion& region = condition.regions[r];
                const std::string pointer = at(i, "regions/" + std::to_string(r));
                checkBase(region.region, "conditions.json", pointer + "/region");
                if (region.via.empty()) {
                    continue;
                }
                const Link* link = m_content.links.find(region.via);
                if (!link) {
                    sink("conditions.json").error(pointer + "/via", "unknown link " + quoted(region.via));
                } else if (link->to != region.region) {
                    sink("conditions.json")
                        .error(pointer + "/via", "link " + quoted(region.via) + " leads to " + quoted(link->to) +
                                                     ", not " + quoted(region.region));
                }
            }
            checkRefs(condition.redFlags, m_content.redFlags, "red flag", "conditions.json", at(i, "red_flags"));
            for (std::size_t e = 0; e < condition.exercises.size(); ++e) {
                const std::string& exercise = condition.exercises[e].exercise;
                m_recommended.insert(exercise);
                if (!m_content.exercises.find(exercise)) {
                    sink("conditions.json")
                        .error(at(i, "exercises/" + std::to_string(e) + "/exercise"),
                               "unknown exercise " + quoted(exercise));
                }
            }
            if (condition.serious && !condition.exercises.empty()) {
                sink("conditions.json")
                    .error(at(i, "exercises"),
                           "a serious condition is never self-treated: it must recommend no exercises");
            }
            checkSources(condition.sources, "conditions.json", at(i, "sources"));
        }
    }

    void checkExercises() {
        for (std::size_t i = 0; i < m_content.exercises.size(); ++i) {
            const Exercise& exercise = m_content.exercises.all()[i];
            checkBases(exercise.regions, "exercises.json", at(i, "regions"));
            for (std::size_t e = 0; e < exercise.equipment.size(); ++e) {
                if (std::find(knownEquipment.begin(), knownEquipment.end(), exercise.equipment[e]) ==
                    knownEquipment.end()) {
                    sink("exercises.json")
                        .error(at(i, "equipment/" + std::to_string(e)),
                               "unknown equipment " + quoted(exercise.equipment[e]));
                }
            }
            checkVariants(exercise, exercise.easier, at(i, "easier"));
            checkVariants(exercise, exercise.harder, at(i, "harder"));
            checkSources(exercise.sources, "exercises.json", at(i, "sources"));
        }
    }

    void checkVariants(const Exercise& exercise, const std::vector<Variant>& variants, const std::string& pointer) {
        for (std::size_t v = 0; v < variants.size(); ++v) {
            const std::string& other = variants[v].exercise;
            const std::string where = pointer + "/" + std::to_string(v) + "/exercise";
            if (other.empty()) {
                continue;
            }
            if (other == exercise.id) {
                sink("exercises.json").error(where, "an exercise cannot be its own variant");
            } else if (!m_content.exercises.find(other)) {
                sink("exercises.json").error(where, "unknown exercise " + quoted(other));
            }
        }
    }

    void checkRedFlags() {
        for (std::size_t i = 0; i < m_content.redFlags.size(); ++i) {
            const RedFlag& flag = m_content.redFlags.all()[i];
            checkBases(flag.regions, "red_flags.json", at(i, "regions"));
            for (std::size_t e = 0; e < flag.escalations.size(); ++e) {
                const Escalation& escalation = flag.escalations[e];
                const std::string pointer = at(i, "escalations/" + std::to_string(e));
                checkRefs(escalation.with, m_content.redFlags, "red flag", "red_flags.json", pointer + "/with");
                if (escalation.with.empty() && escalation.withQualities.empty()) {
                    sink("red_flags.json")
                        .error(pointer + "/with", "names no red flag, and there is no \"with_qualities\" either");
                }
                if (escalation.urgency >= flag.urgency) {
                    sink("red_flags.json")
                        .error(pointer + "/urgency",
                               "an escalation must be more urgent than " + quoted(toString(flag.urgency)));
                }
            }
            if (!flag.followUpOf.empty()) {
                const RedFlag* parent = m_content.redFlags.find(flag.followUpOf);
                if (!parent || parent == &flag) {
                    sink("red_flags.json").error(at(i, "follow_up_of"), "unknown red flag " + quoted(flag.followUpOf));
                } else if (!parent->followUpOf.empty()) {
                    sink("red_flags.json").error(at(i, "follow_up_of"), "a follow-up cannot follow another follow-up");
                } else if (parent > &flag) {
                    sink("red_flags.json")
                        .error(at(i, "follow_up_of"), "must come after the question it follows, " + quoted(parent->id));
                }
            }
            if (flag.presumedYes) {
                checkPresumption(flag, i);
            }
            checkRefs(flag.conditions, m_content.conditions, "condition", "red_flags.json", at(i, "conditions"));
            checkSources(flag.sources, "red_flags.json", at(i, "sources"));
        }
    }

    /// A presumption can only narrow when its flag is asked: otherwise it could never apply.
    void checkPresumption(const RedFlag& flag, std::size_t i) {
        const PresumedYes& rule = *flag.presumedYes;
        const std::string pointer = at(i, "presumed_yes");
        checkBases(rule.regions, "red_flags.json", pointer + "/regions");
        checkBases(rule.bothSidesOf, "red_flags.json", pointer + "/both_sides_of");
        const auto asked = [&](const std::string& base) {
            return flag.regions.empty() ||
                   std::find(flag.regions.begin(), flag.regions.end(), base) != flag.regions.end();
        };
        for (std::size_t r = 0; r < rule.regions.size(); ++r) {
            if (!asked(rule.regions[r])) {
                sink("red_flags.json")
                    .error(pointer + "/regions/" + std::to_string(r),
                           quoted(rule.regions[r]) + " is not one of the regions the question is asked for");
            }
        }
        for (std::size_t b = 0; b < rule.ageBands.size(); ++b) {
            const auto& bands = flag.ageBands;
            if (!bands.empty() && std::find(bands.begin(), bands.end(), rule.ageBands[b]) == bands.end()) {
                sink("red_flags.json")
                    .error(pointer + "/age_bands/" + std::to_string(b),
                           quoted(toString(rule.ageBands[b])) + " is not one of the ages the question is asked for");
            }
        }
        for (std::size_t b = 0; b < rule.bothSidesOf.size(); ++b) {
            const auto& all = m_content.regions.all();
            const bool sided = std::any_of(all.begin(), all.end(), [&](const Region& region) {
                return region.base == rule.bothSidesOf[b] && region.side != Side::None;
            });
            if (!sided && m_bases.contains(rule.bothSidesOf[b])) {
                sink("red_flags.json")
                    .error(pointer + "/both_sides_of/" + std::to_string(b),
                           quoted(rule.bothSidesOf[b]) + " has no left and right to be selected on");
            }
        }
        if (rule.afterInjury && rule.unlessInjury) {
            sink("red_flags.json").error(pointer + "/after_injury", "cannot hold together with \"unless_injury\"");
        }
    }

    void checkAdvice() {
        for (std::size_t i = 0; i < m_content.advice.size(); ++i) {
            const Advice& advice = m_content.advice.all()[i];
            for (std::size_t t = 0; t < advice.topics.size(); ++t) {
                if (std::find(knownTopics.begin(), knownTopics.end(), advice.topics[t]) == knownTopics.end()) {
                    sink("advice.json")
                        .error(at(i, "topics/" + std::to_string(t)), "unknown topic " + quoted(advice.topics[t]));
                }
            }
            checkSources(advice.sources, "advice.json", at(i, "sources"));
        }
    }

    void checkCoverage() {
        for (std::size_t i = 0; i < m_content.sources.size(); ++i) {
            const Source& source = m_content.sources.all()[i];
            if (!source.id.empty() && !m_cited.contains(source.id)) {
                sink("sources.json").warning(at(i), "source " + quoted(source.id) + " is not cited by anything");
            }
        }
        for (std::size_t i = 0; i < m_content.exercises.size(); ++i) {
            const Exercise& exercise = m_content.exercises.all()[i];
            if (!exercise.id.empty() && !m_recommended.contains(exercise.id)) {
                sink("exercises.json")
                    .warning(at(i), "exercise " + quoted(exercise.id) + " is not recommended by any condition");
            }
        }
        std::set<std::string> felt;
        for (const Condition& condition : m_content.conditions) {
            for (const WeightedRegion& region : condition.regions) {
                felt.insert(region.region);
            }
        }
        for (std::size_t i = 0; i < m_content.regions.size(); ++i) {
            const Region& region = m_content.regions.all()[i];
            if (region.selectable && !region.base.empty() && !felt.contains(region.base)) {
                sink("regions.json").warning(at(i), "no condition is felt at region " + quoted(region.base));
            }
        }
    }

    const Content& m_content;
    Sinks& m_sinks;
    std::set<std::string> m_bases;
    std::set<std::string> m_cited;
    std::set<std::string> m_recommended;
};

} // namespace

void checkContent(const Content& content, Sinks& sinks) {
    Checker(content, sinks).run();
}

} // namespace kinetic::detail
