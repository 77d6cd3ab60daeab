// SPDX-License-Identifier: Apache-2.0
#pragma once

// The two kinds of backend the operation tests run on: the SQL store of the
// engine under test (LocalBackend over a fresh database) and a live cloud (the
// loopback test server, through RemoteBackend).

#include "localbackend.h"
#include "remotebackend.h"
#include "remotefixture.h"
#include "sqlstore.h"
#include "statefixtures.h"
#include "storetestdatabases.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace optest {

class Backends
{
public:
    // Empty when the engine under test can be used.
    QString unavailable() const { return m_databases.unavailable(); }
    QString engineName() const { return m_databases.engineName(); }

    // A LocalBackend over a fresh database holding `state`.
    std::unique_ptr<model::LocalBackend> local(const sched::CloudState &state)
    {
        const QString location = m_databases.fresh();
        {
            auto store = model::SqlStore::open(location);
            if (!store || !store.value()->replaceState(state))
                qFatal("cannot fill the test database");
        }
        return std::make_unique<model::LocalBackend>(location);
    }

    // A RemoteBackend of a test server holding `state`.
    std::unique_ptr<model::remote::RemoteBackend> remote(const sched::CloudState &state)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<testserver::TestServer>();
        m_server->cloud().setState(state);
        if (!m_server->start())
            qFatal("cannot start the test server");
        return std::make_unique<model::remote::RemoteBackend>(remotetest::passwordSettings(*m_server, m_dir->path()));
    }
    testserver::TestServer &server() { return *m_server; }

private:
    StoreTestDatabases m_databases;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testserver::TestServer> m_server;
};

inline sched::CloudState state(model::Backend &backend)
{
    auto s = model::waitForResult(backend.fetchState());
    if (!s)
        qFatal("cannot fetch the state: %s", qPrintable(s.error()));
    return std::move(s).value();
}

inline int activeOn(const sched::CloudState &s, const std::string &podId)
{
    int n = 0;
    for (const sched::Binding &b : s.bindings)
        n += b.active && b.podId == podId;
    return n;
}

} // namespace optest
