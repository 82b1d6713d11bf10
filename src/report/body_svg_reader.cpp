#include "body_svg_reader.hpp"

#include "body_path_data.hpp"

#include <QStringList>
#include <QXmlStreamReader>

namespace kinetic::report {

namespace {

std::string at(const QXmlStreamReader& xml) {
    return "line " + std::to_string(xml.lineNumber()) + ": ";
}

std::optional<QRectF> parseViewBox(const QString& text) {
    // Four numbers apart by spaces or commas (no regular expression: it would map PCRE at start-up).
    QString spaced = text;
    spaced.replace(QLatin1Char(','), QLatin1Char(' '));
    const QStringList parts = spaced.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 4) {
        return std::nullopt;
    }
    double numbers[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        numbers[i] = parts[i].toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
    }
    const QRectF box(numbers[0], numbers[1], numbers[2], numbers[3]);
    return box.isValid() ? std::optional(box) : std::nullopt;
}

bool readPath(QXmlStreamReader& xml, BodyViewArt& art, std::string& error) {
    const QString id = xml.attributes().value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        error = at(xml) + "every <path> needs an id";
        return false;
    }
    std::string pathError;
    const auto path = parsePathData(xml.attributes().value(QLatin1String("d")).toString(), pathError);
    if (!path) {
        error = at(xml) + "path \"" + id.toStdString() + "\": " + pathError;
        return false;
    }
    if (id == u"silhouette") {
        if (!art.silhouette.isEmpty()) {
            error = at(xml) + "more than one silhouette";
            return false;
        }
        art.silhouette = *path;
    } else if (id.startsWith(u"detail_")) {
        art.details.push_back(*path);
    } else if (!art.regions.emplace(id.toStdString(), *path).second) {
        error = at(xml) + "duplicate id \"" + id.toStdString() + "\"";
        return false;
    }
    return true;
}

bool readElement(QXmlStreamReader& xml, BodyViewArt& art, std::string& error) {
    const auto name = xml.name();
    if (name == u"svg") {
        const auto box = parseViewBox(xml.attributes().value(QLatin1String("viewBox")).toString());
        if (!box) {
            error = at(xml) + "<svg> needs a viewBox of four numbers";
            return false;
        }
        art.viewBox = *box;
        return true;
    }
    if (name == u"title" || name == u"desc") {
        xml.skipCurrentElement();
        return true;
    }
    if (name == u"path") {
        return readPath(xml, art, error);
    }
    error = at(xml) + "element <" + name.toString().toStdString() + "> is not allowed (only svg, title, desc, path)";
    return false;
}

} // namespace

std::optional<BodyViewArt> readBodySvg(const QByteArray& svg, std::string& error) {
    BodyViewArt art;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && !readElement(xml, art, error)) {
            return std::nullopt;
        }
    }
    if (xml.hasError()) {
        error = at(xml) + "not well-formed XML: " + xml.errorString().toStdString();
        return std::nullopt;
    }
    if (art.viewBox.isEmpty()) {
        error = "no <svg> element with a viewBox";
        return std::nullopt;
    }
    if (art.silhouette.isEmpty()) {
        error = "no path with the id \"silhouette\"";
        return std::nullopt;
    }
    return art;
}

} // namespace kinetic::report
