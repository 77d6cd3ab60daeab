// SPDX-License-Identifier: Apache-2.0
#include "whatifrun.h"

#include "replay.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace whatif {

namespace {

// Waits for the workers, reporting progress on the calling thread.
class ProgressWaiter
{
public:
    void finished()
    {
        std::lock_guard lock(m_mutex);
        ++m_finished;
        m_changed.notify_all();
    }

    void wait(std::size_t workers, const std::atomic<std::uint64_t> &done, std::uint64_t total,
              const RunOptions &options)
    {
        std::unique_lock lock(m_mutex);
        while (m_finished < workers) {
            m_changed.wait_for(lock, std::chrono::milliseconds(50));
            if (options.progress && m_finished < workers) {
                lock.unlock();
                options.progress(done.load(std::memory_order_relaxed), total);
                lock.lock();
            }
        }
        if (options.progress)
            options.progress(done.load(std::memory_order_relaxed), total);
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::size_t m_finished = 0;
};

} // namespace

RunResult runScenario(const Scenario &scenario, const sched::CloudState &base, const RunOptions &options)
{
    RunResult result;
    std::vector<std::unique_ptr<Replay>> replays;
    for (const PolicyRun &policy : scenario.policies)
        replays.push_back(std::make_unique<Replay>(scenario, base, policy));
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> stopped{false};
    ProgressWaiter waiter;
    std::vector<std::thread> threads;
    for (auto &replay : replays) {
        threads.emplace_back([&, r = replay.get()] {
            if (!r->run(options.cancel, &done))
                stopped = true;
            waiter.finished();
        });
    }
    waiter.wait(threads.size(), done, scenario.workUnits() * replays.size(), options);
    for (std::thread &t : threads)
        t.join();
    result.cancelled = stopped.load();
    if (!result.cancelled)
        for (std::size_t i = 1; i < replays.size(); ++i)
            result.differences.push_back(compareOutcomes(*replays[0], *replays[i]));
    for (auto &replay : replays)
        result.reports.push_back(replay->finish());
    return result;
}

} // namespace whatif
