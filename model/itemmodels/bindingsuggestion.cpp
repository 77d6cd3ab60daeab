// SPDX-License-Identifier: Apache-2.0
#include "bindingsuggestion.h"

#include "engine.h"

namespace model {

namespace {

bool bindable(const CloudSnapshot &snapshot, int pod)
{
    return pod >= 0 && pod != snapshot.topPod() && snapshot.pods()[std::size_t(pod)].state == sched::PodState::Enabled;
}

// The first enabled bottom pod, preferring `az` (-1: any).
int firstEnabled(const CloudSnapshot &snapshot, int az)
{
    int any = -1;
    for (int p = 0; p < snapshot.podCount(); ++p) {
        if (!bindable(snapshot, p))
            continue;
        if (az < 0 || snapshot.azIndexOfPod(p) == az)
            return p;
        if (any < 0)
            any = p;
    }
    return any;
}

} // namespace

int BindingSuggestion::podFor(const CloudSnapshot &snapshot, const sched::SchedulerConfig &config, int nearPod)
{
    const bool near = nearPod >= 0 && nearPod < snapshot.podCount() && nearPod != snapshot.topPod();
    sched::CloudState pods;
    pods.pods = snapshot.pods();
    sched::Engine engine(pods, config);
    const sched::Pod *around = near ? &snapshot.pods()[std::size_t(nearPod)] : nullptr;
    // A tenant id no real tenant has: the decision of a tenant seen for the first time.
    const auto request = engine.resolve("\x01new-binding", around ? around->azName : std::string(),
                                        around ? sched::groupKey(around->tags) : std::string());
    if (request.ok()) {
        const sched::Decision decision = engine.preview(request.request);
        const int chosen = decision.outcome == sched::Outcome::Fail
                               ? -1
                               : snapshot.podIndex(QString::fromUtf8(decision.podId.data(), qsizetype(decision.podId.size())));
        if (bindable(snapshot, chosen))
            return chosen;
    }
    return firstEnabled(snapshot, near ? snapshot.azIndexOfPod(nearPod) : -1);
}

} // namespace model
