#pragma once

#include "body_art.hpp"
#include "body_diagram_painter.hpp"
#include "body_diagram_state.hpp"
#include "pose.hpp"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

class QPainter;
class QRectF;

namespace kinetic::report {

/// The pictures of the printed summary: the body diagram and the exercise illustrations, drawn
/// from our own bundled art (`:/body/*.svg`, `:/exercises/poses.json`) and nothing else.
class SummaryArt {
public:
    /// The bundled art, read once per process. Never null; what could not be read is missing
    /// and named in `errors()`.
    static std::shared_ptr<const SummaryArt> bundled();

    /// Art from texts, for tests: empty texts leave that part missing.
    static std::shared_ptr<const SummaryArt> fromTexts(const QByteArray& front, const QByteArray& back,
                                                       std::string_view poses);

    bool hasDiagram() const { return m_diagram.has_value(); }
    bool hasIllustration(std::string_view exerciseId) const;
    /// Why some art is missing, one line per problem; empty when all is there.
    const std::string& errors() const { return m_errors; }

    void paintDiagram(QPainter& painter, const QRectF& target, const DiagramState& state) const;
    void paintIllustration(QPainter& painter, const QRectF& target, std::string_view exerciseId) const;

    /// A picture as an image of `size` CSS pixels at `scale` image pixels per CSS pixel, on
    /// white: `name` is `diagram` (drawn with `state`) or `exercise/ID`. Null when unknown.
    QImage render(const QString& name, QSizeF size, double scale, const DiagramState& state) const;

private:
    SummaryArt() = default;
    static std::shared_ptr<SummaryArt> make(const QByteArray& front, const QByteArray& back, std::string_view poses);

    std::optional<BodyDiagramPainter> m_diagram;
    std::optional<PoseLibrary> m_poses;
    std::string m_errors;
};

} // namespace kinetic::report
