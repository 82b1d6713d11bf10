#pragma once

#include "session.hpp"

#include <kinetic/content.hpp>

#include <QObject>

#include <catch2/catch.hpp>

#include <memory>

/// Shared pieces of the care GUI tests.
namespace kinetic::test {

/// The bundled content (data/), loaded once.
std::shared_ptr<const Content> bundledContent();

/// A session on the bundled content with nothing selected.
std::unique_ptr<gui::Session> emptySession();

/// A session with front-of-knee pain (left, 6/10, aching) in a teenager: patellofemoral pain fits.
std::unique_ptr<gui::Session> kneeSession();

/// The child of `parent` named `name`; fails the test when there is none.
template <typename T>
T* child(const QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("child " << name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace kinetic::test
