#include "disclaimer_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kinetic::gui {

namespace {

const QString settingsKey = QStringLiteral("disclaimer/acknowledged");

} // namespace

DisclaimerDialog::DisclaimerDialog(const QString& disclaimer, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("disclaimerDialog"));
    setWindowTitle(tr("Before you start"));
    auto* heading = new QLabel(tr("This program is for learning, not for diagnosis."), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto* text = new QLabel(disclaimer, this);
    auto* emergency = new QLabel(tr("If you have sudden severe symptoms, numbness between your legs, new trouble "
                                    "with your bladder or bowels, or weakness in your legs, get emergency help now."),
                                 this);
    for (QLabel* label : {heading, text, emergency}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* understood = buttons->addButton(tr("I &understand"), QDialogButtonBox::AcceptRole);
    understood->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(emergency);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        setAcknowledged(true);
        QDialog::accept();
    });
}

bool DisclaimerDialog::isAcknowledged() {
    return QSettings().value(settingsKey, false).toBool();
}

void DisclaimerDialog::setAcknowledged(bool acknowledged) {
    QSettings().setValue(settingsKey, acknowledged);
}

} // namespace kinetic::gui
