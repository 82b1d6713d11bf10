#pragma once

#include <kinetic/content.hpp>

#include <QStringList>
#include <QTextBrowser>

#include <string>
#include <vector>

namespace kinetic::gui {

/// A read-only text pane for details, built from plain text only (content is never parsed as
/// markup). It loads no resources, and a click on a source opens only an http(s) address.
class DetailsBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsBrowser)

public:
    explicit DetailsBrowser(QWidget* parent = nullptr);

    void clearDetails();
    void addTitle(const QString& text);
    void addHeading(const QString& text);
    void addParagraph(const QString& text, bool emphasis = false);
    void addList(const QStringList& items);
    /// "Sources" and the citation of each, linked to its address when that is http(s).
    void addSources(const Content& content, const std::vector<std::string>& sourceIds);
    /// Scrolls back to the top once the text is complete.
    void finish();

    QVariant loadResource(int type, const QUrl& name) override;

private:
    void openSafely(const QUrl& url);
    void newBlock(double topMargin);
};

} // namespace kinetic::gui
