// SPDX-License-Identifier: Apache-2.0
#pragma once

// Loads a CloudSnapshot from an SQLite database file. Meant to run in a worker
// thread: it opens its own SqlStore (one connection per thread) and closes it
// before returning. A missing file is created and seeded with the demo cloud,
// so the first start of the console shows something real.

#include "cloudsnapshot.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace model {

class SnapshotLoader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotLoader)

public:
    // percent 0..100 and a short translated description of the current step.
    using Progress = std::function<void(int percent, const QString &step)>;

    static Result<SnapshotPtr> load(const QString &path, const Progress &progress = {});
    // Creates `path` with the demo cloud; fails when the file exists.
    static Status seedDemo(const QString &path);
};

} // namespace model
