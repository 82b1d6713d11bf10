#pragma once

#include <QStyledItemDelegate>

namespace kinetic::gui {

/// Draws a list item whose display text has several lines (an exercise's name, then its kind
/// and difficulty, or its dosage) with the first line in bold and the others smaller, so a long
/// list is easy to scan. Used by the exercise list and the plan.
class ExerciseItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseItemDelegate)

public:
    explicit ExerciseItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace kinetic::gui
