#include "pose_painter.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <variant>

namespace kinetic::report {

namespace {

// The house style, in pose-box units (the box is 200 x 120; the painter scales everything).
const QColor kNearColor(0x3a, 0x3a, 0x3a);
const QColor kFarColor(0xa8, 0xa8, 0xa8);
const QColor kPropColor(0x8c, 0x8c, 0x8c);
const QColor kPropFill(0xef, 0xef, 0xef);
const QColor kArrowColor(0x14, 0x14, 0x14);
const QColor kStrapColor(0x5e, 0x5e, 0x5e);
const QColor kWaterVeil(255, 255, 255, 110);
constexpr double kTorsoWidth = 11.0;
constexpr double kLegWidth = 5.6;
constexpr double kArmWidth = 4.6;
constexpr double kFarShrink = 0.9; // far limbs are a little thinner as well as lighter
constexpr double kHaloWidth = 2.2;
constexpr double kHeadRadius = 6.6;
constexpr double kHandRadius = 2.7;
constexpr double kHeelDrop = 4.5; // heel below the ankle, along the shin
constexpr double kPropWidth = 1.3;
constexpr double kBandWidth = 2.6;
constexpr double kStrapWidth = 1.6;
constexpr double kArrowWidth = 1.8;
constexpr double kArrowHead = 5.5;

QPointF toQt(const PosePoint& point) {
    return {point.x, point.y};
}

QPointF jointPoint(const PoseFigure& figure, Joint joint) {
    return toQt(figure.at(joint));
}

QPen roundPen(const QColor& color, double width) {
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

/// Strokes `path` with a white halo first, so what is drawn later reads as in front.
void strokeWithHalo(QPainter& painter, const QPainterPath& path, const QColor& color, double width) {
    painter.strokePath(path, roundPen(Qt::white, width + kHaloWidth));
    painter.strokePath(path, roundPen(color, width));
}

QPainterPath polyline(std::initializer_list<QPointF> points) {
    QPainterPath path(*points.begin());
    for (auto it = std::next(points.begin()); it != points.end(); ++it) {
        path.lineTo(*it);
    }
    return path;
}

// ---- props -------------------------------------------------------------------------------------

QRectF propBox(const Prop& prop) {
    return {prop.x, prop.y, prop.w, prop.h};
}

void drawHatchedBox(QPainter& painter, const QRectF& box) {
    painter.fillRect(box, kPropFill);
    painter.save();
    painter.setClipRect(box);
    painter.setPen(roundPen(kPropColor, kPropWidth * 0.7));
    for (double offset = -box.height(); offset < box.width(); offset += 5.0) {
        painter.drawLine(QPointF(box.left() + offset, box.bottom()),
                         QPointF(box.left() + offset + box.height(), box.top()));
    }
    painter.restore();
    painter.setPen(roundPen(kPropColor, kPropWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
}

/// Backrest on the left (side views face right), seat half-way down, legs to the box bottom.
void drawChair(QPainter& painter, const QRectF& box) {
    const double seatY = box.top() + box.height() / 2.0;
    painter.setPen(roundPen(kPropColor, kPropWidth * 2.0));
    painter.drawLine(QPointF(box.left(), box.top()), QPointF(box.left(), box.bottom()));
    painter.drawLine(QPointF(box.left(), seatY), QPointF(box.right(), seatY));
    painter.drawLine(QPointF(box.right() - 1.0, seatY), QPointF(box.right() - 1.0, box.bottom()));
}

/// A top slab on two legs (bench) or a rail on two posts (support).
void drawTable(QPainter& painter, const QRectF& box, double slab) {
    painter.setPen(roundPen(kPropColor, kPropWidth * 2.0));
    painter.drawLine(QPointF(box.left() + 2.0, box.top()), QPointF(box.left() + 2.0, box.bottom()));
    painter.drawLine(QPointF(box.right() - 2.0, box.top()), QPointF(box.right() - 2.0, box.bottom()));
    const QRectF top(box.left(), box.top(), box.width(), slab);
    painter.setPen(roundPen(kPropColor, kPropWidth));
    painter.setBrush(kPropFill);
    painter.drawRoundedRect(top, slab / 2.0, slab / 2.0);
}

/// A rolled towel: a circle with the roll's edge inside.
void drawTowel(QPainter& painter, const QRectF& box) {
    painter.drawEllipse(box);
    const double inset = 0.3 * std::min(box.width(), box.height());
    const QRectF inner = box.adjusted(inset, inset, -inset, -inset);
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(inner, 90 * 16, 270 * 16);
}

/// An exercise bike in its box: saddle at (x + 0.22w, y + 0.14h), handlebar at (x + 0.78w, y),
/// pedal circle centred at (x + 0.45w, y + 0.68h) with radius 0.13h, flywheel in front, base on
/// the box bottom.
void drawBike(QPainter& painter, const QRectF& box) {
    const auto at = [&](double fx, double fy) {
        return QPointF(box.left() + fx * box.width(), box.top() + fy * box.height());
    };
    const QPointF saddle = at(0.22, 0.14);
    const QPointF bars = at(0.78, 0.0);
    const QPointF crank = at(0.45, 0.68);
    const QPointF flywheel = at(0.8, 0.72);
    const double flywheelRadius = 0.17 * box.height();
    const double crankRadius = 0.13 * box.height();
    painter.setPen(roundPen(kPropColor, kPropWidth));
    painter.setBrush(kPropFill);
    painter.drawEllipse(flywheel, flywheelRadius, flywheelRadius);
    painter.setPen(roundPen(kPropColor, kPropWidth * 2.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(
        polyline({saddle + QPointF(0.0, 1.5), crank, flywheel, bars + QPointF(-2.0, 3.0), bars + QPointF(3.0, 0.0)}));
    painter.drawLine(crank, at(0.3, 1.0));
    painter.drawLine(flywheel, at(0.82, 1.0));
    painter.drawLine(at(0.12, 1.0), at(0.98, 1.0));
    painter.setPen(roundPen(kPropColor, kPropWidth * 3.0));
    painter.drawLine(saddle + QPointF(-5.0, 0.0), saddle + QPointF(5.0, 0.0));
    painter.setPen(roundPen(kPropColor, kPropWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(crank, crankRadius, crankRadius);
}

/// Water, bands and straps are drawn over the figure; everything else behind it.
bool drawnInFront(PropKind kind) {
    return kind == PropKind::Water || isLineProp(kind);
}

void drawPropBehind(QPainter& painter, const Prop& prop) {
    const QRectF box = propBox(prop);
    painter.setPen(roundPen(kPropColor, kPropWidth));
    painter.setBrush(kPropFill);
    switch (prop.kind) {
    case PropKind::Mat:
        painter.drawRoundedRect(box, 1.5, 1.5);
        break;
    case PropKind::Cushion:
        painter.drawRoundedRect(box, std::min(box.height(), box.width()) / 2.0,
                                std::min(box.height(), box.width()) / 2.0);
        break;
    case PropKind::Towel:
        drawTowel(painter, box);
        break;
    case PropKind::Step:
        painter.drawRect(box);
        break;
    case PropKind::Wall:
        drawHatchedBox(painter, box);
        break;
    case PropKind::Chair:
        drawChair(painter, box);
        break;
    case PropKind::Bench:
        drawTable(painter, box, 5.0);
        break;
    case PropKind::Support:
        drawTable(painter, box, 2.5);
        break;
    case PropKind::Bike:
        drawBike(painter, box);
        break;
    case PropKind::Water:
    case PropKind::Band:
    case PropKind::Strap:
        break; // see drawPropInFront
    }
}

/// Water washes over the figure: a light veil below a wavy surface line.
void drawWater(QPainter& painter, const QRectF& box) {
    QPainterPath surface;
    surface.moveTo(box.topLeft());
    for (double x = box.left(); x < box.right(); x += 8.0) {
        surface.quadTo(QPointF(x + 2.0, box.top() - 1.5), QPointF(x + 4.0, box.top()));
        surface.quadTo(QPointF(x + 6.0, box.top() + 1.5), QPointF(std::min(x + 8.0, box.right()), box.top()));
    }
    painter.fillRect(box, kWaterVeil);
    painter.setPen(roundPen(kPropColor, kPropWidth * 1.4));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(surface);
}

QPointF anchorPoint(const PropAnchor& anchor, const PoseFigure& figure) {
    if (const auto* joint = std::get_if<Joint>(&anchor)) {
        return jointPoint(figure, *joint);
    }
    return toQt(std::get<PosePoint>(anchor));
}

/// A band is a wide light line, a strap a thin dark one; both follow the joints they hold.
void drawPropInFront(QPainter& painter, const Prop& prop, const PoseFigure& figure) {
    if (prop.kind == PropKind::Water) {
        drawWater(painter, propBox(prop));
        return;
    }
    const bool band = prop.kind == PropKind::Band;
    QPainterPath line(anchorPoint(prop.from, figure));
    line.lineTo(anchorPoint(prop.to, figure));
    strokeWithHalo(painter, line, band ? kPropColor : kStrapColor, band ? kBandWidth : kStrapWidth);
}

void drawFloor(QPainter& painter) {
    painter.setPen(roundPen(kPropColor, kPropWidth * 1.5));
    painter.drawLine(QPointF(4.0, kPoseFloorY), QPointF(kPoseBoxWidth - 4.0, kPoseFloorY));
}

// ---- figure ------------------------------------------------------------------------------------

/// The joints of one side of the body.
struct Side {
    Joint shoulder, elbow, wrist, hip, knee, ankle, toe;
};
constexpr Side kNearSide{Joint::Shoulder, Joint::Elbow, Joint::Wrist, Joint::Hip,
                         Joint::Knee,     Joint::Ankle, Joint::Toe};
constexpr Side kFarSide{Joint::FarShoulder, Joint::FarElbow, Joint::FarWrist, Joint::FarHip,
                        Joint::FarKnee,     Joint::FarAnkle, Joint::FarToe};

/// Far limbs sit behind the body in a side view, so they are lighter; in a front view both
/// sides are equally near and look alike.
struct LimbStyle {
    QColor color;
    double scale;
};

LimbStyle limbStyle(bool near, View view) {
    if (near || view == View::Front) {
        return {kNearColor, 1.0};
    }
    return {kFarColor, kFarShrink};
}

QPointF unitVector(const QPointF& from, const QPointF& to) {
    const QLineF line(from, to);
    return line.length() > 0.0 ? (to - from) / line.length() : QPointF();
}

void drawArm(QPainter& painter, const PoseFigure& figure, const Side& side, const LimbStyle& style) {
    const QPointF wrist = jointPoint(figure, side.wrist);
    strokeWithHalo(painter, polyline({jointPoint(figure, side.shoulder), jointPoint(figure, side.elbow), wrist}),
                   style.color, kArmWidth * style.scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.color);
    painter.drawEllipse(wrist, kHandRadius * style.scale, kHandRadius * style.scale);
}

/// The leg, then the foot as a small wedge: ankle, heel (below the ankle, in line with the shin)
/// and toe, so a lifted heel reads at a glance.
void drawLeg(QPainter& painter, const PoseFigure& figure, const Side& side, const LimbStyle& style) {
    const QPointF knee = jointPoint(figure, side.knee);
    const QPointF ankle = jointPoint(figure, side.ankle);
    const QPointF toe = jointPoint(figure, side.toe);
    const QPointF heel = ankle + kHeelDrop * unitVector(knee, ankle) - unitVector(ankle, toe);
    const double width = kLegWidth * style.scale;
    QPainterPath foot(ankle);
    foot.lineTo(heel);
    foot.lineTo(toe);
    foot.closeSubpath();
    painter.strokePath(foot, roundPen(Qt::white, width * 0.7 + kHaloWidth));
    strokeWithHalo(painter, polyline({jointPoint(figure, side.hip), knee, ankle}), style.color, width);
    painter.fillPath(foot, style.color);
    painter.strokePath(foot, roundPen(style.color, width * 0.7));
}

/// Side view: a thick stroke from the neck to the middle of the pelvis, curving through the
/// spine point when there is one. Front view: a trapezoid from the shoulders to the hips.
void drawTorso(QPainter& painter, const PoseFigure& figure, View view) {
    const QPointF neck = jointPoint(figure, Joint::Neck);
    const QPointF hip = jointPoint(figure, Joint::Hip);
    const QPointF farHip = jointPoint(figure, Joint::FarHip);
    const QPointF pelvis = (hip + farHip) / 2.0;
    if (view == View::Front) {
        const QPointF shoulder = jointPoint(figure, Joint::Shoulder);
        const QPointF farShoulder = jointPoint(figure, Joint::FarShoulder);
        QPainterPath body(shoulder);
        body.lineTo(farShoulder);
        body.lineTo(farHip);
        body.lineTo(hip);
        body.closeSubpath();
        body.moveTo(neck);
        body.lineTo((shoulder + farShoulder) / 2.0);
        strokeWithHalo(painter, body, kNearColor, kArmWidth);
        painter.fillPath(body, kNearColor);
        return;
    }
    QPainterPath path(neck);
    if (figure.spine) {
        // A quadratic through the spine point: its control point mirrors the chord's midpoint.
        const QPointF through = toQt(*figure.spine);
        path.quadTo(2.0 * through - (neck + pelvis) / 2.0, pelvis);
    } else {
        path.lineTo(pelvis);
    }
    strokeWithHalo(painter, path, kNearColor, kTorsoWidth);
}

void drawHead(QPainter& painter, const PoseFigure& figure) {
    const QPointF head = jointPoint(figure, Joint::Head);
    painter.strokePath(polyline({jointPoint(figure, Joint::Neck), head}), roundPen(kNearColor, kArmWidth));
    painter.setPen(QPen(Qt::white, kHaloWidth));
    painter.setBrush(kNearColor);
    painter.drawEllipse(head, kHeadRadius, kHeadRadius);
}

/// Back to front: far limbs, torso, head, near limbs.
void drawFigure(QPainter& painter, const PoseFigure& figure, View view) {
    const LimbStyle far = limbStyle(false, view);
    const LimbStyle near = limbStyle(true, view);
    drawArm(painter, figure, kFarSide, far);
    drawLeg(painter, figure, kFarSide, far);
    drawTorso(painter, figure, view);
    drawHead(painter, figure);
    drawLeg(painter, figure, kNearSide, near);
    drawArm(painter, figure, kNearSide, near);
}

// ---- arrows ------------------------------------------------------------------------------------

void drawArrowHead(QPainter& painter, const QPointF& tip, const QPointF& from, double size) {
    const QLineF back(tip, from);
    const double angle = std::atan2(back.dy(), back.dx());
    const auto corner = [&](double turn) {
        return tip + size * QPointF(std::cos(angle + turn), std::sin(angle + turn));
    };
    painter.setPen(roundPen(painter.pen().color(), painter.pen().widthF() * 0.6));
    painter.setBrush(painter.pen().color());
    painter.drawPolygon(QPolygonF({tip, corner(0.45), corner(-0.45)}));
}

/// A straight arrow, or a curve through the middle point; the shaft stops short of the tip so the
/// head stays sharp.
void drawArrow(QPainter& painter, const std::vector<QPointF>& points, const QColor& color, double width) {
    const QPointF tip = points.back();
    QPainterPath shaft(points.front());
    if (points.size() == 3) {
        // A quadratic through the middle point: its control point mirrors the chord's midpoint.
        shaft.quadTo(2.0 * points[1] - (points.front() + tip) / 2.0, tip);
    } else {
        shaft.lineTo(tip);
    }
    const double headSize = kArrowHead * width / kArrowWidth;
    const double shaftLength = shaft.length();
    const double keep = shaftLength > 0.0 ? std::max(0.0, 1.0 - headSize * 0.7 / shaftLength) : 0.0;
    QPainterPath trimmed(points.front());
    constexpr int kSteps = 24;
    for (int i = 1; i <= kSteps; ++i) {
        trimmed.lineTo(shaft.pointAtPercent(keep * i / kSteps));
    }
    painter.strokePath(trimmed, roundPen(Qt::white, width + kHaloWidth));
    painter.strokePath(trimmed, roundPen(color, width));
    painter.setPen(roundPen(color, width));
    drawArrowHead(painter, tip, shaft.pointAtPercent(std::max(0.0, 1.0 - headSize / std::max(shaftLength, 1.0))),
                  headSize);
}

// ---- layout ------------------------------------------------------------------------------------

/// Maps the pose box uniformly into `target`, centred.
void mapBoxInto(QPainter& painter, const QRectF& target) {
    const double scale = std::min(target.width() / kPoseBoxWidth, target.height() / kPoseBoxHeight);
    painter.translate(target.center().x() - scale * kPoseBoxWidth / 2.0,
                      target.center().y() - scale * kPoseBoxHeight / 2.0);
    painter.scale(scale, scale);
}

} // namespace

void PosePainter::paint(QPainter& painter, const QRectF& target, const ExerciseIllustration& illustration,
                        Phase phase) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    mapBoxInto(painter, target);
    const PoseFigure& figure = illustration.figure(phase);
    for (const Prop& prop : illustration.props) {
        if (!drawnInFront(prop.kind)) {
            drawPropBehind(painter, prop);
        }
    }
    drawFloor(painter);
    drawFigure(painter, figure, illustration.view);
    for (const Prop& prop : illustration.props) {
        if (drawnInFront(prop.kind)) {
            drawPropInFront(painter, prop, figure);
        }
    }
    if (phase == Phase::End && illustration.arrow) {
        std::vector<QPointF> points;
        for (const PosePoint& point : illustration.arrow->points) {
            points.push_back(toQt(point));
        }
        drawArrow(painter, points, kArrowColor, kArrowWidth);
    }
    painter.restore();
}

void PosePainter::paintPair(QPainter& painter, const QRectF& target, const ExerciseIllustration& illustration) {
    const QFontMetricsF metrics(painter.font());
    const double captionHeight = metrics.height() * 1.4;
    const double gap = target.width() * 0.08;
    const double panelWidth = (target.width() - gap) / 2.0;
    const QRectF startPanel(target.left(), target.top(), panelWidth, target.height() - captionHeight);
    const QRectF endPanel(target.right() - panelWidth, target.top(), panelWidth, startPanel.height());

    paint(painter, startPanel, illustration, Phase::Start);
    paint(painter, endPanel, illustration, Phase::End);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(kNearColor);
    const QRectF startCaption(startPanel.left(), startPanel.bottom(), panelWidth, captionHeight);
    const QRectF endCaption(endPanel.left(), endPanel.bottom(), panelWidth, captionHeight);
    painter.drawText(startCaption, Qt::AlignCenter, QCoreApplication::translate("PosePainter", "Start"));
    painter.drawText(endCaption, Qt::AlignCenter, QCoreApplication::translate("PosePainter", "End"));

    const double middleX = target.left() + panelWidth + gap / 2.0;
    const double arrowY = startPanel.center().y();
    const double halfLength = gap * 0.3;
    drawArrow(painter, {QPointF(middleX - halfLength, arrowY), QPointF(middleX + halfLength, arrowY)}, kPropColor,
              std::max(1.0, gap * 0.06));
    painter.restore();
}

} // namespace kinetic::report
