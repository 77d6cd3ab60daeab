// SPDX-License-Identifier: Apache-2.0
#include "replaypipeline.h"

#include "replay.h"

#include <chrono>

namespace whatif {

// One policy's thread: its copy of the published tables, its replay and check.
struct ReplayPipeline::Worker {
    std::size_t policy = 0;
    Scenario tables;  // names, tenant lists and added pods as published; no events
    std::size_t names = 0, lists = 0, pods = 0; // copied so far
    std::unique_ptr<Replay> replay;
    std::optional<Problem> problem;
    std::uint64_t unpublished = 0; // events replayed, not yet in m_eventsDone
    bool complete = false; // replayed every event
    bool noBase = false;
    bool finished = false; // the thread is done (under m_mutex)
};

ReplayPipeline::ReplayPipeline(std::vector<PolicyRun> policies, std::uint32_t maxSamples, BaseSource base,
                               EventCounter count, const std::atomic<bool> *cancel)
    : m_policies(std::move(policies)), m_maxSamples(maxSamples), m_base(std::move(base)), m_count(std::move(count)),
      m_cancel(cancel)
{
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        m_workers.push_back(std::make_unique<Worker>());
        m_workers.back()->policy = i;
        m_workers.back()->tables.maxSamples = maxSamples;
    }
    for (auto &w : m_workers)
        m_threads.emplace_back([this, worker = w.get()] { run(*worker); });
}

ReplayPipeline::~ReplayPipeline() { abandon(); }

void ReplayPipeline::abandon()
{
    {
        std::lock_guard lock(m_mutex);
        m_over = true;
    }
    m_halt = true;
    m_changed.notify_all();
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
}

void ReplayPipeline::giveUp()
{
    std::lock_guard lock(m_mutex);
    m_gaveUp = true;
    m_changed.notify_all();
}

std::pair<std::uint64_t, std::uint64_t> ReplayPipeline::progress() const
{
    std::lock_guard lock(m_mutex);
    return {m_eventsDone.load(std::memory_order_relaxed), m_expected.value_or(0) * m_policies.size()};
}

bool ReplayPipeline::publish(Scenario &scenario, bool last)
{
    std::unique_lock lock(m_mutex);
    if (last) // the count decides whether the replays are right: wait for it
        m_changed.wait(lock, [this] { return m_counted || m_over; });
    bool over = m_over || m_gaveUp || (m_cancel && m_cancel->load());
    if (!over && m_counted && (!m_expected || *m_expected < scenario.events.size()))
        over = true; // more events than counted: the series would be sampled wrongly
    if (!over && last && *m_expected != scenario.events.size())
        over = true;
    if (!over && !m_armed && m_counted) {
        // Room for every event: the list never moves while the threads read it.
        if (!last)
            scenario.events.reserve(std::size_t(*m_expected) + 2 * kPublishEvery);
        m_armed = true;
    }
    if (!over && !last && m_armed && scenario.events.capacity() - scenario.events.size() <= kPublishEvery)
        over = true; // the next events would move the list
    if (over) {
        lock.unlock();
        abandon();
        return false;
    }
    if (!m_armed)
        return true; // not counted yet: the threads read nothing so far
    for (std::size_t id = m_names.size(); id < scenario.nameCount(); ++id)
        m_names.push_back(scenario.name(NameId(id)));
    for (std::size_t l = m_lists.size(); l < scenario.tenantListCount(); ++l)
        m_lists.emplace_back(scenario.tenantList(std::uint32_t(l)).data(), scenario.tenantList(std::uint32_t(l)).size());
    for (std::size_t p = m_pods.size(); p < scenario.newPods().size(); ++p)
        m_pods.push_back(scenario.newPods()[p]);
    m_events = scenario.events.data();
    m_published = scenario.events.size();
    m_closed = last;
    m_changed.notify_all();
    return true;
}

// The next events for `w`, with the tables they name copied: false when there are none to come.
bool ReplayPipeline::take(Worker &w, std::uint64_t &from, std::uint64_t &to, const Event *&events)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_over || m_gaveUp || m_published > from || m_closed; });
    if (m_over || m_gaveUp || m_published <= from)
        return false;
    for (; w.names < m_names.size(); ++w.names)
        w.tables.intern(m_names[w.names]); // the same names in the same order: the same ids
    for (; w.lists < m_lists.size(); ++w.lists)
        w.tables.addTenantList(std::vector<NameId>(m_lists[w.lists].first, m_lists[w.lists].first + m_lists[w.lists].second));
    for (; w.pods < m_pods.size(); ++w.pods)
        w.tables.addNewPod(m_pods[w.pods]);
    to = m_published;
    events = m_events;
    return true;
}

