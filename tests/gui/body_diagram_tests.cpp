#include "body_diagram_widget.hpp"
#include "gui_fixture.hpp"
#include "region_list_model.hpp"
#include "region_panel.hpp"
#include "session.hpp"

#include <kinetic/linked_areas.hpp>

#include <QAccessible>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

void click(BodyDiagramWidget* diagram, const std::string& regionId) {
    const auto point = test::pointInside(diagram->regionShape(regionId));
    REQUIRE(point);
    QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, point->toPoint());
}

std::set<std::string> selectableRegions() {
    std::set<std::string> ids;
    for (const Region& region : test::content()->regions) {
        if (region.selectable) {
            ids.insert(region.id);
        }
    }
    return ids;
}

} // namespace

TEST_CASE("Clicking the knee's shape selects that region, and clicking again clears it", "[diagram]") {
    auto window = test::makeWindow();
    BodyDiagramWidget* diagram = window->diagram();
    click(diagram, "knee_front_left");
    CHECK(window->session()->assessment().isSelected("knee_front_left"));
    CHECK(window->session()->assessment().regions.size() == 1);
    CHECK(diagram->diagramState().selected == std::set<std::string>{"knee_front_left"});
    click(diagram, "knee_front_left");
    CHECK_FALSE(window->session()->assessment().isSelected("knee_front_left"));
}

TEST_CASE("Hit-testing follows the drawn shape, not its bounding box", "[diagram]") {
    auto window = test::makeWindow();
    BodyDiagramWidget* diagram = window->diagram();
    for (const std::string& id : diagram->regionOrder()) {
        const QPainterPath shape = diagram->regionShape(id);
        const auto inside = test::pointInside(shape);
        REQUIRE(inside);
        CHECK(diagram->regionAt(*inside) == id);
        // A corner of the bounding box outside the shape is not the region.
        const QRectF box = shape.boundingRect();
        for (const QPointF corner : {box.topLeft() + QPointF(0.5, 0.5), box.bottomRight() - QPointF(0.5, 0.5)}) {
            if (!shape.contains(corner)) {
                CHECK(diagram->regionAt(corner) != id);
            }
        }
    }
}

TEST_CASE("Every selectable region has a shape in the art", "[diagram]") {
    auto window = test::makeWindow();
    const auto& order = window->diagram()->regionOrder();
    CHECK(std::set<std::string>(order.begin(), order.end()) == selectableRegions());
}

TEST_CASE("The highlighted regions are the core's linked-area query", "[diagram]") {
    auto window = test::makeWindow();
    BodyDiagramWidget* diagram = window->diagram();
    Session* session = window->session();
    for (const std::string id : {"knee_front_left", "lower_back", "groin_hip_front_right"}) {
        click(diagram, id);
        const Content& content = session->content();
        const Assessment& assessment = session->assessment();
        const auto areas = linkedAreas(content, assessment, LinkQuery{});
        const auto expected = highlightedRegions(assessment, areas);
        CHECK_FALSE(expected.empty());
        CHECK(diagram->diagramState().highlighted == expected);
        for (const auto& arrow : diagram->diagramState().arrows) {
            CHECK((assessment.isSelected(arrow.from) || assessment.isSelected(arrow.to)));
        }
    }
}

TEST_CASE("Hiding a kind of link removes its arrows and highlights", "[diagram]") {
    auto window = test::makeWindow();
    Session* session = window->session();
    session->toggleRegion("lower_back");
    const auto hasNerveRoot = [&] {
        const auto& arrows = window->diagram()->diagramState().arrows;
        return std::any_of(arrows.begin(), arrows.end(),
                           [](const report::DiagramArrow& a) { return a.mechanism == Mechanism::NerveRoot; });
    };
    REQUIRE(hasNerveRoot());
    session->setMechanismVisible(Mechanism::NerveRoot, false);
    CHECK_FALSE(hasNerveRoot());
    CHECK(window->diagram()->diagramState().hiddenMechanisms.contains(Mechanism::NerveRoot));
    session->setMechanismVisible(Mechanism::NerveRoot, true);
    CHECK(hasNerveRoot());
}

