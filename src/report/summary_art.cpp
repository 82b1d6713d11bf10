#include "summary_art.hpp"

#include "pose_painter.hpp"

#include <QFile>
#include <QFont>
#include <QPainter>

namespace kinetic::report {

namespace {

QByteArray readResource(const QString& path, std::string& errors) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors += "cannot read " + path.toStdString() + ": " + file.errorString().toStdString() + "\n";
        return {};
    }
    return file.readAll();
}

} // namespace

std::shared_ptr<const SummaryArt> SummaryArt::bundled() {
    static const std::shared_ptr<const SummaryArt> art = [] {
        std::string errors;
        const QByteArray front = readResource(QStringLiteral(":/body/front.svg"), errors);
        const QByteArray back = readResource(QStringLiteral(":/body/back.svg"), errors);
        const QByteArray poses = readResource(QStringLiteral(":/exercises/poses.json"), errors);
        std::shared_ptr<SummaryArt> result =
            make(front, back, std::string_view(poses.constData(), static_cast<std::size_t>(poses.size())));
        result->m_errors.insert(0, errors);
        return std::shared_ptr<const SummaryArt>(std::move(result));
    }();
    return art;
}

std::shared_ptr<const SummaryArt> SummaryArt::fromTexts(const QByteArray& front, const QByteArray& back,
                                                        std::string_view poses) {
    return make(front, back, poses);
}

std::shared_ptr<SummaryArt> SummaryArt::make(const QByteArray& front, const QByteArray& back, std::string_view poses) {
    std::shared_ptr<SummaryArt> art(new SummaryArt());
    if (!front.isEmpty() && !back.isEmpty()) {
        std::string error;
        if (auto body = BodyArt::fromSvg(front, back, error)) {
            art->m_diagram.emplace(*body);
        } else {
            art->m_errors += "body art: " + error + "\n";
        }
    }
    if (!poses.empty()) {
        std::string error;
        art->m_poses = PoseLibrary::fromJson(poses, error);
        if (!art->m_poses) {
            art->m_errors += "poses.json: " + error + "\n";
        }
    }
    return art;
}

bool SummaryArt::hasIllustration(std::string_view exerciseId) const {
    return m_poses && m_poses->find(exerciseId) != nullptr;
}

void SummaryArt::paintDiagram(QPainter& painter, const QRectF& target, const DiagramState& state) const {
    if (m_diagram) {
        m_diagram->paint(painter, target, state);
    }
}

void SummaryArt::paintIllustration(QPainter& painter, const QRectF& target, std::string_view exerciseId) const {
    const ExerciseIllustration* illustration = m_poses ? m_poses->find(exerciseId) : nullptr;
    if (!illustration) {
        return;
    }
    painter.save();
    QFont font = painter.font();
    // The captions ("Start", "End") scale with the picture, so they read the same at any size.
    font.setPixelSize(std::max(1, static_cast<int>(target.height() * 0.095)));
    painter.setFont(font);
    PosePainter::paintPair(painter, target, *illustration);
    painter.restore();
}

QImage SummaryArt::render(const QString& name, QSizeF size, double scale, const DiagramState& state) const {
    const bool diagram = name == QLatin1String("diagram");
    const QString prefix = QStringLiteral("exercise/");
    const std::string exerciseId = name.startsWith(prefix) ? name.mid(prefix.size()).toStdString() : std::string{};
    if ((diagram && !hasDiagram()) || (!diagram && !hasIllustration(exerciseId))) {
        return {};
    }
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    const QRectF target(QPointF(0, 0), size);
    if (diagram) {
        paintDiagram(painter, target, state);
    } else {
        paintIllustration(painter, target, exerciseId);
    }
    return image;
}

} // namespace kinetic::report
