#pragma once

#include <kinetic/enums.hpp>

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QSizeF>

#include <set>

namespace kinetic::report {

/// The size of one legend column holding the widest entry (the height is that of a single
/// column holding every entry).
QSizeF legendColumnSize(const QFont& font);
/// The height of the legend laid out in at most `columns` columns, filled top to bottom.
double legendHeight(const QFont& font, int columns);
/// How many of `columns` columns the legend fills (its sections are never split).
int legendColumnsUsed(int columns);

/// Draws the legend: the area styles, what the arrows mean, and each mechanism's badge, with
/// the hidden ones marked as hidden.
void paintLegend(QPainter& painter, const QRectF& rect, int columns, const QFont& font, double unit,
                 const std::set<Mechanism>& hidden);

} // namespace kinetic::report
