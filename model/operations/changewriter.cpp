// SPDX-License-Identifier: Apache-2.0
#include "changewriter.h"

#include "futurewait.h"

#include <algorithm>
#include <map>

namespace model {

namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

double fullestResource(const sched::Pod &pod)
{
    double fullest = -1;
    for (sched::Resource r : sched::kAllResources) {
        const std::size_t i = std::size_t(r);
        if (pod.used[i] && pod.capacity[i] > 0)
            fullest = std::max(fullest, double(*pod.used[i]) / double(pod.capacity[i]));
    }
    return fullest;
}

void markPlanned(ChangeList &list, TenantChange::Status status, const QString &error = {})
{
    for (TenantChange &c : list.changes)
        if (c.status == TenantChange::Status::Planned) {
            c.status = status;
            c.error = error;
        }
}

// What the backend is asked to write, with the audit log's reason and operation.
BindingChange auditedChange(const ChangeList &list, const TenantChange &c)
{
    BindingChange change = c.change;
    if (change.reason.empty())
        change.reason = c.reason.toStdString();
    if (change.operation.empty())
        change.operation = list.operation;
    return change;
}

} // namespace

Status ChangeWriter::write(Backend &backend, ChangeList &list, const sched::Pod *pod, const Progress &progress)
{
    if (backend.isReadOnly())
        return Error{tr("the backend shows a saved snapshot only: nothing can be written")};
    if (backend.isTransactional())
        return writeAtOnce(backend, list, pod);
    return writeOneByOne(backend, list, pod, progress);
}

Status ChangeWriter::writeAtOnce(Backend &backend, ChangeList &list, const sched::Pod *pod)
{
    std::vector<BindingChange> changes;
    for (const TenantChange &c : list.changes)
        if (c.status == TenantChange::Status::Planned)
            changes.push_back(auditedChange(list, c));
    if (changes.empty() && !pod)
        return {};
    const auto written = waitForResult(pod ? backend.applyPodAndChanges(*pod, changes) : backend.applyChanges(changes));
    if (!written) {
        markPlanned(list, TenantChange::Status::NotApplied);
        return Error{tr("nothing was written: %1").arg(written.error())};
    }
    std::size_t made = 0;
    for (TenantChange &c : list.changes) {
        if (c.status != TenantChange::Status::Planned)
            continue;
        if (!c.change.newPodId.empty() && made < written->size())
            c.createdBindingId = written.value()[made++].id;
        c.status = TenantChange::Status::Applied;
    }
    return {};
}

Status ChangeWriter::writeOneByOne(Backend &backend, ChangeList &list, const sched::Pod *pod, const Progress &progress)
{
    if (pod) {
        const auto updated = waitForResult(backend.updatePod(*pod));
        if (!updated) {
            markPlanned(list, TenantChange::Status::NotApplied);
            return Error{tr("pod %1 could not be changed, no tenant was moved: %2").arg(str(pod->name), updated.error())};
        }
    }
    const int total = list.count(TenantChange::Status::Planned);
    if (total == 0) {
        if (progress)
            progress(0, 0);
        return {};
    }
    // One check of the whole state before the batch, then targeted writes.
    if (const Status checked = waitForResult(backend.beginBatch()); !checked) {
        markPlanned(list, TenantChange::Status::NotApplied);
        return Error{tr("no tenant was moved: %1").arg(checked.error())};
    }
    const Status written = writeEach(backend, list, total, progress);
    (void)waitForResult(backend.endBatch()); // forgets the checked state; cannot fail
    return written;
}

Status ChangeWriter::writeEach(Backend &backend, ChangeList &list, int total, const Progress &progress)
{
    int done = 0;
    // The backend makes its own ids: a later change that ends a binding an
    // earlier one created names it by the id the backend gave.
    std::map<std::string, std::string> madeIds;
    for (TenantChange &c : list.changes) {
        if (c.status != TenantChange::Status::Planned)
            continue;
        if (progress && done > 0 && !progress(done, total))
            break; // between changes: at least one is always written
        BindingChange change = auditedChange(list, c);
        if (const auto made = madeIds.find(change.endBindingId); made != madeIds.end())
            change.endBindingId = made->second;
        const auto written = waitForResult(backend.applyChanges({change}));
        if (!written) {
            c.status = TenantChange::Status::Failed;
            c.error = written.error();
            markPlanned(list, TenantChange::Status::NotApplied);
            return Error{tr("stopped after %1 of %2 changes (tenant %3: %4); run the same operation again to finish it")
                             .arg(done).arg(total).arg(str(c.tenantId), written.error())};
        }
        if (!written->empty()) {
            c.createdBindingId = written->front().id;
            if (!change.newBindingId.empty())
                madeIds[change.newBindingId] = c.createdBindingId;
        }
        c.status = TenantChange::Status::Applied;
        ++done;
    }
    if (done < total) {
        markPlanned(list, TenantChange::Status::NotApplied);
        return Error{tr("stopped after %1 of %2 changes; run the same operation again to finish it").arg(done).arg(total)};
    }
    if (progress)
        progress(done, total);
    return {};
}

void ChangeWriter::countTargets(ChangeList &list, const sched::CloudState &state)
{
    std::map<std::string, int> received;
    std::vector<std::string> order;
    for (const TenantChange &c : list.changes) {
        if (c.toPodId.empty() || c.status == TenantChange::Status::Stuck || c.status == TenantChange::Status::AlreadyDone)
            continue;
        if (received[c.toPodId]++ == 0)
            order.push_back(c.toPodId);
    }
    list.targets.clear();
    for (const std::string &id : order) {
        TargetLoad load;
        load.podId = id;
        load.received = received[id];
        if (const sched::Pod *p = state.findPod(id)) {
            load.podName = str(p->name);
            load.usage = fullestResource(*p);
            load.threshold = p->threshold;
        }
        list.targets.push_back(load);
    }
}

} // namespace model
