#include "item_parsers.hpp"

#include <algorithm>

namespace kinetic::detail {

namespace {

SourcedText readSourcedText(ObjectReader& reader, std::string_view key) {
    ObjectReader object = reader.object(key);
    SourcedText result;
    if (object.valid()) {
        result.text = object.text("text");
        result.sources = object.ids("sources", 1);
    }
    object.finish();
    return result;
}

bool isIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    return digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9);
}

bool isVersion(std::string_view text) {
    int dots = 0;
    bool digitBefore = false;
    for (const char c : text) {
        if (c == '.') {
            if (!digitBefore) {
                return false;
            }
            ++dots;
            digitBefore = false;
        } else if (c >= '0' && c <= '9') {
            digitBefore = true;
        } else {
            return false;
        }
    }
    return dots == 2 && digitBefore;
}

} // namespace

Manifest parseManifest(ObjectReader& reader) {
    Manifest manifest;
    manifest.contentVersion = reader.text("content_version");
    if (!manifest.contentVersion.empty() && !isVersion(manifest.contentVersion)) {
        reader.sink().error(reader.pointerTo("content_version"),
                            "must look like 1.2.3, got \"" + manifest.contentVersion + "\"");
    }
    manifest.lastReviewed = reader.text("last_reviewed");
    if (!manifest.lastReviewed.empty() && !isIsoDate(manifest.lastReviewed)) {
        reader.sink().error(reader.pointerTo("last_reviewed"),
                            "must be a date like 2026-11-21, got \"" + manifest.lastReviewed + "\"");
    }
    manifest.licence = reader.text("licence");
    manifest.disclaimer = reader.text("disclaimer");
    manifest.safetyNet = readSourcedText(reader, "safety_net");
    manifest.painRule = readSourcedText(reader, "pain_rule");
    {
        ObjectReader stop = reader.object("stop_rules");
        if (stop.valid()) {
            manifest.stopRules = stop.texts("items", 1);
            manifest.stopRuleSources = stop.ids("sources", 1);
        }
        stop.finish();
    }
    reader.forEachObject("urgency_tiers", 0, [&](ObjectReader& item) {
        UrgencyTier tier;
        tier.id = item.choice<Urgency>("id");
        tier.label = item.text("label");
        tier.message = item.text("message");
        tier.sources = item.ids("sources", 1);
        const bool duplicate = std::any_of(manifest.urgencyTiers.begin(), manifest.urgencyTiers.end(),
                                           [&](const UrgencyTier& other) { return other.id == tier.id; });
        if (duplicate) {
            item.sink().error(item.pointerTo("id"),
                              "urgency tier \"" + std::string(toString(tier.id)) + "\" is listed twice");
        } else {
            manifest.urgencyTiers.push_back(std::move(tier));
        }
    });
    for (const Urgency urgency : allValues<Urgency>()) {
        const bool present = std::any_of(manifest.urgencyTiers.begin(), manifest.urgencyTiers.end(),
                                         [&](const UrgencyTier& tier) { return tier.id == urgency; });
        if (!present && reader.has("urgency_tiers")) {
            reader.sink().error(reader.pointerTo("urgency_tiers"),
                                "the \"" + std::string(toString(urgency)) + "\" tier is missing");
        }
    }
    std::sort(manifest.urgencyTiers.begin(), manifest.urgencyTiers.end(),
              [](const UrgencyTier& a, const UrgencyTier& b) { return a.id < b.id; });
    return manifest;
}

} // namespace kinetic::detail
