#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <string>
#include <vector>

/// Reading PDFs back with poppler's command-line tools (pdftotext, pdfinfo).
namespace kinetic::test {

/// The text of each page, in page order: `pdftotext -layout` (columns side by side), or
/// without it (in reading order, each column's text in one piece).
std::vector<std::string> pdfPageTexts(const QByteArray& pdf, bool layout = true);

/// The page count and the size of the first page in points, from `pdfinfo`.
struct PdfInfo {
    int pages = 0;
    QSizeF pageSize;
};
PdfInfo pdfInfo(const QByteArray& pdf);

/// White space (line breaks, the columns of -layout) collapsed to single spaces.
std::string collapseSpaces(const std::string& text);

/// Without any white space: a sentence matches however the lines wrapped it.
std::string squashed(const std::string& text);

/// All page texts joined, white space collapsed.
std::string pdfText(const QByteArray& pdf);

/// The page (0-based) whose collapsed text contains `needle`; -1 when none does.
int pageOf(const std::vector<std::string>& pages, const std::string& needle);

} // namespace kinetic::test
