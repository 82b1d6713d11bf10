#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace kinetic::gui {

/// Every message box of the app goes through here, so tests can answer one in advance and
/// never block: `MessageBox::setNextAnswer(QMessageBox::Ok)` before the action that asks.
class MessageBox final {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           const QString& details = QString());
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                           Button defaultButton);

    /// The next message box is not shown and returns `button`.
    static void setNextAnswer(Button button);
    /// Every message box is answered with its default button (or Ok) without being shown.
    static void setAutoAnswer(bool on);
    /// The text of the last message box asked, shown or not; for tests.
    static QString lastText();
    /// How many message boxes were asked since the program started; for tests.
    static int count();

private:
    static Button ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton, const QString& details = QString());
};

} // namespace kinetic::gui
