#include "emergency_banner.hpp"
#include "gui_fixture.hpp"
#include "red_flag_question.hpp"
#include "red_flags_panel.hpp"
#include "session.hpp"

#include <QComboBox>
#include <QRadioButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::gui;

TEST_CASE("An emergency answer shows the banner with what to do now", "[redflags]") {
    auto window = test::makeWindow();
    window->session()->toggleRegion("lower_back");
    window->showPanel(QStringLiteral("redFlags"));
    QTest::qWait(20); // New rows are shown from the event loop.
    EmergencyBanner* banner = window->findChild<EmergencyBanner*>(QStringLiteral("emergencyBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());

    auto* yes = window->findChild<QRadioButton*>(QStringLiteral("answerYes_saddle_numbness"));
    REQUIRE(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    CHECK(window->session()->assessment().answer("saddle_numbness") == Answer::Yes);
    CHECK(banner->isVisible());
    const std::string emergency = window->session()->content().manifest.tier(Urgency::Emergency).message;
    CHECK(banner->headline().contains(QString::fromStdString(emergency)));
    CHECK(window->session()->redFlags().selfCareSecondary());

    auto* no = window->findChild<QRadioButton*>(QStringLiteral("answerNo_saddle_numbness"));
    REQUIRE(no);
    QTest::mouseClick(no, Qt::LeftButton);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("The questions follow the selection and the age", "[redflags]") {
    auto window = test::makeWindow();
    RedFlagsPanel* panel = window->redFlagsPanel();
    CHECK(panel->question("saddle_numbness") == nullptr);
    window->session()->toggleRegion("lower_back");
    CHECK(panel->question("saddle_numbness") != nullptr);
    auto* age = panel->findChild<QComboBox*>(QStringLiteral("ageBand"));
    REQUIRE(age);
    age->setCurrentIndex(static_cast<int>(AgeBand::Older) + 1);
    CHECK(window->session()->assessment().ageBand == AgeBand::Older);
    for (const RedFlagStatus& status : window->session()->redFlags().flags) {
        CHECK(panel->question(status.flag->id) != nullptr);
    }
}

TEST_CASE("Answering keeps each question in its place", "[redflags]") {
    auto window = test::makeWindow();
    window->session()->toggleRegion("lower_back");
    RedFlagQuestion* before = window->redFlagsPanel()->question("bladder_change");
    REQUIRE(before);
    window->session()->setAnswer("bladder_change", Answer::No);
    CHECK(window->redFlagsPanel()->question("bladder_change") == before);
}
