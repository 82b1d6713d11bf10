#include "details_browser.hpp"

#include <QDesktopServices>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextList>
#include <QTextListFormat>
#include <QUrl>

namespace kinetic::gui {

DetailsBrowser::DetailsBrowser(QWidget* parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsBrowser::openSafely);
}

QVariant DetailsBrowser::loadResource(int /*type*/, const QUrl& /*name*/) {
    return {};
}

void DetailsBrowser::openSafely(const QUrl& url) {
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    }
}

void DetailsBrowser::clearDetails() {
    clear();
}

void DetailsBrowser::newBlock(double topMargin) {
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    block.setBottomMargin(2);
    if (!document()->isEmpty()) {
        cursor.insertBlock(block, QTextCharFormat());
    } else {
        cursor.setBlockFormat(block);
    }
}

void DetailsBrowser::addTitle(const QString& text) {
    newBlock(0);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(font().pointSizeF() * 1.3);
    cursor.insertText(text, format);
}

void DetailsBrowser::addHeading(const QString& text) {
    newBlock(10);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    cursor.insertText(text, format);
}

void DetailsBrowser::addParagraph(const QString& text, bool emphasis) {
    newBlock(4);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    format.setFontItalic(emphasis);
    cursor.insertText(text, format);
}

void DetailsBrowser::addList(const QStringList& items) {
    if (items.isEmpty()) {
        return;
    }
    newBlock(2);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    cursor.createList(listFormat);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock();
        }
        cursor.insertText(items[i], QTextCharFormat());
    }
}

void DetailsBrowser::addSources(const Content& content, const std::vector<std::string>& sourceIds) {
    if (sourceIds.empty()) {
        return;
    }
    addHeading(tr("Sources"));
    for (const std::string& id : sourceIds) {
        const Source* source = content.sources.find(id);
        if (!source) {
            continue;
        }
        newBlock(2);
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        QTextCharFormat small;
        small.setFontPointSize(font().pointSizeF() * 0.92);
        cursor.insertText(QString::fromStdString(source->citation), small);
        const QUrl url(QString::fromStdString(source->url));
        if (!source->url.empty() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
            QTextCharFormat link = small;
            link.setAnchor(true);
            link.setAnchorHref(url.toString());
            link.setFontUnderline(true);
            link.setForeground(palette().link());
            cursor.insertText(QStringLiteral(" "), small);
            cursor.insertText(url.toString(), link);
        }
    }
}

void DetailsBrowser::finish() {
    moveCursor(QTextCursor::Start);
    ensureCursorVisible();
}

} // namespace kinetic::gui
