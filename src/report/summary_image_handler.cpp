#include "summary_image_handler.hpp"

#include <kinetic/report/summary_html.hpp>

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>

namespace kinetic::report {

namespace {

constexpr double cssPixelsPerInch = 96.0;

/// "diagram" or "exercise/ID" from "kinetic:diagram" / "kinetic:exercise/ID"; empty otherwise.
QString pictureName(const QTextFormat& format) {
    const QString name = format.toImageFormat().name();
    const QString prefix =
        QLatin1String(summaryImageScheme.data(), static_cast<qsizetype>(summaryImageScheme.size())) + QLatin1Char(':');
    return name.startsWith(prefix) ? name.mid(prefix.size()) : QString();
}

} // namespace

SummaryImageHandler::SummaryImageHandler(std::shared_ptr<const SummaryArt> art,
                                         std::shared_ptr<const DiagramState> diagram, QObject* parent)
    : QObject(parent)
    , m_art(std::move(art))
    , m_diagram(std::move(diagram)) {}

QSizeF SummaryImageHandler::intrinsicSize(QTextDocument* document, int /*position*/, const QTextFormat& format) {
    const QTextImageFormat image = format.toImageFormat();
    const QSizeF css(image.width(), image.height());
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    // Without a paint device the layout works in screen pixels, which CSS pixels approximate.
    const double scale = device ? device->logicalDpiY() / cssPixelsPerInch : 1.0;
    return css * scale;
}

void SummaryImageHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* /*document*/,
                                     int /*position*/, const QTextFormat& format) {
    const QString name = pictureName(format);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (name == QLatin1String("diagram")) {
        m_art->paintDiagram(*painter, rect, *m_diagram);
    } else if (name.startsWith(QLatin1String("exercise/"))) {
        m_art->paintIllustration(*painter, rect, name.mid(9).toStdString());
    }
    painter->restore();
}

} // namespace kinetic::report
