// SPDX-License-Identifier: Apache-2.0
#pragma once

// Replays a scenario while its file is still being read, one thread per
// policy, instead of after the whole file (reading 1,000,000 events and
// replaying them took about as long each; now the two overlap).
//
// The reader (ScenarioJson, on the calling thread) publish()es what it has
// read every few thousand events. Each replay thread checks every event's
// references against the base (ReferenceCheck, as checkReferences does
// before a whole run) and then replays it (Replay::step). The threads see the
// reader's scenario only through what was published: the new names (views
// of the pool's text, which never moves), tenant lists and added pods are
// copied into a scenario of each thread's own, with the same ids; the events
// are read in place - once the events were counted (the series' sampling
// needs their number before the first event), the reader's list gets room
// for all of them and does not move while the pipeline runs.
//
//   ReplayPipeline pipeline(policies, maxSamples, waitForBase, countEvents, &cancel);
//   ... reader: pipeline.publish(scenario) every 4096 events, publish(scenario, true) at the end
//   ReplayPipeline::Outcome o = pipeline.finish(options);
//
// Whatever would make the result differ from a replay of the whole file
// makes the pipeline give up (Outcome::GaveUp; the caller replays as
// before): a grow event (expanded against the base once all is read), more
// events than counted. On an error in the file the caller abandon()s it: the
// threads stop and nothing they did is kept.

#include "scenariocheck.h"
#include "whatifrun.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace whatif {

class ReplayPipeline
{
public:
    // Blocks until the base is loaded; nullptr when it could not be (the caller says why).
    using BaseSource = std::function<const sched::CloudState *()>;
    // The number of events the reader will read; nullopt: unknown (the pipeline gives up).
    using EventCounter = std::function<std::optional<std::uint64_t>()>;

    static constexpr std::size_t kPublishEvery = 4096;

    ReplayPipeline(std::vector<PolicyRun> policies, std::uint32_t maxSamples, BaseSource base, EventCounter count,
                   const std::atomic<bool> *cancel);
    ~ReplayPipeline(); // abandon()s
    ReplayPipeline(const ReplayPipeline &) = delete;
    ReplayPipeline &operator=(const ReplayPipeline &) = delete;

    // The reader, at most kPublishEvery events apart, and once with `last`
    // when all is read: hands over what was read since. False once the
    // pipeline is over (given up, abandoned, cancelled); the threads have
    // stopped then and the scenario is the reader's again.
    bool publish(Scenario &scenario, bool last = false);
    // Stops the threads and waits for them; their work is dropped.
    void abandon();
    // Events replayed so far over all policies, and how many there will be (0: not yet counted).
    std::pair<std::uint64_t, std::uint64_t> progress() const;

    struct Outcome {
        enum class State { Done, GaveUp, Cancelled, Problem, NoBase };
        State state = State::GaveUp;
        std::optional<Problem> problem; // Problem: the first event whose references are wrong
        RunResult result;               // Done (and Cancelled: partial)
    };
    // After publish(scenario, true): waits for the threads (calling
    // options.progress every ~50 ms with events as the unit) and collects
    // their reports, as runScenario() does.
    Outcome finish(const RunOptions &options);

private:
    struct Worker;
    void run(Worker &w);
    void work(Worker &w);
    bool take(Worker &w, std::uint64_t &from, std::uint64_t &to, const Event *&events);
    void giveUp();

    std::vector<PolicyRun> m_policies;
    std::uint32_t m_maxSamples;
    BaseSource m_base;
    EventCounter m_count;
    const std::atomic<bool> *m_cancel;
    std::atomic<bool> m_halt{false}; // the replays stop (abandoned, cancelled)
    std::atomic<std::uint64_t> m_eventsDone{0};

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<std::uint64_t> m_expected; // counted events
    bool m_counted = false;
    bool m_armed = false;   // the reader's list has room for every event
    bool m_gaveUp = false;  // a thread met what it cannot replay ahead
    bool m_over = false;    // publish() returns false from now on
    bool m_closed = false;  // the last publish() came
    std::uint64_t m_published = 0;
    const Event *m_events = nullptr;
    std::vector<std::string_view> m_names;               // every name published, by id
    std::vector<std::pair<const NameId *, std::size_t>> m_lists; // tenant lists published (the reader's, they never change)
    std::vector<sched::Pod> m_pods;                      // added pods published
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::vector<std::thread> m_threads;
};

} // namespace whatif
