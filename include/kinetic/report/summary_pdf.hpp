#pragma once

#include <kinetic/report/page_size.hpp>
#include <kinetic/summary.hpp>

#include <QByteArray>
#include <QString>

#include <string>

namespace kinetic::report {

/// The summary as a PDF in memory; empty with `error` set when it could not be made.
/// Needs a QGuiApplication (the offscreen platform is enough).
QByteArray summaryPdf(const Summary& summary, PageSize pageSize, std::string& error);

/// Writes the summary as a PDF to `path`, atomically: an existing file is replaced only once the
/// new one is complete. Returns an error message, empty on success.
std::string writeSummaryPdf(const Summary& summary, PageSize pageSize, const QString& path);

} // namespace kinetic::report
