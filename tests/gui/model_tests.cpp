#include "causes_model.hpp"
#include "gui_fixture.hpp"
#include "linked_areas_model.hpp"
#include "region_list_model.hpp"
#include "session.hpp"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

/// Changes that touch every model: selections, qualities, age, injury, hidden links, reloads.
void exercise(Session& session) {
    session.toggleRegion("knee_front_left");
    session.setIntensity("knee_front_left", 8);
    session.setQuality("knee_front_left", Quality::Sharp, true);
    session.toggleRegion("lower_back");
    session.setAgeBand(AgeBand::Teen);
    session.setRecentInjury(true);
    session.setMechanismVisible(Mechanism::NerveRoot, false);
    session.setMechanismVisible(Mechanism::NerveRoot, true);
    session.setAnswer("saddle_numbness", Answer::Yes);
    session.setContent(test::content());
    session.toggleRegion("knee_front_left");
    session.setAssessment(Assessment{});
}

} // namespace

TEST_CASE("Every item model passes QAbstractItemModelTester", "[models]") {
    Session session(test::content());
    RegionListModel regions(&session);
    LinkedAreasModel linked(&session);
    CausesModel causes(&session);
    QAbstractItemModelTester regionsTester(&regions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester linkedTester(&linked, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester causesTester(&causes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    exercise(session);
    CHECK(regions.rowCount() > 0);
}

TEST_CASE("The region list shows the selection and the linked areas in words", "[models]") {
    Session session(test::content());
    RegionListModel model(&session);
    session.toggleRegion("knee_front_left");
    const QModelIndex knee = model.indexOf("knee_front_left");
    CHECK(model.data(knee, Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);
    for (const std::string& id : session.highlightedRegions()) {
        const QModelIndex linked = model.indexOf(id);
        REQUIRE(linked.isValid());
        CHECK(model.data(linked, RegionListModel::LinkedRole).toBool());
        CHECK(model.data(linked).toString().endsWith(QStringLiteral("(linked)")));
    }
}

TEST_CASE("Linked areas and causes follow the session", "[models]") {
    Session session(test::content());
    LinkedAreasModel linked(&session);
    CausesModel causes(&session);
    CHECK(linked.rowCount() == 0);
    CHECK(causes.rowCount() == 0);
    session.toggleRegion("knee_front_left");
    CHECK(linked.rowCount() == static_cast<int>(session.linkedAreas().size()));
    REQUIRE(causes.rowCount() == static_cast<int>(session.causes().size()));
    REQUIRE(causes.rowCount() > 0);
    const QString match = causes.data(causes.index(0, CausesModel::MatchColumn)).toString();
    CHECK_FALSE(match.contains(QLatin1Char('%')));
    CHECK(causes.data(causes.index(0, CausesModel::NameColumn)).toString().toStdString() ==
          session.causes().front().condition->name);
    for (int row = 0; row < linked.rowCount(); ++row) {
        const LinkedArea* area = linked.areaAt(linked.index(row, 0));
        REQUIRE(area);
        if (area->link->evidence.level >= EvidenceLevel::Weak) {
            CHECK(linked.data(linked.index(row, LinkedAreasModel::EvidenceColumn))
                      .toString()
                      .contains(QStringLiteral("less certain")));
        }
    }
}
