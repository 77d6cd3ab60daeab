// SPDX-License-Identifier: Apache-2.0
#pragma once

// Changing a pod's own settings: state, threshold, affinity tags, capacity,
// cost, overcommit ratios. The preview checks every value and shows before and after; the apply
// writes the pod. The console's pod dialog and `trio2o-sched pods set` both
// call this.

#include "backend.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <optional>

namespace model {

struct PodSettings {
    std::optional<sched::PodState> state;
    std::optional<double> threshold;
    bool clearTags = false;       // drop every tag before setTags are added
    std::vector<sched::Tag> setTags;
    std::array<std::optional<std::int64_t>, sched::kResourceCount> capacity{};
    std::optional<double> cost;
    // Nova's overcommit for usage from hypervisor statistics (a live cloud only).
    std::optional<double> vcpuRatio;
    std::optional<double> ramRatio;

    bool isEmpty() const;
};

struct PodSettingsPreview {
    sched::Pod before;
    sched::Pod after;
    QStringList changes; // "threshold: 0.9 → 0.8", one line per changed setting
    int boundTenants = 0;
};

class PodSettingsOperation
{
    Q_DECLARE_TR_FUNCTIONS(PodSettingsOperation)

public:
    static Result<PodSettingsPreview> preview(const sched::CloudState &state, const std::string &podId,
                                              const PodSettings &settings);
    static Result<sched::Pod> apply(Backend &backend, const PodSettingsPreview &preview);
    // Refused on a database, which collects no usage (nothing to multiply).
    static Status checkRatiosKept(const Backend &backend, const sched::Pod &before, const sched::Pod &after);
    static constexpr double kMaxRatio = 1000.0;

    // The console's pod dialog: the whole pod as edited. Its settings are
    // checked as preview() checks them; its name, pod AZ and data centre are
    // taken as they are; a change of AZ, like one of group, is refused while
    // tenants are bound (they would be bound where they never were).
    // `pods`: every pod; `boundTenants`: the active bindings of the edited one.
    static Result<PodSettingsPreview> previewEdit(const std::vector<sched::Pod> &pods, int boundTenants,
                                                  const sched::Pod &edited);
    // The same preview the other way round (an undo).
    static PodSettingsPreview reversed(const PodSettingsPreview &preview);
    // apply() without waiting: the console waits with its own progress.
    static QFuture<Result<sched::Pod>> start(Backend &backend, const PodSettingsPreview &preview);

    // Parses "vcpus=N,ram_mb=N,disk_gb=N" (any of them) into settings.capacity.
    static Status parseCapacity(const QString &text, PodSettings &settings);
    // Parses "KEY=VALUE" into a tag.
    static Result<sched::Tag> parseTag(const QString &text);

private:
    static Result<PodSettingsPreview> previewOf(const sched::Pod &pod, int boundTenants, const PodSettings &settings);
    static QStringList describe(const sched::Pod &before, const sched::Pod &after);
};

} // namespace model
