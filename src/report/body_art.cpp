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

/// One view's SVG document parsed; on failure `error` names the view and the problem.
std::optional<BodyViewArt> parseView(const QByteArray& svg, kinetic::View view, std::string& error) {
    std::string viewError;
    auto art = readBodySvg(svg, viewError);
    if (!art) {
        error = (view == kinetic::View::Front ? "front view: " : "back view: ") + viewError;
    }
    return art;
}

} // namespace

std::optional<BodyViewArt> BodyArt::readView(kinetic::View view, std::string& error) {
    const auto svg = readResource(
        view == kinetic::View::Front ? QStringLiteral(":/body/front.svg") : QStringLiteral(":/body/back.svg"), error);
    if (!svg) {
        return std::nullopt;
    }
    return parseView(*svg, view, error);
}

std::optional<BodyArt> BodyArt::fromResources(std::string& error) {
    auto front = readView(kinetic::View::Front, error);
    if (!front) {
        return std::nullopt;
    }
    auto back = readView(kinetic::View::Back, error);
    if (!back) {
        return std::nullopt;
    }
    return fromViews(std::move(*front), std::move(*back));
}

std::optional<BodyArt> BodyArt::fromSvg(const QByteArray& front, const QByteArray& back, std::string& error) {
    auto frontView = parseView(front, kinetic::View::Front, error);
    if (!frontView) {
        return std::nullopt;
    }
    auto backView = parseView(back, kinetic::View::Back, error);
    if (!backView) {
        return std::nullopt;
    }
    return fromViews(std::move(*frontView), std::move(*backView));
}

BodyArt BodyArt::fromViews(BodyViewArt front, BodyViewArt back) {
    BodyArt art;
    art.m_front = std::move(front);
    art.m_back = std::move(back);
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
