#pragma once

#include <QLocale>
#include <QPageSize>

#include <optional>
#include <string_view>

namespace kinetic::report {

/// The paper sizes the summary is laid out for.
enum class PageSize { A4, Letter };

/// The Qt page size of `size`.
QPageSize toQPageSize(PageSize size);

/// Letter where it is the usual office paper (the United States, Canada, Mexico, ...), else A4.
PageSize pageSizeForLocale(const QLocale& locale);

/// The paper size closest to a printer's: Letter for Letter and Legal, A4 for anything else.
PageSize pageSizeFor(const QPageSize& printerPageSize);

/// Parses "a4" or "letter" (any case); nothing for anything else.
std::optional<PageSize> parsePageSize(std::string_view text);

} // namespace kinetic::report
