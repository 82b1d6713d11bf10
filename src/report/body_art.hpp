#pragma once

#include <kinetic/enums.hpp>

#include <QByteArray>
#include <QPainterPath>
#include <QRectF>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kinetic::report {

/// One view of the body art in SVG user units (the `viewBox`, 400 x 1000 for our art).
struct BodyViewArt {
    QRectF viewBox;
    QPainterPath silhouette;
    std::vector<QPainterPath> details;           ///< Stroke-only anatomy hints (`detail_*`).
    std::map<std::string, QPainterPath> regions; ///< Element id -> closed shape.
};

/// The body diagram art: the front and back views parsed from our restricted SVG subset
/// (only `<path>` with absolute M, L, C, Q, Z; ids `silhouette`, `detail_*` and region ids;
/// see resources/body/README.md) into shapes that can be drawn at any size and hit-tested.
class BodyArt {
public:
    /// Reads `:/body/front.svg` and `:/body/back.svg`; on failure `error` says why.
    static std::optional<BodyArt> fromResources(std::string& error);
    /// Parses the two SVG documents; on failure `error` names the view and the problem.
    static std::optional<BodyArt> fromSvg(const QByteArray& front, const QByteArray& back, std::string& error);
    /// Reads one view from its resource, so that start-up can read the two on two threads; on
    /// failure `error` says why.
    static std::optional<BodyViewArt> readView(kinetic::View view, std::string& error);
    /// The art made of two views read apart.
    static BodyArt fromViews(BodyViewArt front, BodyViewArt back);

    const BodyViewArt& view(kinetic::View view) const { return view == kinetic::View::Front ? m_front : m_back; }
    const BodyViewArt& front() const { return m_front; }
    const BodyViewArt& back() const { return m_back; }

    /// The view that draws an element, or nothing when neither does.
    std::optional<kinetic::View> viewOf(const std::string& elementId) const;

private:
    BodyArt() = default;

    BodyViewArt m_front;
    BodyViewArt m_back;
};

} // namespace kinetic::report
