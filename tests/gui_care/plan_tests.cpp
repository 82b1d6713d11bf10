#include "care_fixture.hpp"
#include "plan_model.hpp"
#include "plan_panel.hpp"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

std::vector<std::string> planIds(const Session& session) {
    std::vector<std::string> ids;
    for (const PlanItem& item : session.assessment().plan) {
        ids.push_back(item.exercise);
    }
    return ids;
}

std::unique_ptr<Session> planSession() {
    auto session = test::emptySession();
    for (const char* id : {"glute_bridge", "wall_squat", "calf_stretch", "cat_cow"}) {
        session->addToPlan(id);
    }
    return session;
}

} // namespace

TEST_CASE("The plan model follows the session with narrow changes", "[care][plan]") {
    auto session = test::emptySession();
    PlanModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    session->addToPlan("glute_bridge");
    session->addToPlan("wall_squat");
    session->addToPlan("calf_stretch");
    CHECK(inserted.count() == 3);
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0).data().toString().startsWith(QStringLiteral("Glute")));

    session->movePlanItem(0, 2);
    CHECK(moved.count() == 1);
    CHECK(model.index(2).data(PlanModel::ExerciseIdRole).toString() == QStringLiteral("glute_bridge"));

    changed.clear();
    Dosage dosage = session->content().exercises.find("calf_stretch")->dosage;
    dosage.sets += 1;
    session->setPlanDosage(1, dosage);
    REQUIRE(changed.count() == 1);
    CHECK(changed.front().at(0).value<QModelIndex>().row() == 1);
    CHECK(model.index(1).data(PlanModel::DosageChangedRole).toBool());
    CHECK(model.index(1).data().toString().contains(QStringLiteral("(changed)")));

    session->removeFromPlan(0);
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 2);
    CHECK(reset.count() == 0);
}

TEST_CASE("Dragging a row moves it through the session", "[care][plan]") {
    auto session = planSession();
    PlanModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
    CHECK_FALSE(model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled));
    CHECK(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));

    // As QListView does for a drop below the last row: "before row 4".
    REQUIRE(model.moveRow(QModelIndex(), 0, QModelIndex(), 4));
    CHECK(planIds(*session) == std::vector<std::string>{"wall_squat", "calf_stretch", "cat_cow", "glute_bridge"});
    REQUIRE(model.moveRow(QModelIndex(), 2, QModelIndex(), 0));
    CHECK(planIds(*session) == std::vector<std::string>{"cat_cow", "wall_squat", "calf_stretch", "glute_bridge"});
    CHECK_FALSE(model.moveRow(QModelIndex(), 1, QModelIndex(), 2)); // onto itself
    CHECK(session->isModified());
}

TEST_CASE("The plan panel removes, reorders and changes dosage", "[care][plan]") {
    auto session = planSession();
    PlanPanel panel(session.get());
    auto* list = test::child<QListView>(panel, "planList");
    auto* up = test::child<QPushButton>(panel, "planUpButton");
    auto* down = test::child<QPushButton>(panel, "planDownButton");
    auto* remove = test::child<QPushButton>(panel, "planRemoveButton");
    CHECK(list->dragDropMode() == QAbstractItemView::InternalMove);

    list->setCurrentIndex(list->model()->index(0, 0));
    CHECK_FALSE(up->isEnabled());
    down->click();
    CHECK(planIds(*session).front() == "wall_squat");
    CHECK(list->currentIndex().row() == 1);
    up->click();
    CHECK(planIds(*session).front() == "glute_bridge");

    auto* sets = test::child<QSpinBox>(panel, "dosageSets");
    auto* days = test::child<QSpinBox>(panel, "dosageDays");
    const Dosage usual = session->content().exercises.find("glute_bridge")->dosage;
    CHECK(sets->value() == usual.sets);
    sets->setValue(usual.sets + 2);
    days->setValue(2);
    REQUIRE(session->assessment().plan[0].dosage.has_value());
    CHECK(session->assessment().plan[0].dosage->sets == usual.sets + 2);
    CHECK(session->assessment().plan[0].dosage->daysPerWeek == 2);
    CHECK(session->assessment().plan[0].dosage->note == usual.note);
    test::child<QPushButton>(panel, "dosageReset")->click();
    CHECK_FALSE(session->assessment().plan[0].dosage.has_value());
    CHECK(sets->value() == usual.sets);

    remove->click();
    CHECK(planIds(*session) == std::vector<std::string>{"wall_squat", "calf_stretch", "cat_cow"});
    CHECK(list->currentIndex().row() == 0);
    for (int i = 0; i < 3; ++i) {
        remove->click();
    }
    CHECK(session->assessment().plan.empty());
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(test::child<QLabel>(panel, "planEmpty")->isHidden());
}

TEST_CASE("Adding to the plan selects the new exercise for its dosage", "[care][plan]") {
    auto session = test::emptySession();
    PlanPanel panel(session.get());
    session->addToPlan("heel_raise");
    auto* list = test::child<QListView>(panel, "planList");
    CHECK(list->currentIndex().row() == 0);
    CHECK(test::child<QSpinBox>(panel, "dosageSets")->isEnabled());
    CHECK(test::child<QLabel>(panel, "dosageUsual")->text().contains(QStringLiteral("Usual for")));
}
