#include "page_flow.hpp"

#include <catch2/catch.hpp>

using namespace kinetic::report;

namespace {

std::vector<int> pagesOf(const std::vector<FlowSlice>& slices) {
    std::vector<int> pages;
    for (const FlowSlice& slice : slices) {
        pages.push_back(slice.page);
    }
    return pages;
}

} // namespace

TEST_CASE("Blocks that fit stay whole and move to the next page", "[report][flow]") {
    const std::vector<FlowBlock> blocks{{60, 0, false}, {30, 5, false}, {30, 5, false}};
    const auto slices = flowBlocks(blocks, 100, 100, {});
    CHECK(pagesOf(slices) == std::vector<int>{0, 0, 1});
    CHECK(slices[1].y == Approx(65));
    CHECK(slices[2].y == Approx(0)); // No space at the top of a page.
}

TEST_CASE("A heading stays with the block after it", "[report][flow]") {
    const std::vector<FlowBlock> blocks{{60, 0, false}, {30, 0, true}, {50, 0, false}};
    CHECK(pagesOf(flowBlocks(blocks, 100, 100, {})) == std::vector<int>{0, 1, 1});
}

TEST_CASE("Headings chained before a block all move together", "[report][flow]") {
    const std::vector<FlowBlock> blocks{{50, 0, false}, {10, 0, true}, {10, 0, true}, {40, 0, false}};
    CHECK(pagesOf(flowBlocks(blocks, 100, 100, {})) == std::vector<int>{0, 1, 1, 1});
}

TEST_CASE("Only a block taller than a page is cut, where the finder says", "[report][flow]") {
    const std::vector<FlowBlock> blocks{{20, 0, false}, {250, 0, false}, {10, 0, false}};
    const CutFinder cut = [](std::size_t, double, double room) { return room - 3; };
    const auto slices = flowBlocks(blocks, 100, 100, cut);
    REQUIRE(slices.size() == 5);
    CHECK(pagesOf(slices) == std::vector<int>{0, 1, 2, 3, 3});
    CHECK(slices[1].top == Approx(0));
    CHECK(slices[1].height == Approx(97));
    CHECK(slices[2].top == Approx(97));
    CHECK(slices[3].top == Approx(194));
    CHECK(slices[3].height == Approx(56));
    CHECK(slices[4].y == Approx(56));
}

TEST_CASE("A short first page", "[report][flow]") {
    const std::vector<FlowBlock> blocks{{80, 0, false}, {10, 0, false}};
    CHECK(pagesOf(flowBlocks(blocks, 50, 100, {})) == std::vector<int>{1, 1});
}
