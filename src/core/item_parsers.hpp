#pragma once

#include "object_reader.hpp"

#include <kinetic/content.hpp>

namespace kinetic::detail {

// One function per content kind: read the fields of one item, reporting what is wrong with
// them. References to other items are checked later, once everything is read (content_checks).

Manifest parseManifest(ObjectReader& reader);
Region parseRegion(ObjectReader& reader);
Link parseLink(ObjectReader& reader);
Condition parseCondition(ObjectReader& reader);
Exercise parseExercise(ObjectReader& reader);
RedFlag parseRedFlag(ObjectReader& reader);
Advice parseAdvice(ObjectReader& reader);
Source parseSource(ObjectReader& reader);

/// The required `evidence` object of an item.
Evidence readEvidence(ObjectReader& item);

} // namespace kinetic::detail
