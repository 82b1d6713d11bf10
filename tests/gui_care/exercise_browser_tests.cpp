#include "care_fixture.hpp"
#include "exercise_browser.hpp"
#include "exercise_detail_view.hpp"
#include "exercise_list_model.hpp"
#include "exercise_pose_view.hpp"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

QStringList ids(const QAbstractItemModel& model) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result << model.index(row, 0).data(ExerciseListModel::ExerciseIdRole).toString();
    }
    return result;
}

void choose(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The exercise model lists every exercise and filters them", "[care][exercises]") {
    auto session = test::emptySession();
    ExerciseListModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == static_cast<int>(session->content().exercises.size()));

    ExerciseFilter filter;
    filter.kind = ExerciseKind::Stretch;
    model.setFilter(filter, true);
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.matchAt(model.index(row))->exercise->kind == ExerciseKind::Stretch);
    }
    filter = {};
    filter.text = "glute bridge";
    model.setFilter(filter, true);
    CHECK(ids(model).contains(QStringLiteral("glute_bridge")));
    CHECK(model.indexOf("glute_bridge").isValid());
    CHECK_FALSE(model.indexOf("calf_stretch").isValid());
}

TEST_CASE("Exercises that fit the selection come first, with the reason", "[care][exercises]") {
    auto session = test::kneeSession();
    ExerciseListModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex first = model.index(0);
    CHECK(first.data(ExerciseListModel::FitRole).toDouble() > 0.0);
    const QStringList reasons = first.data(ExerciseListModel::ReasonsRole).toStringList();
    REQUIRE_FALSE(reasons.isEmpty());
    CHECK(reasons.front().startsWith(QStringLiteral("Recommended for")));
    CHECK(first.data().toString().contains(QStringLiteral("Fits your selection")));

    model.setFilter({}, false);
    CHECK(model.index(0).data(ExerciseListModel::FitRole).toDouble() == 0.0);
    CHECK(model.index(0).data(ExerciseListModel::ExerciseIdRole).toString() == QStringLiteral("hip_flexor_stretch"));

    // A change of the selection reorders the list.
    model.setFilter({}, true);
    session->setRegionSelected("knee_front_left", false);
    CHECK(model.index(0).data(ExerciseListModel::FitRole).toDouble() == 0.0);
    session->addToPlan("glute_bridge");
    CHECK(model.data(model.indexOf("glute_bridge"), ExerciseListModel::InPlanRole).toBool());
}

TEST_CASE("The browser filters by region, condition, kind, difficulty and equipment", "[care][exercises]") {
    auto session = test::emptySession();
    ExerciseBrowser browser(session.get());
    auto* list = test::child<QListView>(browser, "exerciseList");
    auto* count = test::child<QLabel>(browser, "exerciseCount");
    const int all = list->model()->rowCount();
    CHECK(count->text() == QStringLiteral("%1 of %1 exercises shown").arg(all));

    choose(test::child<QComboBox>(browser, "exerciseKindFilter"), static_cast<int>(ExerciseKind::Aerobic));
    const int aerobic = list->model()->rowCount();
    CHECK(aerobic > 0);
    CHECK(aerobic < all);
    choose(test::child<QComboBox>(browser, "exerciseDifficultyFilter"), static_cast<int>(Difficulty::Hard));
    CHECK(list->model()->rowCount() == 0);
    test::child<QPushButton>(browser, "exerciseClearFilters")->click();
    CHECK(list->model()->rowCount() == all);

    choose(test::child<QComboBox>(browser, "exerciseRegionFilter"), QStringLiteral("calf"));
    CHECK(ids(*list->model()).contains(QStringLiteral("calf_stretch")));
    CHECK_FALSE(ids(*list->model()).contains(QStringLiteral("quad_stretch")));
    test::child<QPushButton>(browser, "exerciseClearFilters")->click();

    choose(test::child<QComboBox>(browser, "exerciseConditionFilter"), QStringLiteral("hip_oa"));
    CHECK(ids(*list->model()).contains(QStringLiteral("sit_to_stand")));
    CHECK(list->model()->rowCount() < all);
    test::child<QPushButton>(browser, "exerciseClearFilters")->click();

    choose(test::child<QComboBox>(browser, "exerciseEquipmentFilter"), QStringLiteral("none"));
    CHECK(ids(*list->model()) == QStringList{QStringLiteral("glute_piriformis_stretch")});
    test::child<QPushButton>(browser, "exerciseClearFilters")->click();

    test::child<QLineEdit>(browser, "exerciseSearch")->setText(QStringLiteral("plank"));
    CHECK(ids(*list->model()) == QStringList({QStringLiteral("front_plank"), QStringLiteral("side_plank")}));
    CHECK(count->text() == QStringLiteral("2 of %1 exercises shown").arg(all));
}

TEST_CASE("The detail pane shows the chosen exercise and adds it to the plan", "[care][exercises]") {
    auto session = test::kneeSession();
    ExerciseBrowser browser(session.get());
    auto* list = test::child<QListView>(browser, "exerciseList");
    list->setCurrentIndex(list->model()->index(0, 0));
    const std::string first = list->currentIndex().data(ExerciseListModel::ExerciseIdRole).toString().toStdString();
    CHECK(browser.currentExercise() == first);
    auto* title = test::child<QLabel>(browser, "exerciseTitle");
    CHECK(title->text().toStdString() == session->content().exercises.find(first)->name);
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(test::child<QLabel>(browser, "exerciseFit")->text().contains(QStringLiteral("Recommended for")));
    CHECK(test::child<ExercisePoseView>(browser, "exercisePoseView")->hasIllustration());

    // The pain rule and the stop rules are part of "when to stop".
    bool painRule = false;
    for (const QLabel* label : browser.findChildren<QLabel*>()) {
        CHECK(label->textFormat() == Qt::PlainText);
        painRule =
            painRule || label->text().contains(QString::fromStdString(session->content().manifest.painRule.text));
    }
    CHECK(painRule);

    auto* add = test::child<QPushButton>(browser, "addToPlanButton");
    REQUIRE(add->isEnabled());
    add->click();
    CHECK(session->assessment().inPlan(first));
    CHECK_FALSE(add->isEnabled());
}

TEST_CASE("A variant that is an exercise opens it", "[care][exercises]") {
    auto session = test::emptySession();
    ExerciseBrowser browser(session.get());
    // Pelvic tilt's harder variant is the glute bridge; hide it with a filter first.
    test::child<QLineEdit>(browser, "exerciseSearch")->setText(QStringLiteral("pelvic tilt"));
    browser.showExercise("pelvic_tilt");
    REQUIRE(browser.currentExercise() == "pelvic_tilt");
    auto* variant = test::child<QPushButton>(browser, "variantLink_glute_bridge");
    variant->click();
    CHECK(browser.currentExercise() == "glute_bridge");
    CHECK(test::child<QLineEdit>(browser, "exerciseSearch")->text().isEmpty());
    CHECK(test::child<QListView>(browser, "exerciseList")->currentIndex().data(ExerciseListModel::ExerciseIdRole) ==
          QStringLiteral("glute_bridge"));
}
