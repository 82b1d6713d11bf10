#pragma once

#include <kinetic/enums.hpp>

#include <QColor>
#include <QString>

namespace kinetic::report {

/// The look of the body diagram. Every style pairs a colour with a second cue (a hatch
/// pattern, a dashed or solid outline, a letter badge), so it reads in black and white too.
namespace bodyStyle {

inline const QColor ink{0x2b, 0x27, 0x24};
inline const QColor silhouetteFill{0xec, 0xe7, 0xe1};
inline const QColor silhouetteLine{0x6b, 0x64, 0x5c};
inline const QColor regionLine{0xb9, 0xb1, 0xa8};
inline const QColor detailLine{0x9a, 0x91, 0x88};
inline const QColor selectedFill{0xf4, 0xa8, 0x82};
inline const QColor selectedLine{0x8a, 0x32, 0x12};
inline const QColor linkedFill{0xcd, 0xe2, 0xf4};
inline const QColor linkedLine{0x1f, 0x5a, 0x8c};
inline const QColor hoverFill{0xff, 0xd0, 0x70, 0x58};
inline const QColor focusLine{0x1a, 0x5f, 0xb4};

/// Widths and spacings in art units (the SVG viewBox is 400 x 1000).
inline constexpr double regionWidth = 1.0;
inline constexpr double silhouetteWidth = 2.2;
inline constexpr double selectedWidth = 3.2;
inline constexpr double linkedWidth = 2.6;
inline constexpr double hoverWidth = 4.0;
inline constexpr double focusWidth = 3.0;
inline constexpr double selectedHatchSpacing = 8.0;
inline constexpr double linkedHatchSpacing = 10.0;
inline constexpr double hatchWidth = 1.3;
inline constexpr double arrowMinWidth = 2.0;
inline constexpr double arrowMaxWidth = 9.0;
/// How strongly the other arrows show while one region's arrows stand out.
inline constexpr double fadedArrowOpacity = 0.22;

/// A colour for each mechanism, from the Okabe-Ito palette that colour-blind readers can tell apart.
QColor mechanismColour(Mechanism mechanism);
/// The letter in the badge at the middle of each arrow: N, J, T, M, K, F, O.
QString mechanismLetter(Mechanism mechanism);
/// The mechanism's plain name, translated: "Nerve root", "Joint referral", "Kinetic chain (load)"...
QString mechanismName(Mechanism mechanism);

} // namespace bodyStyle

} // namespace kinetic::report
