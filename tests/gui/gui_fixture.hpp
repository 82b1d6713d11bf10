#pragma once

#include "body_art.hpp"
#include "main_window.hpp"

#include <kinetic/content.hpp>

#include <QPainterPath>
#include <QPointF>

#include <memory>
#include <optional>

namespace kinetic::gui::test {

/// The bundled content (data/), loaded once.
std::shared_ptr<const Content> content();
/// The body art from the resources, loaded once.
const report::BodyArt& art();
/// A window on the bundled content, shown, with no autosave restored and no disclaimer.
std::unique_ptr<MainWindow> makeWindow(MainWindowOptions options = {});
/// A point inside a shape, away from its edge: not merely inside its bounding box.
std::optional<QPointF> pointInside(const QPainterPath& shape);

} // namespace kinetic::gui::test
