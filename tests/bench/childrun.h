// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs a program as the user does and measures it: wall time, user + system
// CPU and peak resident memory of the child (wait4), started by a small
// launcher process (see Launcher). For the benchmarks of
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
#include <string>
#include <unistd.h>
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

namespace childrun {

// Starts `argv` with the environment `envp` and measures it until it exits.
inline ChildRun spawnAndMeasure(std::vector<char *> &argv, std::vector<char *> &envp)
{
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0)
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

inline bool transfer(int fd, void *data, std::size_t size, bool out)
{
    auto *p = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = out ? ::write(fd, p, size) : ::read(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= std::size_t(n);
    }
    return true;
}

// Strings over a pipe: a count, then each string's length and bytes.
inline bool sendStrings(int fd, const std::vector<QByteArray> &strings)
{
    std::uint32_t count = std::uint32_t(strings.size());
    if (!transfer(fd, &count, sizeof count, true))
        return false;
    for (QByteArray s : strings) {
        std::uint32_t size = std::uint32_t(s.size());
        if (!transfer(fd, &size, sizeof size, true) || !transfer(fd, s.data(), size, true))
            return false;
    }
    return true;
}

inline bool receiveStrings(int fd, std::vector<std::string> &strings)
{
    std::uint32_t count = 0;
    if (!transfer(fd, &count, sizeof count, false))
        return false;
    strings.assign(count, {});
    for (std::string &s : strings) {
        std::uint32_t size = 0;
        if (!transfer(fd, &size, sizeof size, false))
            return false;
        s.resize(size);
        if (!transfer(fd, s.data(), size, false))
            return false;
    }
    return true;
}

// The peak memory must be the child's own. A child forked from the benchmark
// starts with the benchmark's resident set as its high-water mark (Linux keeps
// it across fork and exec), and the benchmarks hold what they generated - the
// what-if one 430 MB, which `trio2o-sched whatif` was then charged. So the
// children are started by a launcher forked before main(), while this process
// is still small; it serves one request at a time and ends with the benchmark.
class Launcher
{
public:
    static Launcher &instance()
    {
        static Launcher launcher;
        return launcher;
    }

    ChildRun run(const std::vector<QByteArray> &argv)
    {
        std::vector<QByteArray> env;
        for (char **e = environ; *e; ++e)
            env.emplace_back(*e);
        ChildRun run;
        if (m_request < 0 || !sendStrings(m_request, argv) || !sendStrings(m_request, env) ||
            !transfer(m_reply, &run, sizeof run, false))
            return ChildRun{};
        return run;
    }

private:
    Launcher()
    {
        int request[2], reply[2];
        if (pipe(request) != 0 || pipe(reply) != 0)
            return;
        const pid_t pid = fork();
        if (pid < 0)
            return;
        if (pid == 0) {
            ::close(request[1]);
            ::close(reply[0]);
            serve(request[0], reply[1]);
        }
        ::close(request[0]);
        ::close(reply[1]);
        m_request = request[1];
        m_reply = reply[0];
    }

    [[noreturn]] static void serve(int in, int out)
    {
        std::vector<std::string> args, env;
        while (receiveStrings(in, args) && receiveStrings(in, env)) {
            std::vector<char *> argv, envp;
            for (std::string &a : args)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            for (std::string &e : env)
                envp.push_back(e.data());
            envp.push_back(nullptr);
            ChildRun run = spawnAndMeasure(argv, envp);
            if (!transfer(out, &run, sizeof run, true))
                break;
        }
        _exit(0); // the benchmark closed the pipe: no atexit handlers of its copy
    }

    int m_request = -1;
    int m_reply = -1;
};

inline const bool kLauncherStarted = (Launcher::instance(), true); // before main(): still small

} // namespace childrun

inline ChildRun runChild(const QByteArray &program, const QStringList &args)
{
    std::vector<QByteArray> argv{program};
    for (const QString &a : args)
        argv.push_back(a.toUtf8());
    return childrun::Launcher::instance().run(argv);
}
