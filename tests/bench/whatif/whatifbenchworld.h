// SPDX-License-Identifier: Apache-2.0
#pragma once

// The what-if benchmark world: a generated cloud of 1,000 pods / 20 AZs /
// 100,000 tenants and a scenario of 1,000,000 create_vm events (mostly
// existing tenants in AZs and groups they use, some new tenants; 1-2 vCPUs
// each, so pods fill gradually) mixed with 100 maintenance / usage events.
// bench_whatif replays it in memory; bench_whatifcli writes it as files and
// runs trio2o-sched on them, as an operator does.

#include "cloudgenerator.h"
#include "scenario.h"
#include "splitmix64.h"

#include <QByteArray>

#include <string>

namespace whatifbench {

constexpr std::uint32_t kEvents = 1'000'000;

struct World {
    sched::CloudState base;
    whatif::Scenario scenario;
};

inline void addPodEvent(whatif::Scenario &s, const World &w, sched::SplitMix64 &rng, std::uint32_t n)
{
    const sched::Pod &pod = w.base.pods[1 + rng.below(w.base.pods.size() - 1)];
    const whatif::NameId name = s.intern(pod.name);
    if (n % 2 == 0)
        s.events.push_back(whatif::SetPodState{name, sched::PodState::Maintenance});
    else
        s.events.push_back(whatif::SetUsage{name, sched::Resource::Vcpus, pod.capacity[0] / 2});
}

inline const World &world()
{
    static const World w = [] {
        World w;
        sched::GeneratorParams params; // 20 AZs, 1,000 pods, 100,000 tenants
        w.base = sched::generateCloud(params);
        whatif::Scenario &s = w.scenario;
        s.policies.push_back({"weighted", {}});
        std::vector<std::pair<whatif::NameId, std::pair<whatif::NameId, whatif::NameId>>> used;
        for (const sched::Binding &b : w.base.bindings) {
            const sched::Pod *pod = w.base.findPod(b.podId);
            if (b.active && pod)
                used.push_back({s.intern(b.tenantId), {s.intern(pod->azName), s.intern(sched::groupKey(pod->tags))}});
        }
        const whatif::NameId any = s.intern("");
        sched::SplitMix64 rng(7);
        s.events.reserve(kEvents + 100);
        for (std::uint32_t i = 0; i < kEvents; ++i) {
            if (i % 10'000 == 5'000)
                addPodEvent(s, w, rng, i / 10'000);
            const sched::Amounts size{std::int64_t(1 + rng.below(2)), 2048, 20};
            if (rng.chance(0.05)) { // a new tenant, any AZ, general group
                s.events.push_back(whatif::CreateVm{{s.intern("new-" + std::to_string(1 + rng.below(50'000)))}, any, any, size, 1});
                continue;
            }
            const auto &[tenant, scope] = used[rng.below(used.size())];
            s.events.push_back(whatif::CreateVm{{tenant}, scope.first, scope.second, size, 1});
        }
        return w;
    }();
    return w;
}

// The scenario as the JSON file an operator would write (pod events included).
inline QByteArray scenarioJson(const World &w, const QByteArray &head)
{
    const whatif::Scenario &s = w.scenario;
    const auto text = [&](whatif::NameId id) { return QByteArray(s.name(id).data(), qsizetype(s.name(id).size())); };
    // The new tenants the create_vm events name, introduced first.
    QByteArray out = "{" + head + R"("events": [
{"type":"new_tenants","pattern":"new-{n}","count":50000})";
    out.reserve(160 * qsizetype(s.events.size()));
    for (std::size_t i = 0; i < s.events.size(); ++i) {
        out += ",\n";
        if (const auto *vm = std::get_if<whatif::CreateVm>(&s.events[i])) {
            out += R"({"type":"create_vm","tenant":")" + text(vm->who.tenant) + R"(","az":")" + text(vm->az) +
                   R"(","group":")" + text(vm->group) + R"(","size":{"vcpus":)" + QByteArray::number(qint64(vm->size[0])) +
                   R"(,"ram_mb":2048,"disk_gb":20}})";
        } else if (const auto *st = std::get_if<whatif::SetPodState>(&s.events[i])) {
            out += R"({"type":"pod_state","pod":")" + text(st->pod) + R"(","state":"maintenance"})";
        } else if (const auto *u = std::get_if<whatif::SetUsage>(&s.events[i])) {
            out += R"({"type":"set_usage","pod":")" + text(u->pod) + R"(","resource":"vcpus","used":)" +
                   QByteArray::number(qint64(u->used.value_or(0))) + "}";
        }
    }
    out += "\n]}\n";
    return out;
}

} // namespace whatifbench
