#include "exercise_item_delegate.hpp"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

namespace kinetic::gui {

namespace {

constexpr int padding = 4;

QFont titleFont(const QFont& base) {
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont detailFont(const QFont& base) {
    QFont font = base;
    font.setBold(false); // Explicitly: the painter would otherwise keep the title's weight.
    if (base.pointSizeF() > 0) {
        font.setPointSizeF(base.pointSizeF() * 0.9);
    } else {
        font.setPixelSize(std::max(1, base.pixelSize() * 9 / 10));
    }
    return font;
}

} // namespace

ExerciseItemDelegate::ExerciseItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void ExerciseItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    // The model's own text: the style option's has its line breaks turned into separators.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    background.text.clear();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    QRect rect = option.rect.adjusted(padding, padding / 2, -padding, 0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFont font = i == 0 ? titleFont(option.font) : detailFont(option.font);
        const QFontMetrics metrics(font);
        painter->setFont(font);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          metrics.elidedText(lines[i], Qt::ElideRight, rect.width()));
        rect.setTop(rect.top() + metrics.height());
    }
    painter->restore();
}

QSize ExerciseItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    int height = padding;
    int width = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFontMetrics metrics(i == 0 ? titleFont(option.font) : detailFont(option.font));
        height += metrics.height();
        width = std::max(width, metrics.horizontalAdvance(lines[i]));
    }
    return {width + 2 * padding, height + padding};
}

} // namespace kinetic::gui
