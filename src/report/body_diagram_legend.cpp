#include "body_diagram_legend.hpp"

#include "body_arrow_painter.hpp"
#include "body_diagram_style.hpp"
#include "body_region_painter.hpp"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace kinetic::report {

namespace {

enum class EntryKind { Heading, Selected, Linked, Strength, LowCertainty, BothWays, Mechanism };

struct Entry {
    EntryKind kind;
    QString text;
    Mechanism mechanism = Mechanism::JointReferral;
};

/// A kind of link the person switched off, still listed so the legend keeps its shape.
QString hiddenEntry(const QString& text) {
    return QCoreApplication::translate("BodyDiagram", "%1 (hidden)", "legend entry of a kind of link not shown")
        .arg(text);
}

std::vector<Entry> entries() {
    std::vector<Entry> list{
        {EntryKind::Heading, QCoreApplication::translate("BodyDiagram", "Areas")},
        {EntryKind::Selected, QCoreApplication::translate("BodyDiagram", "Where it hurts (selected)")},
        {EntryKind::Linked, QCoreApplication::translate("BodyDiagram", "Linked area")},
        {EntryKind::Heading, QCoreApplication::translate("BodyDiagram", "Arrows: the way pain travels")},
        {EntryKind::Strength, QCoreApplication::translate("BodyDiagram", "Thicker: stronger link")},
        {EntryKind::LowCertainty, QCoreApplication::translate("BodyDiagram", "Dashed: less certain")},
        {EntryKind::BothWays, QCoreApplication::translate("BodyDiagram", "Two heads: both ways")},
        {EntryKind::Heading, QCoreApplication::translate("BodyDiagram", "Kind of link")},
    };
    for (const Mechanism mechanism : allValues<Mechanism>()) {
        list.push_back({EntryKind::Mechanism, bodyStyle::mechanismName(mechanism), mechanism});
    }
    return list;
}

double rowHeight(const QFont& font) {
    return 1.55 * font.pixelSize();
}

double swatchWidth(const QFont& font) {
    return 3.4 * font.pixelSize();
}

QFont headingFont(QFont font) {
    font.setBold(true);
    return font;
}

void paintSwatch(QPainter& painter, const Entry& entry, const QRectF& box, double unit, bool hidden,
                 const QFont& font) {
    const double midY = box.center().y();
    const QPointF left(box.left() + 2.0 * unit, midY);
    const QPointF right(box.right() - 2.0 * unit, midY);
    const QColor ink = bodyStyle::ink;
    const double thin = arrowWidth(0.2, unit);
    switch (entry.kind) {
    case EntryKind::Heading:
        break;
    case EntryKind::Selected:
    case EntryKind::Linked: {
        QPainterPath shape;
        shape.addRoundedRect(box.adjusted(unit * 3, box.height() * 0.12, -unit * 3, -box.height() * 0.12), unit * 4,
                             unit * 4);
        paintRegion(painter, shape, entry.kind == EntryKind::Selected ? RegionLook::Selected : RegionLook::Linked,
                    unit);
        break;
    }
    case EntryKind::Strength: {
        const double offset = box.height() * 0.22;
        paintArrow(painter, left - QPointF(0, offset), (left + right) / 2 - QPointF(0, offset),
                   right - QPointF(0, offset), {ink, thin, false, false, unit});
        paintArrow(painter, left + QPointF(0, offset), (left + right) / 2 + QPointF(0, offset),
                   right + QPointF(0, offset), {ink, arrowWidth(0.9, unit), false, false, unit});
        break;
    }
    case EntryKind::LowCertainty:
        paintArrow(painter, left, (left + right) / 2, right, {ink, arrowWidth(0.5, unit), true, false, unit});
        break;
    case EntryKind::BothWays:
        paintArrow(painter, left, (left + right) / 2, right, {ink, arrowWidth(0.5, unit), false, true, unit});
        break;
    case EntryKind::Mechanism: {
        const QColor colour = hidden ? QColor(0xaa, 0xaa, 0xaa) : bodyStyle::mechanismColour(entry.mechanism);
        painter.save();
        painter.setPen(QPen(colour, arrowWidth(0.5, unit), hidden ? Qt::DotLine : Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(left, right);
        painter.restore();
        paintBadge(painter, box.center(), box.height() * 0.42, entry.mechanism, hidden, font);
        break;
    }
    }
}

/// Where each entry goes: its column and row. Sections (a heading and its entries) are never
/// split across columns unless there is a single column, so no heading is left at a foot.
struct Placement {
    std::vector<std::pair<int, int>> cells; ///< Column, row of each entry.
    int rows = 0;
    int columns = 0;
};

Placement place(const std::vector<Entry>& list, int columns) {
    std::vector<int> sections; // Sizes, in entry order.
    for (const Entry& entry : list) {
        if (entry.kind == EntryKind::Heading || sections.empty()) {
            sections.push_back(0);
        }
        ++sections.back();
    }
    int rows = columns <= 1 ? static_cast<int>(list.size()) : *std::max_element(sections.begin(), sections.end());
    while (true) {
        Placement placement;
        int column = 0;
        int row = 0;
        for (const int size : sections) {
            if (row > 0 && row + size > rows) {
                ++column;
                row = 0;
            }
            for (int i = 0; i < size; ++i) {
                placement.cells.emplace_back(column, row++);
            }
        }
        if (column < std::max(1, columns)) {
            placement.rows = rows;
            placement.columns = column + 1;
            return placement;
        }
        ++rows;
    }
}

} // namespace

QSizeF legendColumnSize(const QFont& font) {
    // The diagram is laid out for every paint, hovers included, always with the same font and
    // words; measuring the words was most of the layout's cost. So the last answer is kept,
    // under a key that changes with the font and with the language.
    struct Measured {
        QString key;
        QSizeF size;
    };
    thread_local Measured last;
    const auto list = entries();
    QString key = font.key() + QChar(0x1f) + hiddenEntry(QString());
    for (const Entry& entry : list) {
        key += QChar(0x1f) + entry.text;
    }
    if (key == last.key) {
        return last.size;
    }
    const QFontMetricsF plain(font);
    const QFontMetricsF bold(headingFont(font));
    double widest = 0.0;
    for (const Entry& entry : list) {
        const double width = entry.kind == EntryKind::Heading ? bold.horizontalAdvance(entry.text) - swatchWidth(font)
                             : entry.kind == EntryKind::Mechanism ? plain.horizontalAdvance(hiddenEntry(entry.text))
                                                                  : plain.horizontalAdvance(entry.text);
        widest = std::max(widest, width);
    }
    const double px = font.pixelSize();
    const QSizeF size(std::ceil(swatchWidth(font) + 0.6 * px + widest + 1.6 * px),
                      rowHeight(font) * static_cast<double>(list.size()) + 0.8 * px);
    last = {std::move(key), size};
    return size;
}

double legendHeight(const QFont& font, int columns) {
    return place(entries(), columns).rows * rowHeight(font) + 0.8 * font.pixelSize();
}

int legendColumnsUsed(int columns) {
    return place(entries(), columns).columns;
}

void paintLegend(QPainter& painter, const QRectF& rect, int columns, const QFont& font, double unit,
                 const std::set<Mechanism>& hidden) {
    const auto list = entries();
    const double px = font.pixelSize();
    const double row = rowHeight(font);
    const Placement placement = place(list, columns);
    const double columnWidth = rect.width() / placement.columns;
    painter.save();
    painter.setPen(QPen(QColor(0xd6, 0xcf, 0xc7), std::max(1.0, 0.8 * unit)));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(rect, 0.4 * px, 0.4 * px);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Entry& entry = list[i];
        const auto [column, line] = placement.cells[i];
        const double x = rect.left() + 0.6 * px + columnWidth * column;
        const double y = rect.top() + 0.4 * px + row * line;
        const bool isHidden = entry.kind == EntryKind::Mechanism && hidden.contains(entry.mechanism);
        const QRectF swatch(x, y + row * 0.1, swatchWidth(font), row * 0.8);
        paintSwatch(painter, entry, swatch, unit, isHidden, font);
        const bool heading = entry.kind == EntryKind::Heading;
        const double textLeft = heading ? x : swatch.right() + 0.6 * px;
        painter.setFont(heading ? headingFont(font) : font);
        painter.setPen(isHidden ? QColor(0x80, 0x80, 0x80) : bodyStyle::ink);
        const QRectF textBox(textLeft, y, x + columnWidth - textLeft, row);
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter, isHidden ? hiddenEntry(entry.text) : entry.text);
    }
    painter.restore();
}

} // namespace kinetic::report
