// The soak test: thousands of seeded random clicks, key presses, selections and edits on a real
// window, bounded in time. The program must never crash, never log a warning (Qt's or ours), and
// keep the diagram, the panels and the assessment in step. A failure names the seed and the step,
// so it can be replayed: KINETIC_SOAK_SEED=<seed> KINETIC_SOAK_ACTIONS=<n> kinetic_gui_tests "[soak]".

#include "body_diagram_widget.hpp"
#include "gui_fixture.hpp"
#include "session.hpp"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <random>
#include <string>
#include <vector>

using namespace kinetic;
using namespace kinetic::gui;

namespace {

/// Every warning logged while it lives, from Qt (qWarning, qCritical) and from spdlog.
class WarningTrap {
public:
    WarningTrap()
        : m_previousHandler(qInstallMessageHandler(&WarningTrap::handle))
        , m_sink(std::make_shared<Sink>()) {
        s_current = this;
        m_logger = spdlog::default_logger();
        spdlog::default_logger()->sinks().push_back(m_sink);
    }
    ~WarningTrap() {
        auto& sinks = m_logger->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(), m_sink), sinks.end());
        qInstallMessageHandler(m_previousHandler);
        s_current = nullptr;
    }
    WarningTrap(const WarningTrap&) = delete;
    WarningTrap& operator=(const WarningTrap&) = delete;

    std::vector<std::string> warnings() const {
        const std::lock_guard lock(s_mutex);
        std::vector<std::string> all = m_qtWarnings;
        const std::vector<std::string> logged = m_sink->messages();
        all.insert(all.end(), logged.begin(), logged.end());
        return all;
    }

private:
    class Sink final : public spdlog::sinks::base_sink<std::mutex> {
    public:
        std::vector<std::string> messages() {
            const std::lock_guard lock(mutex_);
            return m_messages;
        }

    protected:
        void sink_it_(const spdlog::details::log_msg& message) override {
            if (message.level >= spdlog::level::warn) {
                m_messages.emplace_back("spdlog: " + std::string(message.payload.begin(), message.payload.end()));
            }
        }
        void flush_() override {}

    private:
        std::vector<std::string> m_messages;
    };

    /// The offscreen platform, which the tests run on, lacks some window operations and says so
    /// when one is used ("This plugin does not support propagateSizeHints()", "... raise()");
    /// a real desktop never prints these. They are about the test platform, not the program.
    static bool isOffscreenPlatformNotice(const QString& message) {
        return QGuiApplication::platformName() == QLatin1String("offscreen") &&
               message.startsWith(QLatin1String("This plugin does not support "));
    }

    static void handle(QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtDebugMsg || type == QtInfoMsg || isOffscreenPlatformNotice(message)) {
            return;
        }
        const std::lock_guard lock(s_mutex);
        if (s_current) {
            s_current->m_qtWarnings.push_back("Qt: " + message.toStdString());
        }
    }

    static inline std::mutex s_mutex;
    static inline WarningTrap* s_current = nullptr;
    QtMessageHandler m_previousHandler;
    std::shared_ptr<Sink> m_sink;
    std::shared_ptr<spdlog::logger> m_logger;
    std::vector<std::string> m_qtWarnings;
};

