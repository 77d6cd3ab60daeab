// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs a program as the user does and measures it: wall time, user + system
// CPU and peak resident memory of the child (wait4). For the benchmarks of
// the operator's path (the trio2o-sched process on a file). On a shared,
// loaded machine the wall time is mostly waiting for a CPU: cpuWaitSeconds is
// how long the child's main thread waited runnable (its run_delay in
// /proc/PID/schedstat, read while it is a zombie), so wall - cpuWaitSeconds
// is about the wall time on an idle machine: close for a single-threaded run,
// too high where the main thread waits for other threads (their waits for a
// CPU are not taken out).

#include <QByteArray>
#include <QStringList>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

struct ChildRun {
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
    double cpuWaitSeconds = -1; // -1 where /proc/PID/schedstat cannot be read
    int status = -1; // the exit status, -1 when it did not exit normally
};

inline ChildRun runChild(const QByteArray &program, const QStringList &args)
{
    std::vector<QByteArray> bytes{program};
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, program.constData(), nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    siginfo_t exited{};
    while (waitid(P_PID, id_t(pid), &exited, WEXITED | WNOWAIT) != 0)
        if (errno != EINTR)
            return run;
    run.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::ifstream schedstat("/proc/" + std::to_string(pid) + "/schedstat");
    long long onCpuNs = 0, waitNs = 0;
    if (schedstat >> onCpuNs >> waitNs)
        run.cpuWaitSeconds = double(waitNs) / 1e9;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}
