// Links in the details panes: content may carry any address, but only a person's click on an
// http or https link opens anything, and then only in the system's browser.

#include "details_browser.hpp"

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QUrl>

#include <catch2/catch.hpp>

#include <vector>

using namespace kinetic::gui;

namespace {

/// Stands in for the system's handlers: records what would have been opened.
class OpenedLinks final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

const std::vector<QString> schemes{QStringLiteral("http"),  QStringLiteral("https"),      QStringLiteral("file"),
                                   QStringLiteral("ftp"),   QStringLiteral("javascript"), QStringLiteral("data"),
                                   QStringLiteral("mailto")};

} // namespace

TEST_CASE("A details link opens only http and https addresses, and only when clicked", "[links]") {
    OpenedLinks links;
    for (const QString& scheme : schemes) {
        QDesktopServices::setUrlHandler(scheme, &links, "open");
    }
    DetailsBrowser browser;
    browser.setHtml(QStringLiteral("<a href=\"https://example.org/a\">a</a> <a href=\"file:///etc/passwd\">b</a> "
                                   "<img src=\"file:///etc/passwd\">"));
    CHECK(links.opened.isEmpty()); // Showing links opens nothing, and loads nothing.

    for (const char* address : {"https://example.org/guideline", "http://example.org/paper", "file:///etc/passwd",
                                "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                "ftp://example.org/file", "mailto:someone@example.org", "HTTPS://EXAMPLE.ORG/CAPS"}) {
        emit browser.anchorClicked(QUrl(QString::fromLatin1(address)));
    }
    CHECK(links.opened == QList<QUrl>{QUrl(QStringLiteral("https://example.org/guideline")),
                                      QUrl(QStringLiteral("http://example.org/paper")),
                                      QUrl(QStringLiteral("HTTPS://EXAMPLE.ORG/CAPS"))});
    for (const QString& scheme : schemes) {
        QDesktopServices::unsetUrlHandler(scheme);
    }
}

#include "link_safety_tests.moc"