int environmentNumber(const char* name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// Keys a person presses in lists, fields and the diagram; no Ctrl or Alt shortcuts, which
/// would only open the file and print dialogs the modal closer shuts again.
const std::vector<Qt::Key> keys{Qt::Key_Tab,       Qt::Key_Backtab, Qt::Key_Left,     Qt::Key_Right,    Qt::Key_Up,
                                Qt::Key_Down,      Qt::Key_Space,   Qt::Key_Return,   Qt::Key_Enter,    Qt::Key_Escape,
                                Qt::Key_Home,      Qt::Key_End,     Qt::Key_PageUp,   Qt::Key_PageDown, Qt::Key_Delete,
                                Qt::Key_Backspace, Qt::Key_A,       Qt::Key_K,        Qt::Key_0,        Qt::Key_5,
                                Qt::Key_9,         Qt::Key_Less,    Qt::Key_Ampersand};

class Soak {
public:
    Soak(MainWindow& window, unsigned seed)
        : m_window(window)
        , m_random(seed) {
        const auto& regions = window.session()->content().regions;
        for (const Region& region : regions) {
            m_regions.push_back(region.id);
        }
        for (const Exercise& exercise : window.session()->content().exercises) {
            m_exercises.push_back(exercise.id);
        }
        for (const RedFlag& flag : window.session()->content().redFlags) {
            m_flags.push_back(flag.id);
        }
    }

    /// One random action; returns what it did, for the failure message.
    std::string step() {
        switch (pick(12)) {
        case 0:
        case 1:
        case 2:
            return clickDiagram();
        case 3:
            return pressKey(m_window.diagram());
        case 4:
            return clickInView();
        case 5:
            return pressKeyInFocus();
        case 6:
            return touchControl();
        case 7:
            return editSession();
        case 8:
            return hoverDiagram();
        case 9:
            return clickButton();
        case 10:
            return switchPanel();
        default:
            return reloadContent();
        }
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }
    template <typename T>
    const T& pickFrom(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(pick(static_cast<int>(items.size())))];
    }
    QPoint pointIn(const QWidget* widget) {
        return {pick(std::max(1, widget->width())), pick(std::max(1, widget->height()))};
    }
    template <typename T>
    std::vector<T*> visible() {
        std::vector<T*> result;
        for (T* widget : m_window.findChildren<T*>()) {
            if (widget->isVisible() && widget->isEnabled()) {
                result.push_back(widget);
            }
        }
        return result;
    }

    std::string clickDiagram() {
        BodyDiagramWidget* diagram = m_window.diagram();
        const QPoint point = pointIn(diagram);
        QTest::mouseClick(diagram, Qt::LeftButton, {}, point);
        return "click diagram at " + std::to_string(point.x()) + "," + std::to_string(point.y());
    }
    std::string hoverDiagram() {
        BodyDiagramWidget* diagram = m_window.diagram();
        const QPoint point = pointIn(diagram);
        // Sent straight to the widget: QTest::mouseMove waits for the whole window to repaint.
        QMouseEvent move(QEvent::MouseMove, point, diagram->mapToGlobal(point), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(diagram, &move);
        return "hover diagram at " + std::to_string(point.x()) + "," + std::to_string(point.y());
    }
    std::string pressKey(QWidget* widget) {
        const Qt::Key key = pickFrom(keys);
        widget->setFocus();
        QTest::keyClick(widget, key);
        return "key " + std::to_string(key) + " in " + widget->metaObject()->className();
    }
    std::string pressKeyInFocus() {
        QWidget* focus = QApplication::focusWidget();
        return focus && m_window.isAncestorOf(focus) ? pressKey(focus) : pressKey(m_window.diagram());
    }
    std::string clickInView() {
        const auto views = visible<QAbstractItemView>();
        if (views.empty()) {
            return "no view shown";
        }
        QAbstractItemView* view = pickFrom(views);
        const QPoint point = pointIn(view->viewport());
        if (pick(4) == 0) {
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
        } else {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        }
        return "click in " + view->objectName().toStdString() + " (" + view->metaObject()->className() + ")";
    }
    std::string touchControl() {
        if (pick(2) == 0) {
            const auto boxes = visible<QComboBox>();
            if (!boxes.empty() && pickFrom(boxes)->count() > 0) {
                QComboBox* box = pickFrom(boxes);
                box->setCurrentIndex(pick(box->count()));
                return "combo " + box->objectName().toStdString();
            }
        }
        const auto spins = visible<QAbstractSpinBox>();
        if (!spins.empty()) {
            QAbstractSpinBox* spin = pickFrom(spins);
            spin->stepBy(pick(7) - 3);
            return "spin " + spin->objectName().toStdString();
        }
        return "no control shown";
    }
    std::string clickButton() {
        const auto buttons = visible<QAbstractButton>();
        if (buttons.empty()) {
            return "no button shown";
        }
        QAbstractButton* button = pickFrom(buttons);
        const std::string name = button->objectName().toStdString() + " \"" + button->text().toStdString() + "\"";
        QTest::mouseClick(button, Qt::LeftButton);
        return "button " + name;
    }
    std::string editSession() {
        Session* session = m_window.session();
        switch (pick(7)) {
        case 0:
            session->setIntensity(pickFrom(m_regions), pick(12) - 1);
            return "intensity";
        case 6:
            // As File > New: keeps the assessment the size a person makes, not ever larger.
            session->setAssessment(Assessment{});
            return "new assessment";
        case 1:
            session->setAnswer(pickFrom(m_flags), static_cast<Answer>(pick(3)));
            return "answer";
        case 2:
            session->addToPlan(pickFrom(m_exercises));
            return "add to plan";
        case 3:
            if (!session->assessment().plan.empty()) {
                const auto size = static_cast<int>(session->assessment().plan.size());
                session->movePlanItem(static_cast<std::size_t>(pick(size)), static_cast<std::size_t>(pick(size)));
            }
            return "move in plan";
        case 4:
            session->setAgeBand(pick(3) == 0 ? std::nullopt : std::optional<AgeBand>(static_cast<AgeBand>(pick(4))));
            return "age";
        default:
            session->setRecentInjury(pick(2) == 0);
            return "injury";
        }
    }
    std::string switchPanel() {
        static const std::vector<QString> panels{QStringLiteral("regions"),   QStringLiteral("causes"),
                                                 QStringLiteral("linked"),    QStringLiteral("redFlags"),
                                                 QStringLiteral("exercises"), QStringLiteral("plan")};
        const QString& name = pickFrom(panels);
        m_window.showPanel(name);
        return "show panel " + name.toStdString();
    }
    std::string reloadContent() {
        // As the content watcher does after an edit: the same content again, a new object.
        m_window.session()->setContent(std::make_shared<const Content>(m_window.session()->content()));
        return "reload content";
    }

    MainWindow& m_window;
    std::mt19937 m_random;
    std::vector<std::string> m_regions;
    std::vector<std::string> m_exercises;
    std::vector<std::string> m_flags;
};

/// Rejects any modal dialog a click opened (file, print, preview), as a person would close it,
/// so that the soak never waits on a dialog.
class ModalCloser {
public:
    ModalCloser() {
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                modal->close();
            }
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
};

/// The assessment, the diagram and the causes agree.
std::string inconsistency(const MainWindow& window) {
    const Session& session = *window.session();
    for (const SelectedRegion& selected : session.assessment().regions) {
        if (!session.content().regions.find(selected.region)) {
            return "selected region " + selected.region + " is not in the content";
        }
        if (!window.diagram()->isRegionSelected(selected.region)) {
            return "the diagram does not show " + selected.region + " as selected";
        }
        if (selected.intensity < 0 || selected.intensity > 10) {
            return "intensity out of range for " + selected.region;
        }
    }
    for (const Region& region : session.content().regions) {
        if (window.diagram()->isRegionSelected(region.id) != session.assessment().isSelected(region.id)) {
            return "the diagram and the assessment disagree on " + region.id;
        }
    }
    const auto& causes = session.causes();
    for (std::size_t i = 1; i < causes.size(); ++i) {
        if (causes[i].raisedByRedFlag && !causes[i - 1].raisedByRedFlag) {
            return "a cause raised by a red flag is ranked below one that is not";
        }
    }
    return {};
}

} // namespace

