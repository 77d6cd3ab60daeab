// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared pieces of the remote tests: a small cloud, settings pointing at a
// TestServer, and waiting for a backend's future while events run.

#include "connectionsettings.h"
#include "testserver.h"

#include <QEventLoop>
#include "futurewait.h"

#include <QFuture>
#include <QFutureWatcher>

namespace remotetest {

inline const QString kPassword = QStringLiteral("s3cret-pw");

template <typename T>
T await(const QFuture<T> &future)
{
    return model::waitForResult(future);
}

inline sched::Pod pod(const char *id, const char *name, const char *az, std::int64_t vcpus = 100)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.podAzName = az;
    p.dcName = "dc1";
    p.capacity = {vcpus, vcpus * 4096, vcpus * 10};
    p.used = {vcpus / 4, vcpus * 1024, vcpus * 2};
    p.runningVms = vcpus / 10;
    return p;
}

inline sched::Binding binding(const char *id, const char *tenant, const char *podId, bool active = true)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.active = active;
    b.createdAtUs = 1'600'000'000'000'000;
    if (!active)
        b.updatedAtUs = 1'600'000'100'000'000;
    return b;
}

// Top region, AZ1 with pod1, AZ2 with pod2 and pod3; t1 -> pod1, t2 -> pod2.
inline sched::CloudState smallCloud()
{
    sched::CloudState s;
    s.pods = {pod("top-id", "RegionOne", ""), pod("pod1-id", "Pod1", "az1"), pod("pod2-id", "Pod2", "az2"),
              pod("pod3-id", "Pod3", "az2", 200)};
    s.bindings = {binding("b1", "t1", "pod1-id"), binding("b2", "t2", "pod2-id"), binding("b0", "t1", "pod2-id", false)};
    return s;
}

inline model::remote::ConnectionSettings passwordSettings(const testserver::TestServer &server, const QString &stateDir,
                                                          const QString &user = QStringLiteral("admin"))
{
    model::remote::ConnectionSettings s;
    s.authUrl = server.authUrl();
    s.username = user;
    s.password = kPassword;
    s.projectName = QStringLiteral("admin");
    s.regionName = QStringLiteral("RegionOne");
    s.timeoutMs = 5000;
    s.retryBackoffMs = 20;
    s.stateDirectory = stateDir;
    return s;
}

} // namespace remotetest
