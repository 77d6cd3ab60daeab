// SPDX-License-Identifier: Apache-2.0
#pragma once

// A large cloud for the benchmarks: 1,000 pods in 10 AZs and 1,000,000
// bindings (200,000 tenants, each bound in 3 AZs now and with 2 ended
// bindings), written once into an SQLite file that later runs reuse.

#include "snapshotloader.h"
#include "sqlstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <random>

namespace bench {

inline constexpr int kAzs = 10;
inline constexpr int kPodsPerAz = 100;
inline constexpr int kTenants = 200'000;
inline constexpr int kActivePerTenant = 3;
inline constexpr int kEndedPerTenant = 2;
inline constexpr int kBindings = kTenants * (kActivePerTenant + kEndedPerTenant);

inline std::string hex(std::mt19937_64 &rng, int digits)
{
    static const char *const digitsText = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < digits; ++i)
        s += digitsText[rng() & 15];
    return s;
}

inline sched::CloudState buildBigCloud()
{
    constexpr std::int64_t kDayUs = 86'400'000'000LL;
    const std::int64_t now = 1'750'000'000'000'000LL;
    std::mt19937_64 rng(1234);
    sched::CloudState s;
    sched::Pod top;
    top.id = "top-" + hex(rng, 32);
    top.name = "RegionOne";
    s.pods.push_back(top);
    for (int az = 0; az < kAzs; ++az) {
        for (int i = 0; i < kPodsPerAz; ++i) {
            sched::Pod p;
            p.id = hex(rng, 8) + "-" + hex(rng, 4) + "-" + hex(rng, 4) + "-" + hex(rng, 4) + "-" + hex(rng, 12);
            p.name = "pod-" + std::to_string(az) + "-" + std::to_string(i);
            p.azName = "az-" + std::to_string(az);
            p.podAzName = "nova";
            p.dcName = "dc-" + std::to_string(az % 3);
            p.createdAtUs = now - std::int64_t(1000 - i) * kDayUs;
            p.capacity = {4096, 16384 * 1024LL, 800 * 1024LL};
            for (std::size_t r = 0; r < 3; ++r)
                p.used[r] = std::int64_t(p.capacity[r] * double(rng() % 100) / 100.0);
            s.pods.push_back(p);
        }
    }
    s.bindings.reserve(kBindings);
    for (int t = 0; t < kTenants; ++t) {
        const std::string tenant = hex(rng, 32);
        const int firstAz = int(rng() % kAzs);
        for (int k = 0; k < kActivePerTenant + kEndedPerTenant; ++k) {
            const int az = (firstAz + k % kActivePerTenant) % kAzs;
            const auto &pod = s.pods[std::size_t(1 + az * kPodsPerAz + int(rng() % kPodsPerAz))];
            sched::Binding b;
            b.id = hex(rng, 8) + "-" + hex(rng, 4) + "-" + hex(rng, 4) + "-" + hex(rng, 4) + "-" + hex(rng, 12);
            b.tenantId = tenant;
            b.podId = pod.id;
            b.active = k < kActivePerTenant;
            b.createdAtUs = now - std::int64_t(rng() % 900) * kDayUs - std::int64_t(rng() % kDayUs);
            if (!b.active) {
                b.endedAtUs = b.createdAtUs + std::int64_t(1 + rng() % 30) * kDayUs;
                b.updatedAtUs = b.endedAtUs;
            }
            s.bindings.push_back(std::move(b));
        }
    }
    return s;
}

// The path of the big database, created on first use (minutes; not timed).
inline QString bigCloudDatabase()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/trio2o-bench");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/console-1m-v1.sqlite");
    if (QFileInfo::exists(path) && QFileInfo::exists(path + QStringLiteral(".complete")))
        return path;
    QFile::remove(path);
    std::fprintf(stderr, "Creating %s with %d bindings (once)...\n", qPrintable(path), kBindings);
    {
        auto store = model::SqlStore::open(path);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        if (model::Status s = store.value()->replaceState(buildBigCloud()); !s)
            qFatal("%s", qPrintable(s.error()));
    }
    QFile done(path + QStringLiteral(".complete"));
    done.open(QIODevice::WriteOnly);
    return path;
}

} // namespace bench
