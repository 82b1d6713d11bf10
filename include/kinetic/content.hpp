#pragma once

#include <kinetic/enums.hpp>
#include <kinetic/link_graph.hpp>

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kinetic {

/// How well a statement is supported, with an optional plain note.
struct Evidence {
    EvidenceLevel level = EvidenceLevel::ExpertOpinion;
    std::string note;
};

/// A clinical text with the sources it rests on.
struct SourcedText {
    std::string text;
    std::vector<std::string> sources;
};

struct UrgencyTier {
    Urgency id = Urgency::Routine;
    std::string label;
    std::string message;
    std::vector<std::string> sources;
};

/// Version, dates and the texts shown everywhere (disclaimer, safety net, pain rule, stop rules).
struct Manifest {
    std::string contentVersion;
    std::string lastReviewed;
    std::string licence;
    std::string disclaimer;
    SourcedText safetyNet;
    SourcedText painRule;
    std::vector<std::string> stopRules;
    std::vector<std::string> stopRuleSources;
    std::vector<UrgencyTier> urgencyTiers; ///< Ordered most urgent first.

    const UrgencyTier& tier(Urgency urgency) const;
};

struct Region {
    std::string id;   ///< `knee_front_left`, `lower_back`
    std::string base; ///< `knee_front`, `lower_back`
    Side side = Side::None;
    std::string name; ///< Without the side: "Front of knee".
    View view = View::Front;
    RegionGroup group = RegionGroup::Other;
    bool selectable = true;
    std::string description;
    std::vector<std::string> svgIds;

    /// "Front of knee, left" / "Lower back".
    std::string displayName() const;
};

struct Link {
    std::string id;
    std::string code;
    std::string from; ///< Region base.
    std::string to;   ///< Region base.
    Mechanism mechanism = Mechanism::JointReferral;
    Direction direction = Direction::OneWay;
    Laterality laterality = Laterality::SameSide;
    double strength = 0.0;
    Evidence evidence;
    std::vector<AgeBand> ageBands; ///< Empty: all ages.
    std::string explanation;
    std::vector<std::string> sources;

    bool appliesTo(std::optional<AgeBand> band) const;
};

struct WeightedRegion {
    std::string region; ///< Region base.
    double weight = 0.0;
    std::string via; ///< Link id explaining referred pain; empty when felt directly.
};

struct WeightedQuality {
    Quality quality = Quality::Ache;
    double weight = 0.0;
    std::string because;
};

struct Recommendation {
    std::string exercise;
    std::string reason;
};

struct Condition {
    std::string id;
    std::string code;
    std::string name;
    bool serious = false;
    std::vector<WeightedRegion> regions;
    std::vector<WeightedQuality> qualities;
    std::vector<AgeBand> ageBands; ///< Where typical; empty: any age.
    InjuryRelation injury = InjuryRelation::Either;
    std::string summary;
    std::vector<std::string> notice;
    std::vector<std::string> redFlags;
    std::vector<Recommendation> exercises;
    Evidence evidence;
    std::vector<std::string> sources;
};

struct Dosage {
    int sets = 1;
    std::optional<int> reps;
    std::optional<int> holdSeconds;
    std::optional<int> minutes;
    int daysPerWeek = 1;
    std::string note;

    friend bool operator==(const Dosage&, const Dosage&) = default;
};

/// "3 sets of 12, hold 3 s, 3 days a week"
std::string describe(const Dosage& dosage);

struct Variant {
    std::string text;
    std::string exercise; ///< Another exercise id, or empty.
};

struct Exercise {
    std::string id;
    std::string code;
    std::string name;
    ExerciseKind kind = ExerciseKind::Stretch;
    std::vector<std::string> regions; ///< Region bases.
    std::vector<std::string> steps;
    Dosage dosage;
    Difficulty difficulty = Difficulty::Easy;
    std::vector<std::string> equipment;
    std::vector<std::string> mistakes;
    std::vector<std::string> whenToStop;
    std::string progressWhen;
    std::vector<Variant> easier;
    std::vector<Variant> harder;
    Evidence evidence;
    std::vector<std::string> sources;
};

struct Escalation {
    std::vector<std::string> with;      ///< Red-flag ids.
    std::vector<Quality> withQualities; ///< Pain felt this way in any selected region.
    Urgency urgency = Urgency::Emergency;
    std::string reason;
};

/// When a red flag counts as raised before it is answered: every condition given must hold.
struct PresumedYes {
    std::vector<AgeBand> ageBands;        ///< Empty: any age, even unknown.
    bool unlessInjury = false;            ///< Not after a recent injury.
    bool afterInjury = false;             ///< Only after a recent injury.
    std::vector<std::string> regions;     ///< Region bases, one of them selected; empty: the flag's own.
    std::vector<std::string> bothSidesOf; ///< Region bases, selected on the left and on the right.
    std::string reason;
};

struct RedFlag {
    std::string id;
    std::string code;
    std::string question;
    std::vector<std::string> regions; ///< Region bases; empty: always asked.
    std::vector<AgeBand> ageBands;    ///< Empty: any age.
    Urgency urgency = Urgency::Routine;
    std::vector<Escalation> escalations;
    std::optional<PresumedYes> presumedYes;
    /// A follow-up is asked only once this red flag is raised (fever with a hot joint, say).
    std::string followUpOf;
    std::string advice;
    std::vector<std::string> conditions;
    std::vector<std::string> sources;
};

struct Myth {
    std::string claim;
    std::string verdict;
};

struct Advice {
    std::string id;
    std::string code;
    std::string title;
    std::string text;
    std::optional<Myth> myth;
    std::vector<std::string> topics;
    Evidence evidence;
    std::vector<std::string> sources;
};

struct Source {
    std::string id;
    std::string key;
    SourceKind kind = SourceKind::Study;
    std::string citation;
    std::string url;
};

/// Hashes `std::string` and `std::string_view` alike, so that a lookup by a view allocates nothing.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

/// The region bases an item is about, for `Table::about`: a region's base, the regions where a
/// condition is felt. Links have their own index, the content's `LinkGraph`.
inline std::array<std::string_view, 1> basesOf(const Region& region) {
    return {region.base};
}
inline std::vector<std::string_view> basesOf(const Condition& condition) {
    // A plain list rather than a transform view: clang 14 (the fuzz build) cannot compile
    // libstdc++ 12's views, and this runs once per condition, when the content is built.
    std::vector<std::string_view> bases;
    bases.reserve(condition.regions.size());
    for (const WeightedRegion& felt : condition.regions) {
        bases.emplace_back(felt.region);
    }
    return bases;
}

/// A table of items with lookup by id and, for regions and conditions, by region base. Items never
/// move once the content is built, and a table never changes, so its indexes never go stale.
template <typename T>
class Table {
public:
    Table() = default;
    explicit Table(std::vector<T> items)
        : m_items(std::move(items)) {
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            m_index.emplace(m_items[i].id, i);
            if constexpr (requires(const T& item) { basesOf(item); }) {
                for (const std::string_view base : basesOf(m_items[i])) {
                    std::vector<std::size_t>& about = m_byBase.try_emplace(std::string(base)).first->second;
                    if (about.empty() || about.back() != i) { // an item names a base once here
                        about.push_back(i);
                    }
                }
            }
        }
    }

    const std::vector<T>& all() const { return m_items; }
    std::size_t size() const { return m_items.size(); }
    auto begin() const { return m_items.begin(); }
    auto end() const { return m_items.end(); }

    /// nullptr when there is no such id.
    const T* find(std::string_view id) const {
        const auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_items[it->second];
    }

    /// Positions in `all()`, in table order, of the items about a region base (see `basesOf`):
    /// the regions of it, the conditions felt there. Lets a query visit only those items instead
    /// of the whole table. Always empty for other kinds of item.
    const std::vector<std::size_t>& about(std::string_view base) const {
        static const std::vector<std::size_t> none;
        const auto it = m_byBase.find(base);
        return it == m_byBase.end() ? none : it->second;
    }

private:
    std::vector<T> m_items;
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> m_index;
    std::unordered_map<std::string, std::vector<std::size_t>, StringHash, std::equal_to<>> m_byBase;
};

/// All content, validated: every reference between items resolves.
struct Content {
    Manifest manifest;
    Table<Region> regions;
    Table<Link> links;
    Table<Condition> conditions;
    Table<Exercise> exercises;
    Table<RedFlag> redFlags;
    Table<Advice> advice;
    Table<Source> sources;
    /// The links resolved to regions; built by the loader once the tables are.
    LinkGraph graph;

    /// The regions of a base: one for `lower_back`, left and right for sided ones.
    std::vector<const Region*> regionsOfBase(std::string_view base) const;
    /// The region of `base` on `side`, falling back to the unsided one; nullptr when none.
    const Region* regionOn(std::string_view base, Side side) const;
    /// Plain name of a base without side, e.g. "Front of knee"; the base itself when unknown.
    std::string baseName(std::string_view base) const;
};

} // namespace kinetic
