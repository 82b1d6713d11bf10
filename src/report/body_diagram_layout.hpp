#pragma once

#include "body_art.hpp"

#include <QFont>
#include <QRectF>
#include <QTransform>

namespace kinetic::report {

/// Where each part of the diagram goes in a target rectangle. A pure function of the target,
/// the art's view boxes and whether there is a legend, so painting and hit-testing agree.
struct DiagramLayout {
    QRectF frontView; ///< Where the front view's viewBox is drawn (aspect kept).
    QRectF backView;
    QRectF frontCaption; ///< Two lines above the view: its name, then "Right" ... "Left".
    QRectF backCaption;
    QRectF legend; ///< Empty without a legend.
    int legendColumns = 1;
    QTransform frontTransform; ///< Art units -> target coordinates.
    QTransform backTransform;
    double unit = 1.0; ///< Target units per art unit: scales every pen.
    QFont font;        ///< Pixel-sized, for captions and the legend.

    const QRectF& viewRect(kinetic::View view) const { return view == kinetic::View::Front ? frontView : backView; }
    const QTransform& transform(kinetic::View view) const {
        return view == kinetic::View::Front ? frontTransform : backTransform;
    }
};

DiagramLayout layoutDiagram(const QRectF& target, const BodyArt& art, bool legend);

} // namespace kinetic::report
