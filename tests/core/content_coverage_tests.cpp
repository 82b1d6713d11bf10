// Checks that fail when the content regresses: the seed topics are present, everything is
// reachable and sourced, and low-certainty claims stay labelled as such.
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace kinetic;
using namespace kinetic::test;

namespace {

bool hasLink(std::string_view from, std::string_view to, Mechanism mechanism) {
    const auto& links = bundled().links.all();
    return std::any_of(links.begin(), links.end(),
                       [&](const Link& l) { return l.from == from && l.to == to && l.mechanism == mechanism; });
}

} // namespace

TEST_CASE("The seed referral table is present: lower back to knees and hips, hips to thighs and knees") {
    CHECK(hasLink("lower_back", "knee_inner", Mechanism::NerveRoot));
    CHECK(hasLink("lower_back", "knee_front", Mechanism::NerveRoot));
    CHECK(hasLink("lower_back", "groin_hip_front", Mechanism::NerveRoot));
    CHECK(hasLink("lower_back", "buttock", Mechanism::JointReferral));
    CHECK(hasLink("groin_hip_front", "knee_inner", Mechanism::JointReferral));
    CHECK(hasLink("groin_hip_front", "thigh_front", Mechanism::JointReferral));
    CHECK(hasLink("groin_hip_front", "thigh_inner", Mechanism::JointReferral));
}

TEST_CASE("The seed causes, exercises and remedies are present") {
    for (const auto* id : {"sciatica_l5_s1", "hip_oa", "knee_oa", "patellofemoral_pain", "sij_pain", "itb_syndrome",
                           "inflammatory_arthritis_knee", "cauda_equina_syndrome"}) {
        CHECK(bundled().conditions.find(id));
    }
    for (const auto* id : {"hip_flexor_stretch", "hamstring_stretch", "glute_piriformis_stretch", "abdominal_bracing",
                           "front_plank", "straight_leg_raise", "side_lying_hip_abduction", "glute_bridge",
                           "pelvic_tilt", "cat_cow", "clamshell", "lunge", "sit_to_stand"}) {
        CHECK(bundled().exercises.find(id));
    }
    for (const auto* id : {"stay_active", "heat", "ice", "weight", "footwear", "sleep_positions", "lifting", "posture",
                           "emerging_therapies", "surgery_info", "imaging"}) {
        CHECK(bundled().advice.find(id));
    }
}

TEST_CASE("Every exercise is recommended by some condition, and serious conditions by none") {
    std::set<std::string> recommended;
    for (const Condition& c : bundled().conditions) {
        for (const Recommendation& r : c.exercises) {
            recommended.insert(r.exercise);
        }
        if (c.serious) {
            CHECK(c.exercises.empty());
        }
    }
    for (const Exercise& e : bundled().exercises) {
        INFO(e.id);
        CHECK(recommended.contains(e.id));
    }
}

TEST_CASE("Every selectable region has a condition and lies on both sides when sided") {
    std::set<std::string> felt;
    for (const Condition& c : bundled().conditions) {
        for (const WeightedRegion& r : c.regions) {
            felt.insert(r.region);
        }
    }
    for (const Region& region : bundled().regions) {
        if (!region.selectable) {
            continue;
        }
        INFO(region.id);
        CHECK(felt.contains(region.base));
        if (region.side != Side::None) {
            CHECK(bundled().regionsOfBase(region.base).size() == 2);
        }
    }
}

TEST_CASE("Every reference code appears: links E01-E37, conditions C01-C42, flags RF01-RF20, exercises X01-X35") {
    const auto codes = [](const auto& table) {
        std::set<std::string> result;
        for (const auto& item : table) {
            result.insert(item.code);
        }
        return result;
    };
    const auto code = [](char const* prefix, int n) {
        return std::string(prefix) + (n < 10 ? "0" : "") + std::to_string(n);
    };
    const auto links = codes(bundled().links);
    for (int i = 1; i <= 37; ++i) {
        CHECK(links.contains(code("E", i)));
    }
    const auto conditions = codes(bundled().conditions);
    for (int i = 1; i <= 42; ++i) {
        CHECK(conditions.contains(code("C", i)));
    }
    const auto flags = codes(bundled().redFlags);
    for (int i = 1; i <= 20; ++i) {
        CHECK(flags.contains(code("RF", i)));
    }
    const auto exercises = codes(bundled().exercises);
    for (int i = 1; i <= 35; ++i) {
        CHECK(exercises.contains(code("X", i)));
    }
    const auto advice = codes(bundled().advice);
    for (int i = 1; i <= 19; ++i) {
        CHECK(advice.contains(code("A", i)));
    }
}

TEST_CASE("Low-certainty claims stay labelled: trigger points, posture and misalignment") {
    for (const Link& link : bundled().links) {
        INFO(link.id);
        if (link.mechanism == Mechanism::Myofascial) {
            CHECK(link.evidence.level >= EvidenceLevel::Weak);
        }
        if (link.code == "E36") {
            CHECK(link.evidence.level == EvidenceLevel::NotSupported);
        }
    }
}

TEST_CASE("Every emergency flag's advice says to act now") {
    for (const RedFlag& flag : bundled().redFlags) {
        if (flag.urgency == Urgency::Emergency) {
            INFO(flag.id);
            CHECK(flag.advice.find("emergency") != std::string::npos);
        }
    }
}

TEST_CASE("docs/clinical-sources.md lists every source of the content") {
    const std::string doc = readText(std::filesystem::path(KINETIC_SOURCE_DIR) / "docs" / "clinical-sources.md");
    for (const Source& source : bundled().sources) {
        INFO(source.key);
        CHECK(doc.find("**[" + source.key + "]**") != std::string::npos);
    }
}
