// SPDX-License-Identifier: Apache-2.0
#include "scenarioloader.h"

#include "files/boundedfilereader.h"
#include "mappedfile.h"
#include "sqlitebackup.h"
#include "sqlstore.h"
#include "statejsoncodec.h"
#include "statevalidator.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <future>

namespace model {

Result<LoadedScenario> ScenarioLoader::loadFile(const QString &path, const CurrentState &current,
                                                const ExpansionLimits &limits, const ReadProgress &progress)
{
    // Mapped and read front to back: memory holds the events' compact form,
    // not the file, and an error stops the reading where it is.
    auto file = MappedFile::open(path);
    if (!file)
        return Error{file.error()};
    MappedFile &mapped = *file.value();
    const std::uint64_t total = mapped.bytes().size();
    if (progress)
        progress(0, total);
    const QString dir = QFileInfo(path).absolutePath();
    // A state file named before the events is loaded on a second thread
    // while the events are read: both are needed, and the machine has cores
    // to spare. On an error in the events it is waited for and dropped.
    const std::optional<BaseSource> early = ScenarioJson::leadingStateFile(mapped.bytes(), dir);
    std::future<Result<sched::CloudState>> earlyBase;
    if (early)
        earlyBase = std::async(std::launch::async, [statePath = early->path] { return loadStateFile(statePath); });
    auto parsed = ScenarioJson::read(mapped.bytes(), dir, limits, [&mapped, &progress, total](std::size_t offset) {
        mapped.release(offset);
        if (progress)
            progress(offset, total);
    });
    file.value().reset();
    if (!parsed)
        return Error{tr("%1: %2").arg(path, parsed.error())};
    if (progress)
        progress(total, total); // read: the base comes next
    std::optional<Result<sched::CloudState>> preloaded;
    if (earlyBase.valid()) {
        auto state = earlyBase.get();
        const BaseSource &named = parsed.value().base;
        if (named.kind == early->kind && named.path == early->path) // the base read() settled on
            preloaded = std::move(state);
    }
    auto loaded = withBase(std::move(parsed.value()), current, limits, std::move(preloaded));
    if (!loaded)
        return Error{tr("%1: %2").arg(path, loaded.error())};
    return loaded;
}

Result<LoadedScenario> ScenarioLoader::load(const QByteArray &json, const QString &dir, const CurrentState &current,
                                            const ExpansionLimits &limits)
{
    auto parsed = ScenarioJson::parse(json, dir, limits);
    if (!parsed)
        return Error{parsed.error()};
    return withBase(std::move(parsed.value()), current, limits);
}

Result<LoadedScenario> ScenarioLoader::withBase(ScenarioFile parsed, const CurrentState &current,
                                                const ExpansionLimits &limits,
                                                std::optional<Result<sched::CloudState>> preloaded)
{
    auto base = preloaded ? std::move(*preloaded) : loadBase(parsed.base, current);
    if (!base)
        return Error{base.error()};
    if (Status s = ScenarioJson::checkReferences(parsed.scenario, base.value()); !s)
        return Error{s.error()};
    if (Status s = ScenarioJson::expandGrowth(parsed.scenario, base.value(), limits); !s)
        return Error{s.error()};
    return LoadedScenario{parsed.base, std::move(base.value()), std::move(parsed.scenario)};
}

Result<sched::CloudState> ScenarioLoader::loadBase(const BaseSource &source, const CurrentState &current)
{
    switch (source.kind) {
    case BaseSource::Kind::StateFile:
        return loadStateFile(source.path);
    case BaseSource::Kind::Database:
        return loadDatabase(source.path);
    case BaseSource::Kind::Current:
        if (!current)
            return Error{tr("base \"current\": not connected to any cloud")};
        return current();
    }
    return Error{tr("unknown base")};
}

Result<sched::CloudState> ScenarioLoader::loadStateFile(const QString &path)
{
    const auto bytes = BoundedFileReader::read(path, BoundedFileReader::Kind::StateFile);
    if (!bytes)
        return Error{tr("base: %1").arg(bytes.error())};
    auto state = StateJsonCodec::parse(bytes.value());
    if (!state)
        return Error{tr("base %1: %2").arg(path, state.error())};
    if (Status s = StateValidator::validate(state.value()); !s)
        return Error{tr("base %1: %2").arg(path, s.error())};
    return state;
}

Result<sched::CloudState> ScenarioLoader::loadDatabase(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{tr("base %1: no such database file").arg(path)};
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("base.sqlite"));
    if (!dir.isValid())
        return Error{tr("base %1: cannot make a private copy to read").arg(path)};
    if (Status s = SqliteBackup::copy(path, copy); !s)
        return Error{tr("base %1: %2").arg(path, s.error())};
    auto state = [&]() -> Result<sched::CloudState> {
        auto store = SqlStore::open(copy);
        if (!store)
            return Error{store.error()};
        return store.value()->load();
    }(); // the store (and its connection) is gone before the folder is removed
    if (!state)
        return Error{tr("base %1: %2").arg(path, state.error())};
    return state;
}

} // namespace model
