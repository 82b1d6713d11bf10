#include "care_fixture.hpp"

#include <kinetic/content_loader.hpp>

namespace kinetic::test {

std::shared_ptr<const Content> bundledContent() {
    static const std::shared_ptr<const Content> content = [] {
        ContentLoadResult result = loadContent(KINETIC_DATA_DIR);
        REQUIRE(result.ok());
        return std::make_shared<const Content>(std::move(*result.content));
    }();
    return content;
}

std::unique_ptr<gui::Session> emptySession() {
    return std::make_unique<gui::Session>(bundledContent());
}

std::unique_ptr<gui::Session> kneeSession() {
    auto session = emptySession();
    Assessment assessment;
    assessment.ageBand = AgeBand::Teen;
    assessment.regions = {{"knee_front_left", 6, {Quality::Ache}}};
    session->setAssessment(assessment);
    return session;
}

} // namespace kinetic::test
