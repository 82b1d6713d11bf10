#include "message_box.hpp"

#include <QWidget>

namespace kinetic::gui {

namespace {

std::optional<MessageBox::Button> nextAnswer;
bool autoAnswer = false;
QString last;
int asked = 0;

} // namespace

MessageBox::Button MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                   Buttons buttons, Button defaultButton, const QString& details) {
    last = text;
    ++asked;
    if (nextAnswer) {
        const Button answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (autoAnswer) {
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& details) {
    return ask(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok, details);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton) {
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text) {
    return ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton) {
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button button) {
    nextAnswer = button;
}

void MessageBox::setAutoAnswer(bool on) {
    autoAnswer = on;
}

QString MessageBox::lastText() {
    return last;
}

int MessageBox::count() {
    return asked;
}

} // namespace kinetic::gui
