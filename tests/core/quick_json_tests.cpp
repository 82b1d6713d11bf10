#include "fixtures.hpp"
#include "json_scan.hpp"
#include "quick_json.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using kinetic::detail::JsonScan;
using kinetic::detail::JsonTree;
using kinetic::detail::JsonValue;
using kinetic::detail::quickParse;
using kinetic::detail::sameDocument;
using kinetic::test::bundledDataDir;
using kinetic::test::fixtureDir;
using kinetic::test::readFolder;
using kinetic::test::readText;

namespace {

/// quickParse made what nlohmann makes of the same text.
void requireSameAsNlohmann(const std::string& text) {
    INFO(text.substr(0, 200));
    const auto quick = quickParse(text);
    REQUIRE(quick.has_value());
    CHECK(sameDocument(quick->root(), nlohmann::json::parse(text)));
}

} // namespace

TEST_CASE("The quick parse makes nlohmann's document of every content file") {
    int files = 0;
    for (const auto& folder : {bundledDataDir, fixtureDir / "minimal"}) {
        for (const auto& [name, text] : readFolder(folder)) {
            INFO(name);
            requireSameAsNlohmann(text);
            ++files;
        }
    }
    CHECK(files >= 16);
}

TEST_CASE("The quick parse refuses every broken file nlohmann or the scan refuses") {
    int refused = 0;
    for (const auto& folder : {fixtureDir / "broken", fixtureDir / "cli-broken"}) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            const std::string text = readText(entry.path());
            INFO(entry.path().filename().string());
            const nlohmann::json reference = nlohmann::json::parse(text, nullptr, false);
            const auto quick = quickParse(text);
            if (!JsonScan(text).problems().empty()) {
                CHECK_FALSE(quick.has_value());
                ++refused;
            } else if (reference.is_discarded()) {
                CHECK_FALSE(quick.has_value());
                ++refused;
            } else if (quick) {
                CHECK(sameDocument(quick->root(), reference));
            }
        }
    }
    CHECK(refused >= 3);
}

TEST_CASE("The quick parse reads strings, numbers and nesting as nlohmann does") {
    for (const char* text : {
             R"({"a": "plain", "b": "", "c": "caf\u00e9 \u20ac \u0000 end", "d": "\" \\ \/ \b \f \n \r \t"})",
             "\"Gr\xC3\xBC\xC3\x9F"
             "e \xE2\x80\x93 \xF0\x9F\x98\x80 \xEF\xBF\xBF\"", // 2-, 3- and 4-byte UTF-8
             R"([0, -0, 7, -7, 18446744073709551615, -9223372036854775808, 1.5, -0.0, 1e3, 2E-3, 6.02e+23])",
             " \t\r\n{ \"nested\" : [ { } , [ ] , [ [ true , false , null ] ] ] } \n",
             R"({"same": 1, "other": {"same": 2}, "list": [{"same": 3}, {"same": 4}]})",
             "42",
             "\"\x7f\"",
         }) {
        requireSameAsNlohmann(text);
    }
    const auto numbers = quickParse("[5, -5, 5.0]");
    REQUIRE(numbers.has_value());
    std::vector<JsonValue::Kind> kinds;
    numbers->root().forEachElement([&](JsonValue number) { kinds.push_back(number.kind()); });
    CHECK(kinds == std::vector{JsonValue::Kind::Unsigned, JsonValue::Kind::Integer, JsonValue::Kind::Float});
}

TEST_CASE("The quick parse gives up on what it does not read exactly as nlohmann does") {
    // Each is either an error, for nlohmann to name and place, or a rare form left to it.
    for (const char* text : {"",
                             "   ",
                             "{",
                             "[1,]",
                             "[1 2]",
                             "{\"a\" 1}",
                             "{\"a\":}",
                             "{1: 2}",
                             "01",
                             "1.",
                             "-",
                             "1e",
                             ".5",
                             "+1",
                             "tru",
                             "nul",
                             "{} x",
                             "[]]",
                             "\"open",
                             "\"tab\there\"",
                             "\"\xC0\x80\"",
                             "\"\xED\xA0\x80\"",
                             "\"\xF4\x90\x80\x80\"",
                             "\"\xE2\x80\"",
                             "\"\\x\"",
                             "\"\\u12\"",
                             "\"\\u12G4\"",
                             "// note\n{}",
                             "\"\\ud83d\\ude00\"",   // a surrogate pair: nlohmann decodes it
                             "18446744073709551616", // too large for 64 bits: nlohmann makes a double
                             "1e400",
                             "1e-400",                    // out of a double's range
                             "\xEF\xBB\xBF{}",            // a byte order mark: nlohmann skips it
                             R"({"same": 1, "same": 2})", // a repeated key: the scan places it
                             R"({"a": {"b": 1, "b": 1}})",
                             R"({"caf\u00e9": 1})", // a key with an escape: left to the scan
                             R"({"line\n": 1})"}) {
        INFO(text);
        CHECK_FALSE(quickParse(text).has_value());
    }
    const std::string deep = std::string(65, '[') + std::string(65, ']');
    CHECK_FALSE(quickParse(deep).has_value());
    const std::string deepest = std::string(64, '[') + std::string(64, ']');
    CHECK(quickParse(deepest).has_value());
}

