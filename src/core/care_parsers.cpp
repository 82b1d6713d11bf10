// Parsers for what a person can do and read: exercises, red flags, advice, sources, manifest.
#include "item_parsers.hpp"

namespace kinetic::detail {

namespace {

std::vector<Variant> readVariants(ObjectReader& reader, std::string_view key) {
    std::vector<Variant> variants;
    reader.forEachObject(key, 1, [&](ObjectReader& item) {
        variants.push_back(Variant{item.text("text"), item.nullableId("exercise")});
    });
    return variants;
}

Dosage readDosage(ObjectReader& reader) {
    ObjectReader object = reader.object("dosage");
    Dosage dosage;
    if (object.valid()) {
        dosage.sets = object.wholeNumber("sets", 1);
        dosage.reps = object.optionalWholeNumber("reps", 1);
        dosage.holdSeconds = object.optionalWholeNumber("hold_seconds", 1);
        dosage.minutes = object.optionalWholeNumber("minutes", 1);
        dosage.daysPerWeek = object.wholeNumber("days_per_week", 1, 7);
        dosage.note = object.optionalText("note");
        const bool anyAmount = object.has("reps") || object.has("hold_seconds") || object.has("minutes");
        if (!anyAmount) {
            object.sink().error(object.pointer(), "needs reps, hold_seconds or minutes");
        } else if (object.has("minutes") && (object.has("reps") || object.has("hold_seconds"))) {
            object.sink().error(object.pointerTo("minutes"), "is used instead of reps and hold_seconds, not with them");
        }
    }
    object.finish();
    return dosage;
}

} // namespace

Exercise parseExercise(ObjectReader& reader) {
    Exercise exercise;
    exercise.id = reader.id("id");
    exercise.code = reader.text("code");
    exercise.name = reader.text("name");
    exercise.kind = reader.choice<ExerciseKind>("kind");
    exercise.regions = reader.ids("regions", 1);
    exercise.steps = reader.texts("steps", 3, 6);
    exercise.dosage = readDosage(reader);
    exercise.difficulty = reader.choice<Difficulty>("difficulty");
    exercise.equipment = reader.ids("equipment", 1);
    exercise.mistakes = reader.texts("mistakes", 1);
    exercise.whenToStop = reader.texts("when_to_stop", 1);
    exercise.progressWhen = reader.text("progress_when");
    exercise.easier = readVariants(reader, "easier");
    exercise.harder = readVariants(reader, "harder");
    exercise.evidence = readEvidence(reader);
    exercise.sources = reader.ids("sources", 1);
    return exercise;
}

RedFlag parseRedFlag(ObjectReader& reader) {
    RedFlag flag;
    flag.id = reader.id("id");
    flag.code = reader.text("code");
    flag.question = reader.text("question");
    flag.regions = reader.ids("regions");
    flag.ageBands = reader.choices<AgeBand>("age_bands");
    flag.urgency = reader.choice<Urgency>("urgency");
    reader.forEachObject("escalations", 0, [&](ObjectReader& item) {
        Escalation escalation;
        escalation.with = item.ids("with");
        if (item.has("with_qualities")) {
            escalation.withQualities = item.choices<Quality>("with_qualities");
        }
        escalation.urgency = item.choice<Urgency>("urgency");
        escalation.reason = item.text("reason");
        flag.escalations.push_back(std::move(escalation));
    });
    if (!reader.has("presumed_yes") || !reader.isNull("presumed_yes")) {
        ObjectReader presumed = reader.object("presumed_yes");
        if (presumed.valid() && reader.has("presumed_yes")) {
            PresumedYes rule;
            rule.ageBands = presumed.choices<AgeBand>("age_bands");
            rule.unlessInjury = presumed.boolean("unless_injury");
            rule.afterInjury = presumed.has("after_injury") && presumed.boolean("after_injury");
            if (presumed.has("regions")) {
                rule.regions = presumed.ids("regions", 1);
            }
            if (presumed.has("both_sides_of")) {
                rule.bothSidesOf = presumed.ids("both_sides_of", 1);
            }
            rule.reason = presumed.text("reason");
            flag.presumedYes = std::move(rule);
        }
        presumed.finish();
    } else {
        reader.skip("presumed_yes");
    }
    if (reader.has("follow_up_of")) {
        flag.followUpOf = reader.nullableId("follow_up_of");
    }
    flag.advice = reader.text("advice");
    flag.conditions = reader.ids("conditions");
    flag.sources = reader.ids("sources", 1);
    return flag;
}

Advice parseAdvice(ObjectReader& reader) {
    Advice advice;
    advice.id = reader.id("id");
    advice.code = reader.text("code");
    advice.title = reader.text("title");
    advice.text = reader.text("text");
    if (!reader.isNull("myth")) {
        ObjectReader myth = reader.object("myth");
        if (myth.valid()) {
            advice.myth = Myth{myth.text("claim"), myth.text("verdict")};
        }
        myth.finish();
    } else {
        reader.skip("myth");
    }
    advice.topics = reader.ids("topics", 1);
    advice.evidence = readEvidence(reader);
    advice.sources = reader.ids("sources", 1);
    return advice;
}

Source parseSource(ObjectReader& reader) {
    Source source;
    source.id = reader.id("id");
    source.key = reader.text("key");
    source.kind = reader.choice<SourceKind>("kind");
    source.citation = reader.text("citation");
    source.url = reader.optionalText("url");
    if (!source.url.empty() && !source.url.starts_with("https://") && !source.url.starts_with("http://")) {
        reader.sink().error(reader.pointerTo("url"), "must start with http:// or https://, got \"" + source.url + "\"");
    }
    return source;
}

} // namespace kinetic::detail
