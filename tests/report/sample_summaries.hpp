#pragma once

#include <kinetic/assessment.hpp>
#include <kinetic/content.hpp>
#include <kinetic/summary.hpp>

/// Summaries to render in the report tests.
namespace kinetic::test {

/// The bundled content (data/), loaded once.
const Content& bundledContent();

/// A realistic assessment: an adult with front-of-knee and low back pain, one warning sign
/// answered yes (losing weight, pain at night: see a clinician soon), four exercises in the
/// plan (one with a changed dosage) and a note.
Assessment sampleAssessment();

/// The summary of `sampleAssessment()`.
Summary sampleSummary();

/// Every exercise of the content in the plan.
Summary fullPlanSummary();

/// A small summary made by hand whose texts try to inject HTML everywhere.
Summary hostileSummary();

} // namespace kinetic::test
