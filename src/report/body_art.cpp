#include "body_art.hpp"

#include "body_svg_reader.hpp"

#include <QFile>

namespace kinetic::report {

namespace {

std::optional<QByteArray> readResource(const QString& path, std::string& error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = "cannot read the body art " + path.toStdString() + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<BodyArt> BodyArt::fromResources(std::string& error) {
    const auto front = readResource(QStringLiteral(":/body/front.svg"), error);
    if (!front) {
        return std::nullopt;
    }
    const auto back = readResource(QStringLiteral(":/body/back.svg"), error);
    if (!back) {
        return std::nullopt;
    }
    return fromSvg(*front, *back, error);
}

std::optional<BodyArt> BodyArt::fromSvg(const QByteArray& front, const QByteArray& back, std::string& error) {
    BodyArt art;
    std::string viewError;
    auto frontView = readBodySvg(front, viewError);
    if (!frontView) {
        error = "front view: " + viewError;
        return std::nullopt;
    }
    auto backView = readBodySvg(back, viewError);
    if (!backView) {
        error = "back view: " + viewError;
        return std::nullopt;
    }
    art.m_front = std::move(*frontView);
    art.m_back = std::move(*backView);
    return art;
}

std::optional<kinetic::View> BodyArt::viewOf(const std::string& elementId) const {
    if (m_front.regions.contains(elementId)) {
        return kinetic::View::Front;
    }
    if (m_back.regions.contains(elementId)) {
        return kinetic::View::Back;
    }
    return std::nullopt;
}

} // namespace kinetic::report
