#include "care_fixture.hpp"
#include "exercise_browser.hpp"
#include "plan_panel.hpp"

#include <QDir>
#include <QListView>
#include <QPixmap>

using namespace kinetic;
using namespace kinetic::gui;

// Run by hand to look at the panels: KINETIC_SCREENSHOT_DIR=/tmp/shots kinetic_gui_care_tests "[.screenshots]"
TEST_CASE("Screenshots of the exercise browser and the plan", "[.screenshots]") {
    const QString folder = QString::fromLocal8Bit(qgetenv("KINETIC_SCREENSHOT_DIR"));
    REQUIRE(!folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    auto session = test::kneeSession();
    for (const char* id : {"quad_set", "wall_squat", "calf_stretch"}) {
        session->addToPlan(id);
    }
    ExerciseBrowser browser(session.get());
    browser.resize(520, 900);
    browser.showExercise("wall_squat");
    browser.show();
    CHECK(browser.grab().save(QDir(folder).filePath(QStringLiteral("exercise-browser.png"))));
    const auto pages = browser.findChildren<QWidget*>(QStringLiteral("exerciseDetailPage"));
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(pages.back()->grab().save(QDir(folder).filePath(QStringLiteral("exercise-details.png"))));

    PlanPanel plan(session.get());
    plan.resize(420, 640);
    plan.show();
    auto* list = test::child<QListView>(plan, "planList");
    list->setCurrentIndex(list->model()->index(1, 0));
    CHECK(plan.grab().save(QDir(folder).filePath(QStringLiteral("plan-panel.png"))));
}