TEST_CASE("Tab reaches every region, Space toggles and Enter opens the details", "[diagram][keyboard]") {
    auto window = test::makeWindow();
    BodyDiagramWidget* diagram = window->diagram();
    diagram->setFocus(Qt::TabFocusReason);
    REQUIRE(diagram->hasFocus());
    if (diagram->currentRegion().empty()) {
        QTest::keyClick(diagram, Qt::Key_Tab); // Focused before the test began: Tab lands on the first.
    }
    REQUIRE(diagram->currentRegion() == diagram->regionOrder().front());
    std::set<std::string> reached{diagram->currentRegion()};
    for (std::size_t i = 0; i + 1 < diagram->regionOrder().size(); ++i) {
        QTest::keyClick(diagram, Qt::Key_Tab);
        REQUIRE(diagram->hasFocus());
        reached.insert(diagram->currentRegion());
    }
    CHECK(reached == selectableRegions());

    const std::string current = diagram->currentRegion();
    QTest::keyClick(diagram, Qt::Key_Space);
    CHECK(window->session()->assessment().isSelected(current));
    QSignalSpy activated(diagram, &BodyDiagramWidget::regionActivated);
    QTest::keyClick(diagram, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.front().front().toString().toStdString() == current);
}

TEST_CASE("The arrow keys reach every region", "[diagram][keyboard]") {
    auto window = test::makeWindow();
    BodyDiagramWidget* diagram = window->diagram();
    diagram->setFocus(Qt::TabFocusReason);
    diagram->setCurrentRegion(diagram->regionOrder().front());
    // Explore the moves from each region reached: everything must be reachable from the first.
    std::set<std::string> reached{diagram->currentRegion()};
    std::vector<std::string> queue{diagram->currentRegion()};
    while (!queue.empty()) {
        const std::string from = queue.back();
        queue.pop_back();
        for (const auto key : {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down}) {
            diagram->setCurrentRegion(from);
            QTest::keyClick(diagram, key);
            if (reached.insert(diagram->currentRegion()).second) {
                queue.push_back(diagram->currentRegion());
            }
        }
    }
    CHECK(reached == selectableRegions());
}

TEST_CASE("Each region has an accessible name and description", "[diagram][accessibility]") {
    auto window = test::makeWindow();
    BodyDiagramWidget* diagram = window->diagram();
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(diagram);
    REQUIRE(accessible);
    REQUIRE(accessible->childCount() == static_cast<int>(diagram->regionOrder().size()));
    for (int i = 0; i < accessible->childCount(); ++i) {
        QAccessibleInterface* child = accessible->child(i);
        REQUIRE(child);
        const Region* region = test::content()->regions.find(diagram->regionOrder()[static_cast<std::size_t>(i)]);
        CHECK(child->text(QAccessible::Name).toStdString() == region->displayName());
        CHECK_FALSE(child->text(QAccessible::Description).isEmpty());
        CHECK(child->role() == QAccessible::CheckBox);
        CHECK(accessible->indexOfChild(child) == i);
        CHECK(child->rect().isValid());
    }
    window->session()->toggleRegion(diagram->regionOrder().front());
    CHECK(accessible->child(0)->state().checked);
}

TEST_CASE("The region list stays in step with the diagram", "[diagram][list]") {
    auto window = test::makeWindow();
    RegionListModel* model = window->regionPanel()->model();
    const QModelIndex knee = model->indexOf("knee_inner_right");
    REQUIRE(knee.isValid());
    REQUIRE(model->setData(knee, Qt::Checked, Qt::CheckStateRole));
    CHECK(window->diagram()->diagramState().selected.contains("knee_inner_right"));
    click(window->diagram(), "knee_inner_right");
    CHECK(model->data(knee, Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    // Moving in the diagram moves the list's current row.
    window->diagram()->setFocus(Qt::TabFocusReason);
    window->diagram()->setCurrentRegion("calf_left");
    CHECK(model->regionAt(window->regionPanel()->list()->currentIndex()) == "calf_left");
}
