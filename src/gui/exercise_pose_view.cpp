#include "exercise_pose_view.hpp"

#include "summary_art.hpp"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace kinetic::gui {

namespace {

/// Height over width of a start/end pair with its captions.
constexpr double aspect = 0.34;

} // namespace

ExercisePoseView::ExercisePoseView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("exercisePoseView"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ExercisePoseView::setExercise(const std::string& exerciseId, const QString& name) {
    m_exerciseId = exerciseId;
    setAccessibleName(tr("Start and end position of %1").arg(name));
    setToolTip(accessibleName());
    update();
}

bool ExercisePoseView::hasIllustration() const {
    return report::SummaryArt::bundled()->hasIllustration(m_exerciseId);
}

QSize ExercisePoseView::sizeHint() const {
    return {360, heightForWidth(360)};
}

QSize ExercisePoseView::minimumSizeHint() const {
    return {180, heightForWidth(180)};
}

int ExercisePoseView::heightForWidth(int width) const {
    return static_cast<int>(width * aspect);
}

void ExercisePoseView::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Always on white, like paper: the house style is greys and needs a light ground.
    painter.fillRect(rect(), Qt::white);
    const double width = std::min<double>(this->width(), height() / aspect);
    const QRectF target((this->width() - width) / 2.0, (height() - width * aspect) / 2.0, width, width * aspect);
    if (hasIllustration()) {
        report::SummaryArt::bundled()->paintIllustration(painter, target, m_exerciseId);
    } else {
        painter.setPen(Qt::darkGray);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No illustration"));
    }
}

} // namespace kinetic::gui
