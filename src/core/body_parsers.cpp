// Parsers for the items that describe the body and what hurts: regions, links, conditions.
#include "item_parsers.hpp"

namespace kinetic::detail {

Evidence readEvidence(ObjectReader& item) {
    ObjectReader object = item.object("evidence");
    Evidence evidence;
    if (object.valid()) {
        evidence.level = object.choice<EvidenceLevel>("level");
        evidence.note = object.optionalText("note");
    }
    object.finish();
    return evidence;
}

Region parseRegion(ObjectReader& reader) {
    Region region;
    region.id = reader.id("id");
    region.base = reader.id("base");
    region.side = reader.choice<Side>("side");
    region.name = reader.text("name");
    region.view = reader.choice<View>("view");
    region.group = reader.choice<RegionGroup>("group");
    region.selectable = reader.boolean("selectable");
    region.description = reader.text("description");
    region.svgIds = reader.texts("svg_ids", 0);
    return region;
}

Link parseLink(ObjectReader& reader) {
    Link link;
    link.id = reader.id("id");
    link.code = reader.text("code");
    link.from = reader.id("from");
    link.to = reader.id("to");
    link.mechanism = reader.choice<Mechanism>("mechanism");
    link.direction = reader.choice<Direction>("direction");
    link.laterality = reader.choice<Laterality>("laterality");
    link.strength = reader.number("strength", 0.0, 1.0);
    link.evidence = readEvidence(reader);
    link.ageBands = reader.choices<AgeBand>("age_bands");
    link.explanation = reader.text("explanation");
    link.sources = reader.ids("sources", 1);
    return link;
}

Condition parseCondition(ObjectReader& reader) {
    Condition condition;
    condition.id = reader.id("id");
    condition.code = reader.text("code");
    condition.name = reader.text("name");
    condition.serious = reader.boolean("serious");
    reader.forEachObject("regions", 1, [&](ObjectReader& item) {
        WeightedRegion region;
        region.region = item.id("region");
        region.weight = item.number("weight", 0.0, 1.0);
        if (item.has("via")) {
            region.via = item.id("via");
        }
        condition.regions.push_back(std::move(region));
    });
    reader.forEachObject("qualities", 0, [&](ObjectReader& item) {
        WeightedQuality quality;
        quality.quality = item.choice<Quality>("quality");
        quality.weight = item.number("weight", 0.0, 1.0);
        quality.because = item.text("because");
        condition.qualities.push_back(std::move(quality));
    });
    condition.ageBands = reader.choices<AgeBand>("age_bands");
    condition.injury = reader.choice<InjuryRelation>("injury");
    condition.summary = reader.text("summary");
    condition.notice = reader.texts("notice", 1);
    condition.redFlags = reader.ids("red_flags");
    reader.forEachObject("exercises", 0, [&](ObjectReader& item) {
        condition.exercises.push_back(Recommendation{item.id("exercise"), item.text("reason")});
    });
    condition.evidence = readEvidence(reader);
    condition.sources = reader.ids("sources", 1);
    return condition;
}

} // namespace kinetic::detail
