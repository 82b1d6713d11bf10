#include "startup_bench.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace kinetic::bench {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto timeout = std::chrono::seconds(30);

struct Run {
    double seconds = 0.0;
    double peakBytes = 0.0;
    std::string problem; ///< Empty when the program started, painted and exited with 0.
};

/// The environment of this process with the offscreen platform, and settings and application
/// data kept in `home` so that neither the user's files nor earlier runs of another program
/// change what is measured.
std::vector<std::string> childEnvironment(const std::filesystem::path& home) {
    std::vector<std::string> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        if (!text.starts_with("QT_QPA_PLATFORM=") && !text.starts_with("XDG_") && !text.starts_with("HOME=")) {
            env.emplace_back(text);
        }
    }
    env.push_back("QT_QPA_PLATFORM=offscreen");
    env.push_back("HOME=" + home.string());
    env.push_back("XDG_CONFIG_HOME=" + (home / "config").string());
    env.push_back("XDG_DATA_HOME=" + (home / "data").string());
    env.push_back("XDG_CACHE_HOME=" + (home / "cache").string());
    env.push_back("XDG_STATE_HOME=" + (home / "state").string());
    env.push_back("XDG_RUNTIME_DIR=" + (home / "runtime").string());
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (std::string& s : strings) {
        result.push_back(s.data());
    }
    result.push_back(nullptr);
    return result;
}

/// Runs the program once, its output discarded, and waits for it (killing it after `timeout`).
Run runOnce(const std::filesystem::path& program, const std::vector<std::string>& arguments,
            std::vector<std::string> env) {
    std::vector<std::string> command{program.string()};
    command.insert(command.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv = pointers(command);
    std::vector<char*> envp = pointers(env);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    Run run;
    pid_t pid = 0;
    const auto start = Clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.problem = "cannot start " + program.string() + ": " + std::strerror(spawned);
        return run;
    }
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) {
            break;
        }
        if (done < 0 && errno != EINTR) {
            run.problem = std::string("wait failed: ") + std::strerror(errno);
            return run;
        }
        if (Clock::now() - start > timeout) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            run.problem = program.filename().string() + " did not exit within 30 s of starting";
            return run;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.peakBytes = static_cast<double>(usage.ru_maxrss) * 1024.0; // Linux reports KiB
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        run.problem = program.filename().string() + " exited with " +
                      (WIFEXITED(status) ? "code " + std::to_string(WEXITSTATUS(status))
                                         : "signal " + std::to_string(WTERMSIG(status)));
    }
    return run;
}

struct Series {
    Samples time;
    Samples memory; ///< Bytes in `seconds`: the same median arithmetic.
    std::string problem;
};

Series runSeries(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                 const std::filesystem::path& home, int runs) {
    Series series;
    if (!std::filesystem::exists(program)) {
        series.problem = program.string() + " is not built";
        return series;
    }
    const auto env = childEnvironment(home);
    // The first run writes settings and warms the file cache; later runs are ordinary starts.
    if (const Run warm = runOnce(program, arguments, env); !warm.problem.empty()) {
        series.problem = warm.problem;
        return series;
    }
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(program, arguments, env);
        if (!run.problem.empty()) {
            series.problem = run.problem;
            return series;
        }
        series.time.seconds.push_back(run.seconds);
        series.memory.seconds.push_back(run.peakBytes);
    }
    return series;
}

Figure fromSeries(std::string id, std::string label, const Samples& samples, Unit unit, const std::string& problem) {
    Figure figure = timed(std::move(id), std::move(label), samples);
    figure.unit = unit;
    if (!problem.empty()) {
        figure.failed = true;
        figure.note = problem;
    }
    return figure;
}

} // namespace

std::vector<Figure> runStartupBench(const StartupBenchOptions& options) {
    const std::filesystem::path home =
        std::filesystem::temp_directory_path() / ("kinetic-bench-" + std::to_string(getpid()));
    for (const char* sub : {"config", "data", "cache", "state", "runtime"}) {
        std::filesystem::create_directories(home / sub);
    }
    std::filesystem::permissions(home / "runtime", std::filesystem::perms::owner_all);
    const Series empty = runSeries(options.baseline, {}, home, options.runs);
    const Series explorer = runSeries(options.explorer, {"--exit-after-first-frame"}, home, options.runs);
    std::error_code ignored;
    std::filesystem::remove_all(home, ignored);

    std::vector<Figure> figures;
    const Figure emptyTime = fromSeries("startup.empty_window", "start-up to first frame, empty QMainWindow",
                                        empty.time, Unit::Seconds, empty.problem);
    Figure explorerTime = fromSeries("startup.explorer", "start-up to first frame, kinetic-explorer", explorer.time,
                                     Unit::Seconds, explorer.problem);
    within(explorerTime, 1.25, emptyTime, "the empty window");
    const Figure emptyMemory =
        fromSeries("memory.empty_window", "peak memory, empty QMainWindow", empty.memory, Unit::Bytes, empty.problem);
    Figure explorerMemory =
        fromSeries("memory.explorer", "peak memory, kinetic-explorer", explorer.memory, Unit::Bytes, explorer.problem);
    within(explorerMemory, 1.5, emptyMemory, "the empty window");
    explorerTime.note = explorerTime.note.empty()
                            ? "process start to exit, QT_QPA_PLATFORM=offscreen, quitting after the first paint"
                            : explorerTime.note;
    figures.push_back(emptyTime);
    figures.push_back(explorerTime);
    figures.push_back(emptyMemory);
    figures.push_back(explorerMemory);
    return figures;
}

} // namespace kinetic::bench
