#include "diagnostics_dialog.hpp"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kinetic::gui {

DiagnosticsDialog::DiagnosticsDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Problems in the content"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 380);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DiagnosticsDialog::setDiagnostics(const QString& summary, const std::vector<Diagnostic>& diagnostics) {
    m_summary->setText(summary);
    m_list->setPlainText(QString::fromStdString(format(diagnostics)));
}

QString DiagnosticsDialog::text() const {
    return m_summary->text() + QLatin1Char('\n') + m_list->toPlainText();
}

} // namespace kinetic::gui
