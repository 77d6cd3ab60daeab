#include "snapshotloader.h"

#include "democloud.h"
#include "sqlstore.h"
#include "timeformat.h"

#include <QFileInfo>

#include <malloc.h>

namespace model {

Status SnapshotLoader::seedDemo(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{tr("%1 exists already").arg(path)};
    auto store = SqlStore::open(path);
    if (!store)
        return Error{store.error()};
    return store.value()->replaceState(buildDemoCloud(nowMicroseconds()));
}

Result<SnapshotPtr> SnapshotLoader::load(const QString &path, const Progress &progress)
{
    const auto report = [&](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    if (!QFileInfo::exists(path)) {
        report(5, tr("Creating the demo database…"));
        if (Status s = seedDemo(path); !s)
            return Error{s.error()};
    }
    report(10, tr("Opening %1…").arg(path));
    auto store = SqlStore::open(path);
    if (!store)
        return Error{store.error()};
    report(20, tr("Reading pods and bindings…"));
    auto state = store.value()->load();
    store.value().reset();
    if (!state)
        return Error{state.error()};
    report(70, tr("Indexing %n binding(s)…", nullptr, int(state.value().bindings.size())));
    SnapshotPtr snapshot = CloudSnapshot::build(std::move(state.value()), nowMicroseconds(), QFileInfo(path).absoluteFilePath());
    // The full state was much larger than the snapshot: give the memory back.
    malloc_trim(0);
    report(100, tr("Loaded"));
    return snapshot;
}

} // namespace model
