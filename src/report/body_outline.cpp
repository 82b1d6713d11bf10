#include "body_outline.hpp"

#include <QPainterPathStroker>

namespace kinetic::report {

namespace {

/// Segments per piece: measured on the silhouettes, fewer costs more per fill call and more
/// costs more per segment; 8 to 20 are about equal.
constexpr int segmentsPerPiece = 12;

} // namespace

std::vector<QPainterPath> outlinePieces(const QPainterPath& path, double width) {
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    std::vector<QPainterPath> pieces;
    QPainterPath piece;
    int segments = 0;
    const auto finish = [&] {
        if (segments > 0) {
            pieces.push_back(stroker.createStroke(piece));
        }
        piece = QPainterPath();
        segments = 0;
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo()) {
            finish();
            piece.moveTo(element);
            continue;
        }
        if (element.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element second = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            piece.cubicTo(element, second, end);
            i += 2;
        } else {
            piece.lineTo(element);
        }
        if (++segments == segmentsPerPiece) {
            const QPointF last = piece.currentPosition();
            finish();
            piece.moveTo(last);
        }
    }
    finish();
    return pieces;
}

} // namespace kinetic::report
