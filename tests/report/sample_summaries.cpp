#include "sample_summaries.hpp"

#include <kinetic/content_loader.hpp>

#include <catch2/catch.hpp>

namespace kinetic::test {

const Content& bundledContent() {
    static const Content content = [] {
        ContentLoadResult result = loadContent(KINETIC_DATA_DIR);
        REQUIRE(result.ok());
        return std::move(*result.content);
    }();
    return content;
}

Assessment sampleAssessment() {
    Assessment assessment;
    assessment.ageBand = AgeBand::Adult;
    assessment.date = "2026-11-21";
    assessment.regions = {{"knee_front_left", 6, {Quality::Ache, Quality::Sharp}},
                          {"lower_back", 4, {Quality::Stiffness}},
                          {"buttock_left", 3, {Quality::Ache}}};
    assessment.answers = {{"weight_loss_night_pain", Answer::Yes}, {"cancer_history", Answer::No}};
    Dosage wallSquat = bundledContent().exercises.find("wall_squat")->dosage;
    wallSquat.sets = 2;
    wallSquat.daysPerWeek = 4;
    assessment.plan = {{"glute_bridge", std::nullopt},
                       {"wall_squat", wallSquat},
                       {"hip_flexor_stretch", std::nullopt},
                       {"cat_cow", std::nullopt}};
    assessment.note = "Worse after long drives. Physio appointment on 3 December.";
    return assessment;
}

Summary sampleSummary() {
    return buildSummary(bundledContent(), sampleAssessment());
}

Summary fullPlanSummary() {
    Assessment assessment = sampleAssessment();
    assessment.plan.clear();
    for (const Exercise& exercise : bundledContent().exercises) {
        assessment.plan.push_back(PlanItem{exercise.id, std::nullopt});
    }
    return buildSummary(bundledContent(), assessment);
}

Summary hostileSummary() {
    Summary summary;
    summary.title = "Self-care summary";
    summary.date = "2026-11-21";
    summary.disclaimer = "Education, not a diagnosis.";
    summary.contentVersion = "1.0.0";
    summary.lastReviewed = "2026-11-21";
    summary.note = "<img src=x> <a href=javascript:alert(1)>click</a> &amp; 100%1 \"quoted\"";
    summary.regions = {{"knee_front_left", "Front of knee, <b>left</b>", 6, {"ache"}}};
    summary.causes = {{"pfp",
                       "Patellofemoral <script>alert(1)</script> pain",
                       "good match",
                       false,
                       1.0,
                       {"felt directly at <i>the knee</i>"},
                       "Summary & more",
                       {"NG59"}}};
    summary.plan = {{"glute_bridge",
                     "X16",
                     "Glute <u>bridge</u>",
                     "strengthen",
                     "3 sets of 12",
                     "",
                     false,
                     {"Lie <down>", "Lift & hold", "Lower"},
                     {"Arching"},
                     {"Cramp"},
                     "When easy",
                     {},
                     {},
                     "moderate",
                     {"NG59"}}};
    summary.painRule = "Pain up to 3/10 is fine.";
    summary.sources = {{"ng59", "NG59", "NICE NG59 <2016>", "https://example.org/?a=1&b=2"}};
    return summary;
}

} // namespace kinetic::test
