#pragma once

#include <kinetic/summary.hpp>

#include <QString>

#include <string>
#include <string_view>
#include <vector>

/// Small pieces of escaped HTML shared by the summary's sections. Everything that comes from
/// content or the person goes through `esc`; only our own markup is written unescaped.
namespace kinetic::report::html {

/// Plain text escaped for HTML, line breaks kept.
QString esc(std::string_view text);

/// `<p class="...">text</p>` with `text` escaped.
QString paragraph(std::string_view text, const char* cssClass = nullptr);
/// The same for our own (translated) text.
QString paragraph(const QString& text, const char* cssClass = nullptr);

/// A bold label followed by escaped text: `<p><b>Label:</b> text</p>`.
QString labelled(const QString& label, std::string_view text);

/// An escaped bullet (or numbered) list; empty for no items.
QString list(const std::vector<std::string>& items, bool numbered = false);

/// "Sources: NG59, Khan 2004" in small print, keys looked up in the summary's sources.
QString citation(const Summary& summary, const std::vector<std::string>& sourceIds);

/// A block heading (`h2`), escaped.
QString heading(const QString& text);

/// An image drawn by the summary document: `<img src="kinetic:NAME" width=... height=...>`,
/// sizes in CSS pixels (1/96 inch).
QString image(const QString& name, int width, int height, const QString& alt);

} // namespace kinetic::report::html
