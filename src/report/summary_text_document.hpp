#pragma once

#include "body_diagram_state.hpp"
#include "summary_art.hpp"

#include <QTextDocument>

#include <memory>

namespace kinetic::report {

/// A QTextDocument for one block of the summary, in the summary's style, that loads nothing:
/// `loadResource` answers every request with nothing (no file, no URL, no Qt resource) and its
/// images are drawn by `SummaryImageHandler` from our own art.
class SummaryTextDocument final : public QTextDocument {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryTextDocument)

public:
    SummaryTextDocument(std::shared_ptr<const SummaryArt> art, std::shared_ptr<const DiagramState> diagram,
                        QObject* parent = nullptr);

    /// The font the summary is set in.
    static QFont bodyFont();

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

} // namespace kinetic::report
