// kinetic-empty-window: the start-up baseline. The least a Qt Widgets program does to show a
// main window: a QApplication, an empty QMainWindow of the explorer's default size, shown, and
// quit once its first frame is painted, the way `kinetic-explorer --exit-after-first-frame` quits.

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

class EmptyWindow final : public QMainWindow {
public:
    EmptyWindow() { resize(1440, 900); }

protected:
    void paintEvent(QPaintEvent* event) override {
        QMainWindow::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            // As kinetic-explorer --exit-after-first-frame reports it, for kinetic-bench-run.
            const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                std::chrono::steady_clock::now().time_since_epoch());
            std::printf("first frame painted at %lld ns (monotonic clock)\n", static_cast<long long>(now.count()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    EmptyWindow window;
    window.show();
    return QApplication::exec();
}
