// Fuzz target: the quick parse that reads content files before the scan and nlohmann/json are
// asked. Whatever it accepts, nlohmann must accept too and make the same document of, type for
// type, and the scan must find no problem in; anything else it must give up on, for them to
// report.
#include "fuzz_check.hpp"
#include "json_scan.hpp"
#include "quick_json.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto quick = kinetic::detail::quickParse(text);
    if (!quick) {
        return 0;
    }
    const nlohmann::json reference = nlohmann::json::parse(text, nullptr, false);
    kinetic::fuzz::require(!reference.is_discarded(), "what the quick parse accepts, nlohmann accepts");
    kinetic::fuzz::require(kinetic::detail::sameDocument(quick->root(), reference),
                           "the quick parse makes nlohmann's document");
    kinetic::fuzz::require(kinetic::detail::JsonScan(text).problems().empty(),
                           "what the quick parse accepts, the scan finds no problem in");
    return 0;
}
