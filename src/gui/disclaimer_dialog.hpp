#pragma once

#include <QDialog>

namespace kinetic::gui {

/// The disclaimer, acknowledged on first start. Non-blocking: it is opened window-modal with
/// open(), so start-up (and --exit-after-first-frame) never waits on it.
class DisclaimerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisclaimerDialog)

public:
    DisclaimerDialog(const QString& disclaimer, QWidget* parent = nullptr);

    /// Whether the disclaimer was acknowledged on this computer (QSettings).
    static bool isAcknowledged();
    static void setAcknowledged(bool acknowledged);
};

} // namespace kinetic::gui
