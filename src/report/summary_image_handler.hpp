#pragma once

#include "body_diagram_state.hpp"
#include "summary_art.hpp"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>

namespace kinetic::report {

/// Draws the summary's images in place of Qt's image handler: `kinetic:diagram` and
/// `kinetic:exercise/ID` are painted as vectors by our own painters, at the size the HTML gives
/// in CSS pixels (1/96 inch) whatever the device. Any other image is drawn as nothing, so a
/// summary document never reads a file or a URL.
class SummaryImageHandler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(SummaryImageHandler)

public:
    SummaryImageHandler(std::shared_ptr<const SummaryArt> art, std::shared_ptr<const DiagramState> diagram,
                        QObject* parent);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    std::shared_ptr<const SummaryArt> m_art;
    std::shared_ptr<const DiagramState> m_diagram;
};

} // namespace kinetic::report
