// Fuzz target: reading a `*.kinetic.json` assessment. Any bytes give an assessment or
// diagnostics that can be shown and written as JSON; an assessment that was read is saved and
// read back unchanged, and saving it again gives the same bytes.
#include "fuzz_check.hpp"

#include <kinetic/assessment_io.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kinetic;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const AssessmentLoadResult result = parseAssessment(text, "fuzz.kinetic.json");
        fuzz::requireWritable(result.diagnostics);
        fuzz::require(result.assessment || !result.diagnostics.empty(), "a file that is not read says why");
        if (result.assessment) {
            const std::string saved = serializeAssessment(*result.assessment);
            const AssessmentLoadResult again = parseAssessment(saved);
            fuzz::require(again.assessment.has_value(), "a saved assessment reads back");
            fuzz::require(*again.assessment == *result.assessment, "a saved assessment reads back unchanged");
            fuzz::require(serializeAssessment(*again.assessment) == saved, "saving is stable");
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        fuzz::require(false, "no exception escapes parseAssessment");
    }
    return 0;
}
