#include "cause_details_view.hpp"
#include "causes_model.hpp"
#include "causes_panel.hpp"
#include "details_browser.hpp"
#include "gui_fixture.hpp"
#include "linked_areas_model.hpp"
#include "linked_areas_panel.hpp"
#include "red_flags_panel.hpp"
#include "session.hpp"

#include <QDockWidget>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::gui;

TEST_CASE("A cause's details say why it fits and can add its exercises to the plan", "[causes]") {
    auto window = test::makeWindow();
    Session* session = window->session();
    session->toggleRegion("knee_front_left");
    CausesPanel* panel = window->causesPanel();
    REQUIRE(panel->model()->rowCount() > 0);
    const RankedCause best = session->causes().front(); // A copy: the ranking is recomputed on change.
    CHECK(panel->details()->condition() == best.condition->id);
    const QString text = panel->details()->text()->toPlainText();
    CHECK(text.contains(QString::fromStdString(best.condition->name)));
    CHECK(text.contains(QString::fromStdString(describe(best.contributions.front()))));
    CHECK(text.contains(QStringLiteral("not a diagnosis")));
    CHECK_FALSE(text.contains(QLatin1Char('%')));

    QTreeWidget* exercises = panel->details()->exercises();
    REQUIRE(exercises->topLevelItemCount() == static_cast<int>(best.condition->exercises.size()));
    exercises->setCurrentItem(exercises->topLevelItem(0));
    QTest::qWait(20); // Let the layout place the list, shown for the first time.
    QPushButton* add = panel->details()->addButton();
    REQUIRE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(session->assessment().inPlan(best.condition->exercises.front().exercise));
    CHECK_FALSE(add->isEnabled());
}

TEST_CASE("The panels behind the causes tab are built when first shown, with what was done before", "[window]") {
    auto window = test::makeWindow();
    const auto panel = [&](const char* name) { return window->findChild<QWidget*>(QString::fromLatin1(name)); };
    // Hidden behind the causes tab at start: not built yet.
    for (const char* name : {"linkedAreasPanel", "redFlagsPanel", "exerciseBrowser", "planPanel"}) {
        CAPTURE(name);
        CHECK(panel(name) == nullptr);
    }
    Session* session = window->session();
    session->toggleRegion("knee_front_left");
    const std::string exercise = session->content().exercises.begin()->id;
    session->addToPlan(exercise);

    window->showPanel(QStringLiteral("plan"));
    QWidget* plan = panel("planPanel");
    REQUIRE(plan != nullptr);
    CHECK(window->findChild<QDockWidget*>(QStringLiteral("planDock"))->widget() == plan);
    CHECK(plan->isVisible());
    CHECK(plan->findChild<QListView*>(QStringLiteral("planList"))->model()->rowCount() == 1);
    CHECK(panel("exerciseBrowser") == nullptr);

    window->showPanel(QStringLiteral("exercises"));
    QWidget* exercises = panel("exerciseBrowser");
    REQUIRE(exercises != nullptr);
    CHECK(exercises->isVisible());
    CHECK(exercises->findChild<QListView*>(QStringLiteral("exerciseList"))->model()->rowCount() > 0);
    // Built once: showing it again keeps the same panel.
    window->showPanel(QStringLiteral("causes"));
    window->showPanel(QStringLiteral("exercises"));
    CHECK(panel("exerciseBrowser") == exercises);
    CHECK(window->findChildren<QWidget*>(QStringLiteral("exerciseBrowser")).size() == 1);

    window->showPanel(QStringLiteral("linked"));
    auto* linked = qobject_cast<LinkedAreasPanel*>(panel("linkedAreasPanel"));
    REQUIRE(linked != nullptr);
    CHECK(linked->isVisible());
    CHECK(linked->model()->rowCount() > 0);
    CHECK(window->linkedAreasPanel() == linked);
    // Asked for before it is shown, a panel is built hidden; showing it keeps that one.
    CHECK(panel("redFlagsPanel") == nullptr);
    RedFlagsPanel* redFlags = window->redFlagsPanel();
    REQUIRE(redFlags != nullptr);
    REQUIRE_FALSE(session->redFlags().flags.empty());
    for (const RedFlagStatus& status : session->redFlags().flags) {
        CHECK(redFlags->question(status.flag->id) != nullptr);
    }
    window->showPanel(QStringLiteral("redFlags"));
    CHECK(redFlags->isVisible());
    CHECK(window->findChildren<QWidget*>(QStringLiteral("redFlagsPanel")).size() == 1);
}

TEST_CASE("Choosing another cause shows its details; the choice survives a re-ranking", "[causes]") {
    auto window = test::makeWindow();
    Session* session = window->session();
    session->toggleRegion("knee_front_left");
    CausesPanel* panel = window->causesPanel();
    REQUIRE(panel->model()->rowCount() > 1);
    panel->view()->setCurrentIndex(panel->model()->index(1, 0));
    const std::string chosen = panel->model()->causeAt(panel->view()->currentIndex())->condition->id;
    CHECK(panel->details()->condition() == chosen);
    session->setIntensity("knee_front_left", 9);
    CHECK(panel->details()->condition() == chosen);
}

TEST_CASE("The linked-area details give the why, how sure, and the sources", "[linked]") {
    auto window = test::makeWindow();
    Session* session = window->session();
    session->toggleRegion("knee_front_left");
    LinkedAreasPanel* panel = window->linkedAreasPanel();
    REQUIRE(panel->model()->rowCount() > 0);
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        panel->view()->setCurrentIndex(panel->model()->index(row, 0));
        const LinkedArea* area = panel->model()->areaAt(panel->view()->currentIndex());
        const QString text = panel->details()->toPlainText();
        CHECK(text.contains(QString::fromStdString(area->link->explanation)));
        CHECK(text.contains(QStringLiteral("Sources")));
        if (area->link->evidence.level >= EvidenceLevel::Weak) {
            CHECK(text.contains(QStringLiteral("less certain")));
        }
    }
}
