#pragma once

#include "pose.hpp"

class QPainter;
class QRectF;

namespace kinetic::report {

/// Draws exercise illustrations from pose data in one house style: grey line props, a dark stick
/// figure with round caps, far-side limbs lighter, and the motion arrow on the end pose. Uses only
/// greys and line weights, so it prints well in black and white.
class PosePainter {
public:
    /// Draws one phase, scaling the 200 x 120 pose box uniformly into `target` (centred).
    static void paint(QPainter& painter, const QRectF& target, const ExerciseIllustration& illustration, Phase phase);
    /// Draws "Start", an arrow, then "End" side by side in `target`, with captions in the painter's font.
    static void paintPair(QPainter& painter, const QRectF& target, const ExerciseIllustration& illustration);
};

} // namespace kinetic::report
