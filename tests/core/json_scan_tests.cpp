#include "json_scan.hpp"

#include <catch2/catch.hpp>

using kinetic::detail::JsonScan;

TEST_CASE("The scan locates members and elements by JSON pointer") {
    const JsonScan scan("{\n  \"a\": [10,\n    {\"b~/c\": true}],\n  \"d\": \"x\"\n}");
    CHECK(scan.locate("/a").line == 2);
    CHECK(scan.locate("/a").column == 3);
    CHECK(scan.locate("/a/1").line == 3);
    CHECK(scan.locate("/a/1/b~0~1c").column == 6);
    CHECK(scan.locate("/d").line == 4);
    CHECK(scan.locate("/a/1/missing").line == 3); // the nearest enclosing value
    CHECK(scan.problems().empty());
}

TEST_CASE("The scan reports duplicate keys and deep nesting without recursing") {
    const JsonScan duplicates(R"({"a": 1, "b": {"c": 1, "c": 2}})");
    REQUIRE(duplicates.problems().size() == 1);
    CHECK(duplicates.problems()[0].pointer == "/b/c");

    std::string deep(100000, '[');
    const JsonScan nested(deep);
    REQUIRE(nested.problems().size() == 1);
    CHECK(nested.problems()[0].message.find("nested more than") == 0);
}

TEST_CASE("The scan survives malformed text") {
    for (const char* text : {"{\"a", "]]]", "{\"a\":}", "\"unterminated", "{,,,}", ""}) {
        const JsonScan scan(text);
        CHECK(scan.locate("/a").line >= 0);
    }
}
