#include "summary_text_document.hpp"

#include "summary_image_handler.hpp"

#include <kinetic/report/summary_html.hpp>

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextFormat>
#include <QUrl>
#include <QVariant>

namespace kinetic::report {

SummaryTextDocument::SummaryTextDocument(std::shared_ptr<const SummaryArt> art,
                                         std::shared_ptr<const DiagramState> diagram, QObject* parent)
    : QTextDocument(parent) {
    setDocumentMargin(0);
    setDefaultFont(bodyFont());
    setDefaultStyleSheet(summaryStyleSheet());
    setUndoRedoEnabled(false);
    // Nothing is looked up by name: not even through an application-wide default provider.
    setResourceProvider([](const QUrl&) { return QVariant(); });
    // Replaces Qt's image handler, which would otherwise read files named by <img src>.
    documentLayout()->registerHandler(QTextFormat::ImageObject,
                                      new SummaryImageHandler(std::move(art), std::move(diagram), this));
}

QFont SummaryTextDocument::bodyFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // Any letter spacing turns ligatures off (Qt's shaper), so "fi" stays two letters in the
    // PDF: a search for "fits" or a copied sentence then finds and gives the plain letters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QVariant SummaryTextDocument::loadResource(int /*type*/, const QUrl& /*name*/) {
    return {};
}

} // namespace kinetic::report
