// kinetic-bench-run: starts one program and reports how long it ran and its peak memory, for
// kinetic-bench's start-up figures. A separate, small process on purpose: Linux counts the
// memory of the process a child was started from in the child's peak (ru_maxrss survives
// exec), so a child started straight from the benchmark, which holds large content sets, would
// report the benchmark's memory, not its own.
//
// It also reads the program's standard output for the line "first frame painted at NANOSECONDS ns
// (monotonic clock)", which kinetic-explorer --exit-after-first-frame and kinetic-empty-window
// print, and reports the time from start to that frame: start-up, without the time the program
// then takes to save its state and exit.
//
// Usage: kinetic-bench-run TIMEOUT_SECONDS PROGRAM [ARGUMENT...]
// Prints "FIRST_FRAME_NS EXIT_NS PEAK_KIB exit CODE", "... signal NUMBER" or "... timeout" on one
// line, all whole numbers (no decimal separator for a locale to change); FIRST_FRAME_NS is -1 when
// the program printed no such line.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

int main(int argc, char* argv[]) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s TIMEOUT_SECONDS PROGRAM [ARGUMENT...]\n", argv[0]);
        return 2;
    }
    const auto timeout = std::chrono::seconds(std::atoi(argv[1]));
    int out[2];
    if (pipe(out) != 0) {
        std::perror("pipe");
        return 2;
    }
    // The same clock as the programs' steady_clock: CLOCK_MONOTONIC, shared by all processes.
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 2;
    }
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(out[1], STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        close(out[0]);
        close(out[1]);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    close(out[1]);
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    std::string printed;
    const auto drain = [&] {
        char buffer[512];
        for (ssize_t n = 0; (n = read(out[0], buffer, sizeof buffer)) > 0;) {
            printed.append(buffer, static_cast<std::size_t>(n));
        }
    };
    int status = 0;
    rusage usage{};
    bool timedOut = false;
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        drain();
        if (Clock::now() - start > timeout) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    const long long elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
    drain();
    close(out[0]);
    long long firstFrame = -1;
    constexpr const char* marker = "first frame painted at ";
    if (const auto at = printed.find(marker); at != std::string::npos) {
        const long long painted = std::strtoll(printed.c_str() + at + std::strlen(marker), nullptr, 10);
        const long long started =
            std::chrono::duration_cast<std::chrono::nanoseconds>(start.time_since_epoch()).count();
        firstFrame = painted > started ? painted - started : -1;
    }
    std::printf("%lld %lld %ld ", firstFrame, elapsed, usage.ru_maxrss); // Linux: KiB
    if (timedOut) {
        std::printf("timeout\n");
    } else if (WIFEXITED(status)) {
        std::printf("exit %d\n", WEXITSTATUS(status));
    } else {
        std::printf("signal %d\n", WTERMSIG(status));
    }
    return 0;
}
