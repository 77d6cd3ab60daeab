// SPDX-License-Identifier: Apache-2.0
#include "scenariofilerun.h"

#include "jsonarraycount.h"
#include "mappedfile.h"
#include "replaypipeline.h"

#include <QFileInfo>

#include <chrono>
#include <future>
#include <mutex>

namespace model {

namespace {

// The state file named before the events, loaded on a thread of its own: the
// replay threads wait for it, and a replay after reading takes it over.
class EarlyBase
{
public:
    explicit EarlyBase(const QString &path)
        : m_future(std::async(std::launch::async, [path] { return ScenarioLoader::loadStateFile(path); }))
    {
    }

    // Blocks until loaded; nullptr when it could not be.
    const sched::CloudState *wait()
    {
        std::lock_guard lock(m_mutex);
        if (!m_value)
            m_value = m_future.get();
        return m_value->ok() ? &m_value->value() : nullptr;
    }
    // Once nothing else uses it.
    Result<sched::CloudState> take()
    {
        wait();
        return std::move(*m_value);
    }

private:
    std::mutex m_mutex;
    std::future<Result<sched::CloudState>> m_future;
    std::optional<Result<sched::CloudState>> m_value;
};

bool samePolicies(const std::vector<whatif::PolicyRun> &a, const std::vector<whatif::PolicyRun> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const whatif::PolicyRun &x, const whatif::PolicyRun &y) {
        return x.name == y.name && x.config == y.config;
    });
}

// Starts the replays when the events start (if the members before them say
// all a replay needs) and hands them the events as they are read; passes a
// cancel on to the reading.
class PipelineStarter : public EventsWatcher
{
public:
    PipelineStarter(std::string_view json, const QString &dir, EarlyBase *base, std::optional<BaseSource> early,
                    const whatif::RunOptions &options)
        : m_json(json), m_dir(dir), m_base(base), m_early(std::move(early)), m_options(options)
    {
    }

    void eventsStart(const QJsonObject &membersBefore, std::size_t offset, whatif::Scenario &) override
    {
        if (!m_base)
            return;
        auto settings = ScenarioJson::settings(membersBefore, m_dir);
        if (!settings || !sameBase(settings->base))
            return; // the reader will say what is wrong, or the base is another
        m_settings = std::move(settings->scenario);
        const std::string_view events = m_json.substr(std::min(offset, m_json.size()));
        m_pipeline = std::make_unique<whatif::ReplayPipeline>(
            m_settings.policies, m_settings.maxSamples, [base = m_base] { return base->wait(); },
            [events] { return countJsonArrayElements(events); }, m_options.cancel);
    }

    bool eventsRead(whatif::Scenario &scenario) override
    {
        if (cancelled())
            return false;
        if (m_pipeline && !m_pipeline->publish(scenario))
            m_pipeline.reset(); // it gave up: replayed after reading
        if (m_pipeline && m_options.progress) {
            const auto now = std::chrono::steady_clock::now();
            if (now - m_reported >= std::chrono::milliseconds(50)) {
                m_reported = now;
                const auto [done, total] = m_pipeline->progress();
                if (total > 0)
                    m_options.progress(done, total);
            }
        }
        return !cancelled();
    }

    // The replays read the scenario that read() is about to drop: they stop first.
    void eventsFailed() override { m_pipeline.reset(); }

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    // The replays, when the file as read is what they started from.
    std::unique_ptr<whatif::ReplayPipeline> pipeline(const ScenarioFile &file)
    {
        if (!m_pipeline || !sameBase(file.base) || !samePolicies(file.scenario.policies, m_settings.policies)
            || file.scenario.maxSamples != m_settings.maxSamples)
            return nullptr;
        return std::move(m_pipeline);
    }
    void abandon() { m_pipeline.reset(); }

private:
    bool sameBase(const BaseSource &b) const { return m_early && b.kind == m_early->kind && b.path == m_early->path; }

    std::string_view m_json;
    QString m_dir;
    EarlyBase *m_base;
    std::optional<BaseSource> m_early;
    const whatif::RunOptions &m_options;
    whatif::Scenario m_settings; // the policies and samples the replays run with
    std::unique_ptr<whatif::ReplayPipeline> m_pipeline;
    std::chrono::steady_clock::time_point m_reported{};
};

Error inFile(const QString &path, const QString &error) { return Error{ScenarioLoader::tr("%1: %2").arg(path, error)}; }

} // namespace

Result<whatif::RunResult> ScenarioFileRun::run(const QString &path, const ScenarioLoader::CurrentState &current,
                                               const ExpansionLimits &limits, const whatif::RunOptions &options,
                                               bool *whileReading)
{
    if (whileReading)
        *whileReading = false;
    auto file = MappedFile::open(path);
    if (!file)
        return Error{file.error()};
    MappedFile &mapped = *file.value();
    const QString dir = QFileInfo(path).absolutePath();
    const std::optional<BaseSource> early = ScenarioJson::leadingStateFile(mapped.bytes(), dir);
    std::unique_ptr<EarlyBase> base = early ? std::make_unique<EarlyBase>(early->path) : nullptr;
    PipelineStarter watcher(mapped.bytes(), dir, base.get(), early, options);
    auto parsed = ScenarioJson::read(mapped.bytes(), dir, limits, [&mapped](std::size_t offset) { mapped.release(offset); },
                                     &watcher);
    if (watcher.cancelled()) {
        watcher.abandon();
        whatif::RunResult stopped;
        stopped.cancelled = true;
        return stopped;
    }
    if (!parsed) {
        watcher.abandon(); // whatever was replayed is dropped
        return inFile(path, parsed.error());
    }
    whatif::Scenario &scenario = parsed.value().scenario;
    if (auto pipeline = watcher.pipeline(parsed.value()); pipeline && pipeline->publish(scenario, true)) {
        whatif::ReplayPipeline::Outcome outcome = pipeline->finish(options);
        if (whileReading)
            *whileReading = outcome.state != whatif::ReplayPipeline::Outcome::State::GaveUp;
        switch (outcome.state) {
        case whatif::ReplayPipeline::Outcome::State::Done:
        case whatif::ReplayPipeline::Outcome::State::Cancelled:
            return std::move(outcome.result); // no grow events: nothing for expandGrowth to refuse
        case whatif::ReplayPipeline::Outcome::State::NoBase:
            return inFile(path, base->take().error());
        case whatif::ReplayPipeline::Outcome::State::Problem:
            return inFile(path, ScenarioJson::problemError(scenario, *outcome.problem).message);
        case whatif::ReplayPipeline::Outcome::State::GaveUp:
            break;
        }
    }
    watcher.abandon();
    file.value().reset();
    // As ScenarioLoader::loadFile() and whatif::runScenario().
    std::optional<Result<sched::CloudState>> preloaded;
    const BaseSource &named = parsed.value().base;
    if (base && named.kind == early->kind && named.path == early->path)
        preloaded = base->take();
    auto loaded = ScenarioLoader::withBase(std::move(parsed.value()), current, limits, std::move(preloaded));
    if (!loaded)
        return inFile(path, loaded.error());
    return whatif::runScenario(loaded.value().scenario, loaded.value().base, options);
}

} // namespace model