TEST_CASE("What the quick parse reads, the scan finds no problem in") {
    // The loader skips the scan when the quick parse reads a text, so the two must agree: the
    // scan compares keys as they are written, decoding only the simplest escapes.
    for (const char* text : {R"({"same": 1, "same": 2})", R"([{"a": 1}, {"b": {"c": 1, "c": 2}}])",
                             R"({"b": 1, "\b": 2})", R"({"u0062": 1, "\u0062": 2})", R"({"a": 1, "\u0061": 2})"}) {
        INFO(text);
        CHECK_FALSE(quickParse(text).has_value());
    }
    CHECK_FALSE(JsonScan(R"({"b": 1, "\b": 2})").problems().empty()); // the scan's own decoding
    const std::string tooDeep = std::string(65, '[') + std::string(65, ']');
    CHECK_FALSE(JsonScan(tooDeep).problems().empty());
    CHECK_FALSE(quickParse(tooDeep).has_value());
    for (const auto& [name, text] : readFolder(bundledDataDir)) {
        INFO(name);
        CHECK(quickParse(text).has_value());
        CHECK(JsonScan(text).problems().empty());
    }
}

TEST_CASE("Documents are the same only with the same types") {
    const auto same = [](const char* tree, const nlohmann::json& json) {
        const auto parsed = quickParse(tree);
        REQUIRE(parsed.has_value());
        return sameDocument(parsed->root(), json);
    };
    CHECK(same(R"({"a": [1, "x"], "b": null})", nlohmann::json::parse(R"({"b": null, "a": [1, "x"]})")));
    CHECK_FALSE(same("1", nlohmann::json(1)));
    CHECK_FALSE(same("-1", nlohmann::json(-1.0)));
    CHECK_FALSE(same("1.0", nlohmann::json(1U)));
    CHECK_FALSE(same("0.0", nlohmann::json(-0.0)));
    CHECK_FALSE(same("true", nlohmann::json(false)));
    CHECK_FALSE(same(R"("x")", nlohmann::json("y")));
    CHECK_FALSE(same(R"({"a": 1})", nlohmann::json::parse(R"({"b": 1})")));
    CHECK_FALSE(same(R"({"a": 1})", nlohmann::json::parse(R"({"a": 1, "b": 1})")));
    CHECK_FALSE(same("[1, 2]", nlohmann::json::parse("[1]")));
    CHECK_FALSE(same("[1, 2]", nlohmann::json::parse("[1, 3]")));
    CHECK_FALSE(same("null", nlohmann::json::array()));
}

TEST_CASE("A tree made from nlohmann's document holds the same document") {
    const nlohmann::json document = nlohmann::json::parse(
        R"({"z": [1, -2, 2.5, "t", true, null, {}, []], "a": {"nested": {"deep": "\ud83d\ude00"}}})");
    const JsonTree tree = JsonTree::fromJson(document);
    CHECK(sameDocument(tree.root(), document));
    CHECK(tree.root().toJson() == document);
    CHECK(tree.root().find("a").find("nested").find("deep").string() == "\xF0\x9F\x98\x80");
    CHECK_FALSE(tree.root().find("missing").exists());
    CHECK(tree.root().find("missing").isNull());           // a missing field reads as null too
    CHECK_FALSE(tree.root().find("z").find("a").exists()); // an array has no members
    CHECK(tree.root().find("z").size() == 8);
}

TEST_CASE("Objects with many keys are checked for repeats too") {
    std::string many = "{";
    for (int i = 0; i < 40; ++i) {
        many += (i == 0 ? "\"k" : ", \"k") + std::to_string(i) + "\": " + std::to_string(i);
    }
    CHECK(quickParse(many + "}").has_value());
    CHECK_FALSE(quickParse(many + ", \"k17\": 0}").has_value());
    const auto parsed = quickParse(many + "}");
    REQUIRE(parsed.has_value());
    CHECK(parsed->root().find("k39").unsignedInteger() == 39);
}
