#include "startup_bench.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <spawn.h>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kinetic::bench {

namespace {

constexpr int timeoutSeconds = 30;

struct Run {
    double firstFrame = 0.0; ///< Seconds from start to the first painted frame.
    double seconds = 0.0;    ///< From start to exit.
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

/// Runs the program once through `kinetic-bench-run` (see there why), which reports the time
/// from start to exit and the peak memory.
Run runOnce(const StartupBenchOptions& options, const std::filesystem::path& program,
            const std::vector<std::string>& arguments, std::vector<std::string> env) {
    std::vector<std::string> command{options.runner.string(), std::to_string(timeoutSeconds), program.string()};
    command.insert(command.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv = pointers(command);
    std::vector<char*> envp = pointers(env);
    Run run;
    int out[2];
    if (pipe(out) != 0) {
        run.problem = std::string("no pipe: ") + std::strerror(errno);
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::string report;
    char buffer[256];
    for (ssize_t n = 0; spawned == 0 && (n = read(out[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0) {
            report.append(buffer, static_cast<std::size_t>(n));
        } else if (errno != EINTR) {
            break;
        }
    }
    close(out[0]);
    if (spawned != 0) {
        run.problem = "cannot start " + options.runner.string() + ": " + std::strerror(spawned);
        return run;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    // Whole numbers only: this process runs Qt, which sets the locale, and "%lf" would then read
    // a decimal comma.
    long long firstFrameNs = 0;
    long long exitNs = 0;
    long long peakKib = 0;
    char outcome[16] = {};
    int code = 0;
    if (std::sscanf(report.c_str(), "%lld %lld %lld %15s %d", &firstFrameNs, &exitNs, &peakKib, outcome, &code) < 4) {
        run.problem = "no report from " + options.runner.filename().string();
        return run;
    }
    run.firstFrame = firstFrameNs < 0 ? -1.0 : static_cast<double>(firstFrameNs) * 1e-9;
    run.seconds = static_cast<double>(exitNs) * 1e-9;
    run.peakBytes = static_cast<double>(peakKib) * 1024.0;
    const std::string name = program.filename().string();
    if (std::string_view(outcome) == "timeout") {
        run.problem = name + " did not exit within " + std::to_string(timeoutSeconds) + " s of starting";
    } else if (std::string_view(outcome) != "exit" || code != 0) {
        run.problem = name + " ended with " + outcome + " " + std::to_string(code);
    } else if (run.firstFrame < 0.0) {
        run.problem = name + " did not print when its first frame was painted";
    }
    return run;
}

struct Series {
    std::filesystem::path program;
    std::vector<std::string> arguments;
    Samples time;   ///< To the first frame.
    Samples exit;   ///< To the end of the process.
    Samples memory; ///< Bytes in `seconds`: the same median arithmetic.
    std::string problem;

    /// Runs once more, unless a run already failed; `record` false for the warm-up.
    void run(const StartupBenchOptions& options, const std::vector<std::string>& env, bool record) {
        if (!problem.empty()) {
            return;
        }
        if (!std::filesystem::exists(program)) {
            problem = program.string() + " is not built";
            return;
        }
        const Run once = runOnce(options, program, arguments, env);
        problem = once.problem;
        if (problem.empty() && record) {
            time.seconds.push_back(once.firstFrame);
            exit.seconds.push_back(once.seconds);
            memory.seconds.push_back(once.peakBytes);
        }
    }
};

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
    const auto env = childEnvironment(home);
    Series empty{options.baseline, {}, {}, {}, {}, {}};
    Series explorer{options.explorer, {"--exit-after-first-frame"}, {}, {}, {}, {}};
    // The first runs write settings and warm the file cache; then the two take turns, so that
    // both see the same machine.
    for (int i = 0; i <= options.runs; ++i) {
        empty.run(options, env, i > 0);
        explorer.run(options, env, i > 0);
    }
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
    explorerTime.note =
        explorerTime.note.empty()
            ? "process start to the first frame painted, as the program reports it, QT_QPA_PLATFORM=offscreen"
            : explorerTime.note;
    const Figure emptyExit =
        fromSeries("startup.empty_window_exit", "start to exit after the first frame, empty window", empty.exit,
                   Unit::Seconds, empty.problem);
    Figure explorerExit = fromSeries("startup.explorer_exit", "start to exit after the first frame, kinetic-explorer",
                                     explorer.exit, Unit::Seconds, explorer.problem);
    explorerExit.note = explorerExit.note.empty() ? "not budgeted: includes saving the session and settings on exit"
                                                  : explorerExit.note;
    figures.push_back(emptyTime);
    figures.push_back(explorerTime);
    figures.push_back(emptyExit);
    figures.push_back(explorerExit);
    figures.push_back(emptyMemory);
    figures.push_back(explorerMemory);
    return figures;
}

} // namespace kinetic::bench
