// kinetic-bench-run: starts one program and reports how long it ran and its peak memory, for
// kinetic-bench's start-up figures. A separate, small process on purpose: Linux counts the
// memory of the process a child was started from in the child's peak (ru_maxrss survives
// exec), so a child started straight from the benchmark, which holds large content sets, would
// report the benchmark's memory, not its own.
//
// Usage: kinetic-bench-run TIMEOUT_SECONDS PROGRAM [ARGUMENT...]
// Prints "SECONDS PEAK_KIB exit CODE", "... signal NUMBER" or "... timeout" on one line.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <signal.h>
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
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 2;
    }
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    bool timedOut = false;
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (Clock::now() - start > timeout) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("%.6f %ld ", seconds, usage.ru_maxrss); // Linux: KiB
    if (timedOut) {
        std::printf("timeout\n");
    } else if (WIFEXITED(status)) {
        std::printf("exit %d\n", WEXITSTATUS(status));
    } else {
        std::printf("signal %d\n", WTERMSIG(status));
    }
    return 0;
}