TEST_CASE("Soak: thousands of random clicks, keys and edits never crash, warn or disagree", "[soak]") {
    const unsigned seed = static_cast<unsigned>(environmentNumber("KINETIC_SOAK_SEED", 20261121));
    const int actions = environmentNumber("KINETIC_SOAK_ACTIONS", 3000);
    const int seconds = environmentNumber("KINETIC_SOAK_SECONDS", 150);
    INFO("seed " << seed << " (replay with KINETIC_SOAK_SEED)");

    auto window = test::makeWindow();
    const WarningTrap trap;
    const ModalCloser closer;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        if (view->model()) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::Warning));
        }
    }

    Soak soak(*window, seed);
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    for (; done < actions && clock.elapsed() < seconds * 1000; ++done) {
        const std::string action = soak.step();
        if (done % 8 == 7) {
            // Events (repaints, queued updates) are handled every few actions, as they would be
            // between a person's quick clicks; the checks below still run after every action.
            QCoreApplication::processEvents();
        }
        if (!window->isVisible()) {
            window->show(); // Escape or a button may have closed it: a person opens it again.
        }
        const std::string problem = inconsistency(*window);
        const std::vector<std::string> warnings = trap.warnings();
        INFO("step " << done << ": " << action);
        REQUIRE(problem == std::string());
        REQUIRE(warnings == std::vector<std::string>());
    }
    QTest::qWait(50); // Pending timers: autosave, repaints.
    CHECK(trap.warnings() == std::vector<std::string>());
    CHECK(done >= std::min(actions, 500)); // Even under sanitizers, a real soak, not a handful.
    WARN("soak: " << done << " actions in " << clock.elapsed() << " ms, seed " << seed);
}