void ReplayPipeline::run(Worker &w)
{
    work(w);
    if (w.replay)
        m_eventsDone.fetch_add(w.unpublished, std::memory_order_relaxed);
    std::lock_guard lock(m_mutex);
    w.finished = true;
    m_changed.notify_all();
}

void ReplayPipeline::work(Worker &w)
{
    if (w.policy == 0) { // counted here, while the base loads on its own thread
        const std::optional<std::uint64_t> counted = m_count ? m_count() : std::nullopt;
        std::lock_guard lock(m_mutex);
        m_expected = counted;
        m_counted = true;
        m_changed.notify_all();
    }
    const sched::CloudState *base = m_base();
    if (!base) {
        w.noBase = true;
        return;
    }
    std::uint64_t expected = 0;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_counted || m_over; });
        if (m_over || !m_expected)
            return;
        expected = *m_expected;
    }
    w.replay = std::make_unique<Replay>(w.tables, *base, m_policies[w.policy], expected);
    w.replay->watch(&m_halt, nullptr);
    ReferenceCheck check(w.tables, *base);
    std::uint64_t done = 0;
    std::uint64_t to = 0;
    const Event *events = nullptr;
    while (true) {
        if (!take(w, done, to, events)) {
            std::lock_guard lock(m_mutex);
            w.complete = m_closed && done == m_published && !m_over && !m_gaveUp;
            return;
        }
        for (; done < to; ++done) {
            if (m_halt.load(std::memory_order_relaxed))
                return w.replay->stop();
            if (std::holds_alternative<Grow>(events[done]))
                return giveUp(); // expanded against the base after reading: replayed as before
            if ((w.problem = check.check(done, events[done])))
                return;
            if (!w.replay->step(std::uint32_t(done), events[done]))
                return;
            if (++w.unpublished == 256) {
                m_eventsDone.fetch_add(w.unpublished, std::memory_order_relaxed);
                w.unpublished = 0;
            }
        }
    }
}

ReplayPipeline::Outcome ReplayPipeline::finish(const RunOptions &options)
{
    {
        // Waits for the threads, reporting progress and passing a cancel on.
        std::unique_lock lock(m_mutex);
        const auto allFinished = [this] {
            for (const auto &w : m_workers)
                if (!w->finished)
                    return false;
            return true;
        };
        while (!allFinished()) {
            m_changed.wait_for(lock, std::chrono::milliseconds(50));
            if (m_cancel && m_cancel->load())
                m_halt = true;
            if (options.progress && !allFinished()) {
                lock.unlock();
                const auto [done, total] = progress();
                options.progress(done, total);
                lock.lock();
            }
        }
    }
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
    Outcome out;
    const bool cancelled = m_cancel && m_cancel->load();
    std::optional<Problem> problem;
    bool complete = true;
    for (const auto &w : m_workers) {
        if (w->noBase)
            out.state = Outcome::State::NoBase;
        if (w->problem && (!problem || w->problem->event < problem->event))
            problem = w->problem;
        complete = complete && w->complete;
    }
    if (out.state == Outcome::State::NoBase)
        return out;
    if (cancelled) {
        out.state = Outcome::State::Cancelled;
        out.result.cancelled = true;
        return out;
    }
    if (problem) {
        out.state = Outcome::State::Problem;
        out.problem = problem;
        return out;
    }
    if (m_gaveUp || m_over || !complete)
        return out; // GaveUp
    if (options.progress) {
        const auto [done, total] = progress();
        options.progress(done, total);
    }
    for (std::size_t i = 1; i < m_workers.size(); ++i)
        out.result.differences.push_back(compareOutcomes(*m_workers[0]->replay, *m_workers[i]->replay));
    for (const auto &w : m_workers)
        out.result.reports.push_back(w->replay->finish());
    out.state = Outcome::State::Done;
    return out;
}

} // namespace whatif
