#pragma once

#include <kinetic/diagnostic.hpp>

#include <QDialog>

#include <vector>

class QLabel;
class QPlainTextEdit;

namespace kinetic::gui {

/// Shows content diagnostics (file, line:column, JSON pointer, message), one per line, with
/// what the program does about them. Non-modal: the program keeps running on its last good
/// content while the author fixes the files.
class DiagnosticsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    explicit DiagnosticsDialog(QWidget* parent = nullptr);

    void setDiagnostics(const QString& summary, const std::vector<Diagnostic>& diagnostics);
    QString text() const;

private:
    QLabel* m_summary;
    QPlainTextEdit* m_list;
};

} // namespace kinetic::gui
