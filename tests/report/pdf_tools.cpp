#include "pdf_tools.hpp"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>

#include <catch2/catch.hpp>

namespace kinetic::test {

namespace {

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PDF in a temporary file, removed when the returned object goes.
std::unique_ptr<QTemporaryFile> saved(const QByteArray& pdf) {
    auto file = std::make_unique<QTemporaryFile>(QStringLiteral("kinetic-report-XXXXXX.pdf"));
    REQUIRE(file->open());
    REQUIRE(file->write(pdf) == pdf.size());
    file->close();
    return file;
}

} // namespace

std::vector<std::string> pdfPageTexts(const QByteArray& pdf, bool layout) {
    const auto file = saved(pdf);
    QStringList arguments{file->fileName(), QStringLiteral("-")};
    if (layout) {
        arguments.prepend(QStringLiteral("-layout"));
    }
    const QString text = run(QStringLiteral("pdftotext"), arguments);
    // pdftotext ends every page with a form feed.
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty()) {
        pages.removeLast();
    }
    std::vector<std::string> result;
    for (const QString& page : pages) {
        result.push_back(page.toStdString());
    }
    return result;
}

PdfInfo pdfInfo(const QByteArray& pdf) {
    const auto file = saved(pdf);
    const QString text = run(QStringLiteral("pdfinfo"), {file->fileName()});
    PdfInfo info;
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(text);
    REQUIRE(pages.hasMatch());
    REQUIRE(size.hasMatch());
    info.pages = pages.captured(1).toInt();
    info.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return info;
}

std::string collapseSpaces(const std::string& text) {
    QString plain = QString::fromStdString(text).simplified();
    // Ligatures, should a font make them, read as their letters.
    plain.replace(QChar(0xFB00), QLatin1String("ff"));
    plain.replace(QChar(0xFB01), QLatin1String("fi"));
    plain.replace(QChar(0xFB02), QLatin1String("fl"));
    plain.replace(QChar(0xFB03), QLatin1String("ffi"));
    plain.replace(QChar(0xFB04), QLatin1String("ffl"));
    return plain.toStdString();
}

std::string squashed(const std::string& text) {
    std::string result;
    for (const char c : collapseSpaces(text)) {
        if (c != ' ') {
            result += c;
        }
    }
    return result;
}

std::string pdfText(const QByteArray& pdf) {
    std::string all;
    for (const std::string& page : pdfPageTexts(pdf)) {
        all += page + "\n";
    }
    return collapseSpaces(all);
}

int pageOf(const std::vector<std::string>& pages, const std::string& needle) {
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (collapseSpaces(pages[i]).find(needle) != std::string::npos) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace kinetic::test
