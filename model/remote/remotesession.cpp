// SPDX-License-Identifier: Apache-2.0
#include "remotesession.h"

#include "cloudstore.h"
#include "httpclient.h"
#include "keystoneclient.h"
#include "podaudittext.h"
#include "podoverlaystore.h"
#include "remoteguards.h"
#include "requestlog.h"
#include "secretscrubber.h"
#include "snapshotstore.h"
#include "tenantid.h"
#include "timeformat.h"
#include "trio2oapiclient.h"
#include "usagecollector.h"

#include <QDir>
#include <QLocale>
#include <QScopeGuard>
#include <QStandardPaths>

namespace model::remote {

namespace {
QString q(const std::string &s) { return QString::fromStdString(s); }
} // namespace

RemoteSession::RemoteSession(ConnectionSettings settings)
    : m_settings(std::move(settings)), m_http(std::make_unique<HttpClient>(m_settings)),
      m_keystone(std::make_unique<KeystoneClient>(m_settings, *m_http)),
      m_api(std::make_unique<Trio2oApiClient>(m_settings, *m_http, *m_keystone)),
      m_store(std::make_unique<CloudStore>(m_settings, localFile(m_settings)))
{
    SecretScrubber::add(m_settings.secrets());
}

RemoteSession::~RemoteSession() = default;

QString RemoteSession::localFile(const ConnectionSettings &settings)
{
    const QString dir = settings.stateDirectory.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/remote")
                            : settings.stateDirectory;
    return QDir(dir).filePath(QStringLiteral("cloud-%1.sqlite").arg(settings.cloudKey()));
}

QStringList RemoteSession::takeNotices() { return m_store->takeNotices(); }

// The store is opened once the API's endpoint is known: it is half of the cloud's key.
Status RemoteSession::overlayReady()
{
    if (m_store->isOpen())
        return {};
    const auto endpoint = m_api->endpoint();
    if (!endpoint)
        return Error{endpoint.error()};
    return m_store->open(endpoint.value());
}

// While the cloud cannot be reached: the store under the key kept online.
Status RemoteSession::offlineStoreReady()
{
    if (m_store->isOpen())
        return {};
    return m_store->openRemembered();
}

void RemoteSession::audit(AuditRecord record)
{
    if (m_context) {
        record.reason = QString::fromStdString(m_context->reason);
        record.operation = QString::fromStdString(m_context->operation);
    }
    if (record.podName.isEmpty())
        record.podName = podName(record.podId.toStdString());
    if (Status s = overlayReady(); !s)
        m_store->tell(tr("The change was made, but it could not be written to the audit log: %1").arg(s.error()));
    else
        m_store->record(std::move(record));
}

QString RemoteSession::podName(const std::string &podId) const
{
    const auto it = m_podNames.find(podId);
    return it == m_podNames.end() ? QString() : q(it->second);
}

Result<std::vector<AuditRecord>> RemoteSession::auditLog(AuditFilter filter)
{
    if (Status s = overlayReady(); !s)
        return Error{s.error()};
    return m_store->auditLog(std::move(filter));
}

Status RemoteSession::writable() const
{
    if (!m_offline)
        return {};
    return Error{tr("Cannot reach the cloud, so nothing was changed: %1 What is shown is a snapshot of %2; refresh once "
                    "the cloud is back before changing anything.")
                     .arg(m_offlineReason, QLocale().toString(m_snapshotTime.toLocalTime(), QLocale::ShortFormat))};
}

QString RemoteSession::beforeChange(const QString &error) const
{
    if (!m_http->lastTransportFailed())
        return error;
    return tr("Cannot reach the cloud, so nothing was changed: %1").arg(error);
}

void RemoteSession::wentOnline()
{
    m_offline = false;
    m_snapshotTime = {};
    m_offlineReason.clear();
}

Result<sched::CloudState> RemoteSession::fallBack(const QString &error, bool needBindings)
{
    if (!m_http->lastTransportFailed() || !offlineStoreReady())
        return Error{error};
    auto snapshot = m_store->snapshots().load();
    if (!snapshot || !snapshot.value() || (needBindings && !snapshot.value()->hasBindings))
        return Error{error};
    m_offline = true;
    m_offlineReason = error;
    m_snapshotTime = needBindings ? snapshot.value()->oldest() : snapshot.value()->takenAt;
    qCDebug(lcApi).noquote() << "unreachable, serving the snapshot of" << m_snapshotTime.toString(Qt::ISODate);
    sched::CloudState state = std::move(snapshot.value()->state);
    // A whole state carries the usage history the outlook reads, as online;
    // a history that cannot be read is told, and the read goes on.
    if (needBindings) {
        if (Status s = m_store->overlay().loadHistory(state); !s)
            m_usageProblems.append(s.error());
    }
    return state;
}

Result<std::vector<sched::Pod>> RemoteSession::livePods()
{
    auto pods = m_api->listPods();
    if (!pods)
        return pods;
    if (Status s = overlayReady(); !s)
        return Error{s.error()};
    if (Status s = m_store->overlay().applyTo(pods.value()); !s)
        return Error{s.error()};
    for (const sched::Pod &p : pods.value())
        m_podNames[p.id] = p.name;
    // GET /pods is in creation order but carries no time: keep that order.
    const std::int64_t now = nowMicroseconds();
    const auto n = std::int64_t(pods->size());
    for (std::int64_t i = 0; i < n; ++i)
        if (pods.value()[std::size_t(i)].createdAtUs == 0)
            pods.value()[std::size_t(i)].createdAtUs = now - (n - i);
    return pods;
}

Result<sched::CloudState> RemoteSession::liveState(QByteArray *bindingsAnswer)
{
    auto pods = livePods();
    if (!pods)
        return Error{pods.error()};
    ++m_fullListings;
    auto bindings = m_api->listBindings(bindingsAnswer);
    if (!bindings)
        return Error{bindings.error()};
    return sched::CloudState{std::move(pods).value(), std::move(bindings).value()};
}

void RemoteSession::collectUsage(std::vector<sched::Pod> &pods)
{
    m_unreachable.clear();
    m_usageProblems.clear();
    if (!m_settings.collectUsage || m_keystone->catalog().isEmpty())
        return;
    UsageCollector collector(*m_http, m_keystone->catalog(), m_settings.interface, m_keystone->token(),
                             m_settings.usageParallelism);
    for (const UsageCollector::Problem &p : collector.collect(pods)) {
        m_unreachable.push_back(p.podId);
        m_usageProblems.append(p.message);
    }
}

// Each collection is a sample of the usage history; the outlook reads them
// back. A history that cannot be written does not fail the read: it is told.
void RemoteSession::recordHistory(sched::CloudState &state)
{
    if (Status s = overlayReady(); !s) {
        m_usageProblems.append(s.error());
        return;
    }
    if (m_settings.collectUsage) {
        if (Status s = m_store->overlay().recordUsage(state.pods, nowMicroseconds()); !s)
            m_usageProblems.append(s.error());
    }
    if (Status s = m_store->overlay().loadHistory(state); !s)
        m_usageProblems.append(s.error());
}

Result<sched::CloudState> RemoteSession::fetchState()
{
    QByteArray bindingsAnswer;
    auto state = liveState(&bindingsAnswer);
    if (!state)
        return fallBack(state.error(), true);
    wentOnline();
    collectUsage(state->pods);
    recordHistory(state.value());
    m_unsaved = {state->pods, std::move(bindingsAnswer), QDateTime::currentDateTimeUtc()};
    return state;
}

void RemoteSession::saveSnapshot()
{
    // A snapshot that cannot be written is not a reason to fail the read.
    const bool ready = m_store->isOpen();
    if (ready && m_unsaved.pods && !m_unsaved.bindingsAnswer.isEmpty())
        (void)m_store->snapshots().save(*m_unsaved.pods, m_unsaved.bindingsAnswer, m_unsaved.takenAt);
    else if (ready && m_unsaved.pods)
        (void)m_store->snapshots().savePods(*m_unsaved.pods, m_unsaved.takenAt);
    else if (ready && !m_unsaved.bindingsAnswer.isEmpty())
        (void)m_store->snapshots().saveBindings(m_unsaved.bindingsAnswer, m_unsaved.takenAt);
    m_unsaved = {};
}

Result<std::vector<sched::Pod>> RemoteSession::listPods()
{
    auto pods = livePods();
    if (pods) {
        wentOnline();
        m_unsaved = {pods.value(), {}, QDateTime::currentDateTimeUtc()};
        return pods;
    }
    auto state = fallBack(pods.error(), false);
    return state ? Result<std::vector<sched::Pod>>(std::move(state->pods)) : Error{state.error()};
}

Result<std::vector<sched::Binding>> RemoteSession::listBindings()
{
    QByteArray answer;
    ++m_fullListings;
    auto bindings = m_api->listBindings(&answer);
    if (bindings) {
        wentOnline();
        if (overlayReady())
            m_unsaved = {std::nullopt, std::move(answer), QDateTime::currentDateTimeUtc()};
        return bindings;
    }
    auto state = fallBack(bindings.error(), true);
    return state ? Result<std::vector<sched::Binding>>(std::move(state->bindings)) : Error{state.error()};
}

Result<sched::Pod> RemoteSession::getPod(const std::string &podId)
{
    auto pod = m_api->getPod(podId);
    if (!pod) {
        auto state = fallBack(pod.error(), false);
        if (state)
            if (const sched::Pod *p = state->findPod(podId))
                return *p;
        return Error{pod.error()};
    }
    std::vector<sched::Pod> one{std::move(pod).value()};
    if (Status s = overlayReady(); s)
        (void)m_store->overlay().applyTo(one);
    return one.front();
}

Result<sched::Binding> RemoteSession::getBinding(const std::string &bindingId)
{
    auto binding = m_api->getBinding(bindingId);
    if (!binding) {
        auto state = fallBack(binding.error(), true);
        if (state)
            for (const sched::Binding &b : state->bindings)
                if (b.id == bindingId)
                    return b;
    }
    return binding;
}

Result<sched::Pod> RemoteSession::createPod(const sched::Pod &pod)
{
    if (Status s = writable(); !s)
        return Error{s.error()};
    auto pods = livePods();
    if (!pods)
        return Error{beforeChange(pods.error())};
    if (Status s = RemoteGuards::checkNewPod(pods.value(), pod); !s)
        return Error{s.error()};
    auto created = m_api->createPod(pod);
    if (!created)
        return created;
    sched::Pod merged = created.value();
    merged.tags = pod.tags;
    merged.state = pod.state;
    merged.threshold = pod.threshold;
    merged.cost = pod.cost;
    merged.capacity = pod.capacity;
    merged.vcpuRatio = pod.vcpuRatio;
    merged.ramRatio = pod.ramRatio;
    AuditRecord audit;
    audit.kind = QString::fromLatin1(auditkind::kPodCreated);
    audit.podId = q(merged.id);
    audit.podName = q(merged.name);
    audit.after = PodAuditText::describe(merged);
    m_podNames[merged.id] = merged.name;
    if (Status s = m_store->overlay().save(merged, audit); !s)
        return Error{tr("Pod %1 was created, but its settings were not saved in the store: %2").arg(q(pod.name), s.error())};
    return merged;
}

Result<sched::Pod> RemoteSession::updatePod(const sched::Pod &pod)
{
    if (Status s = writable(); !s)
        return Error{s.error()};
    auto current = getPod(pod.id);
    if (Status s = writable(); !s) // getPod() fell back to the snapshot
        return Error{s.error()};
    if (!current)
        return Error{beforeChange(current.error())};
    const sched::Pod &c = current.value();
    if (c.name != pod.name || c.azName != pod.azName || c.podAzName != pod.podAzName || c.dcName != pod.dcName)
        return Error{tr("Trio2o cannot change the name, AZ or data centre of pod %1 (its API has no update call); "
                        "only tags, state, threshold, cost and capacity can be edited.").arg(q(c.name))};
    if (Status s = overlayReady(); !s)
        return Error{s.error()};
    sched::Pod merged = pod;
    merged.used = c.used;
    merged.runningVms = c.runningVms;
    AuditRecord audit;
    audit.kind = QString::fromLatin1(auditkind::kPodEdited);
    audit.podId = q(c.id);
    audit.podName = q(c.name);
    // Collected usage brings its capacity with it: the operator's change is the rest.
    const bool collected = std::any_of(pod.used.begin(), pod.used.end(), [](const auto &u) { return bool(u); });
    std::tie(audit.before, audit.after) = PodAuditText::difference(
        c, merged, collected ? PodAuditText::Scope::WithoutCapacityAndUsage : PodAuditText::Scope::WithoutUsage);
    if (m_context)
        audit.operation = QString::fromStdString(m_context->operation);
    if (Status s = m_store->overlay().save(merged, audit); !s)
        return Error{s.error()};
    return merged;
}

Status RemoteSession::deletePod(const std::string &podId)
{
    if (Status s = writable(); !s)
        return s;
    auto state = liveState();
    if (!state)
        return Error{beforeChange(state.error())};
    if (Status s = RemoteGuards::checkPodDeletable(state.value(), podId); !s)
        return s;
    if (Status s = m_api->deletePod(podId); !s)
        return s;
    AuditRecord audit;
    audit.kind = QString::fromLatin1(auditkind::kPodDeleted);
    audit.podId = q(podId);
    if (const sched::Pod *gone = state->findPod(podId)) {
        audit.podName = q(gone->name);
        audit.before = PodAuditText::describe(*gone);
    }
    if (Status s = m_store->overlay().remove(podId, audit); !s)
        m_store->tell(tr("Pod %1 was deleted, but its settings could not be removed from the store: %2")
                          .arg(audit.podName, s.error()));
    return {};
}

Result<sched::Binding> RemoteSession::createBinding(const std::string &untrimmedTenantId, const std::string &podId)
{
    const std::string tenantId = trimmedTenantId(untrimmedTenantId); // as the server will store it
    if (Status s = writable(); !s)
        return Error{s.error()};
    std::optional<sched::CloudState> fresh;
    auto state = checkedState(tenantId, fresh);
    if (!state)
        return Error{state.error()};
    if (Status s = RemoteGuards::checkNewBinding(*state.value(), tenantId, podId); !s)
        return Error{s.error()};
    auto created = m_api->createBinding(tenantId, podId);
    if (created) {
        AuditRecord audit;
        audit.kind = QString::fromLatin1(auditkind::kBindingCreated);
        audit.tenantId = q(created->tenantId);
        audit.podId = q(podId);
        audit.after = podName(podId);
        this->audit(audit);
        batchCreated(created.value());
    }
    return created;
}

Status RemoteSession::deleteBinding(const std::string &bindingId)
{
    if (Status s = writable(); !s)
        return s;
    // Read first for the audit log: whose binding, to which pod.
    const auto binding = m_api->getBinding(bindingId);
    Status deleted = m_api->deleteBinding(bindingId);
    if (!deleted && m_http->lastTransportFailed() && !m_http->lastOutcomeUnknown())
        return Error{beforeChange(deleted.error())};
    if (deleted) {
        AuditRecord audit;
        audit.kind = QString::fromLatin1(auditkind::kBindingEnded);
        if (binding) {
            audit.tenantId = q(binding->tenantId);
            audit.podId = q(binding->podId);
            audit.before = podName(binding->podId);
        }
        this->audit(audit);
        batchDeleted(bindingId);
    }
    return deleted;
}

Result<RebindOutcome> RemoteSession::rebind(const std::string &untrimmedTenantId, const std::string &oldBindingId,
                                            const std::string &newPodId)
{
    const std::string tenantId = trimmedTenantId(untrimmedTenantId); // as the server will store it
    if (Status s = writable(); !s)
        return Error{s.error()};
    std::optional<sched::CloudState> fresh;
    auto checked = checkedState(tenantId, fresh);
    if (!checked)
        return Error{checked.error()};
    const sched::CloudState &state = *checked.value();
    const auto old = std::find_if(state.bindings.begin(), state.bindings.end(),
                                  [&](const sched::Binding &b) { return b.id == oldBindingId; });
    if (old == state.bindings.end() || old->tenantId != tenantId)
        return Error{tr("Tenant %1 has no binding %2.").arg(q(tenantId), q(oldBindingId))};
    if (old->podId == newPodId)
        return Error{tr("Binding %1 already points at pod %2.").arg(q(oldBindingId), q(newPodId))};
    if (Status s = RemoteGuards::checkNewBinding(state, tenantId, newPodId, oldBindingId); !s)
        return Error{s.error()};
    if (Status s = stillBound(tenantId, oldBindingId); !s)
        return Error{s.error()};
    // Copied: recording the batch's own changes below may move `old`.
    const std::string oldPodId = old->podId;
    // POST first, DELETE second: a failure in between never leaves the tenant unbound.
    auto created = m_api->createBinding(tenantId, newPodId);
    if (!created)
        return Error{created.error()};
    batchCreated(created.value());
    RebindOutcome outcome{created.value(), true, {}};
    const Status s = m_api->deleteBinding(oldBindingId);
    const bool remains = !s && oldBindingRemains(oldBindingId);
    if (!remains)
        batchDeleted(oldBindingId);
    if (remains) {
        outcome.oldEnded = false;
        outcome.oldEndError = tr("Tenant %1 is now bound twice: the new binding %2 was created, but the old binding %3 "
                                 "could not be deleted. Retry deleting binding %3. %4")
                                  .arg(q(tenantId), q(created->id), q(oldBindingId), s.error());
    }
    AuditRecord audit;
    audit.kind = QString::fromLatin1(outcome.oldEnded ? auditkind::kBindingMoved : auditkind::kBindingCreated);
    audit.tenantId = q(tenantId);
    audit.podId = q(newPodId);
    audit.before = outcome.oldEnded ? podName(oldPodId) : QString();
    audit.after = podName(newPodId);
    this->audit(audit);
    return outcome;
}

bool RemoteSession::oldBindingRemains(const std::string &bindingId)
{
    // The DELETE may have been done with only its answer lost: never send it
    // again blindly, read. Unreadable counts as still there.
    const auto exists = m_api->bindingExists(bindingId);
    return !exists || exists.value();
}

Result<const sched::CloudState *> RemoteSession::checkedState(const std::string &tenantId,
                                                             std::optional<sched::CloudState> &fresh)
{
    if (m_batch)
        return &m_batch->forTenant(tenantId);
    auto state = liveState();
    if (!state)
        return Error{beforeChange(state.error())};
    fresh = std::move(state).value();
    return &*fresh;
}

Status RemoteSession::stillBound(const std::string &tenantId, const std::string &bindingId)
{
    if (!m_batch)
        return {}; // checked against a listing made just now
    // One targeted read: another client may have moved the tenant since the batch's check.
    auto current = m_api->findBinding(bindingId);
    if (!current)
        return Error{beforeChange(current.error())};
    if (!current.value() || current.value()->tenantId != tenantId || !current.value()->active)
        return Error{tr("Binding %1 of tenant %2 changed since the check before this batch (another client?); "
                        "nothing was changed for this tenant: run the operation again.")
                         .arg(q(bindingId), q(tenantId))};
    return {};
}

void RemoteSession::batchCreated(const sched::Binding &binding)
{
    if (m_batch)
        m_batch->added(binding);
}

void RemoteSession::batchDeleted(const std::string &bindingId)
{
    if (m_batch)
        m_batch->removed(bindingId);
}

Status RemoteSession::beginBatch()
{
    if (Status s = writable(); !s)
        return s;
    auto state = liveState();
    if (!state)
        return Error{beforeChange(state.error())};
    m_batch.emplace(std::move(state).value());
    return {};
}

void RemoteSession::endBatch() { m_batch.reset(); }

Result<std::vector<sched::Binding>> RemoteSession::applyChanges(const std::vector<BindingChange> &changes)
{
    // Several changes at once are a batch of their own: one listing, not one per change.
    const bool ownBatch = !m_batch && changes.size() > 1;
    if (ownBatch)
        if (Status s = beginBatch(); !s)
            return Error{s.error()};
    auto applied = applyEach(changes);
    if (ownBatch)
        endBatch();
    return applied;
}

Result<std::vector<sched::Binding>> RemoteSession::applyEach(const std::vector<BindingChange> &changes)
{
    std::vector<sched::Binding> created;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const BindingChange &c = changes[i];
        m_context = &c; // the audit rows carry its reason and operation
        const auto clear = qScopeGuard([this] { m_context = nullptr; });
        QString error;
        if (!c.endBindingId.empty() && !c.newPodId.empty()) {
            auto r = rebind(c.tenantId, c.endBindingId, c.newPodId);
            if (r && r->oldEnded)
                created.push_back(r->created);
            error = !r ? r.error() : r->oldEndError;
        } else if (!c.newPodId.empty()) {
            auto r = createBinding(c.tenantId, c.newPodId);
            if (r)
                created.push_back(r.value());
            error = r ? QString() : r.error();
        } else if (Status s = deleteBinding(c.endBindingId); !s) {
            error = s.error();
        }
        if (!error.isEmpty())
            return Error{tr("Stopped after %1 of %2 changes: %3").arg(i).arg(changes.size()).arg(error)};
    }
    return created;
}

} // namespace model::remote
