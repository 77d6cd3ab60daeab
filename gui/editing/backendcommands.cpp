// SPDX-License-Identifier: Apache-2.0
#include "backendcommands.h"

#include "backend.h"
#include "commandhost.h"
#include "rebindoperation.h"

namespace gui {

namespace {
QString str(const std::string &s) { return QString::fromStdString(s); }
} // namespace

BackendCommand::BackendCommand(CommandHost &host, const QString &text) : m_host(host) { setText(text); }

void BackendCommand::redo()
{
    m_cancelled = m_failureReported = false;
    finish(apply(), false);
    m_done = m_done || !isObsolete();
}

void BackendCommand::undo()
{
    m_cancelled = m_failureReported = false;
    finish(revert(), true);
}

void BackendCommand::finish(const model::Status &status, bool undoing)
{
    if (status) {
        m_lastError.clear();
        return;
    }
    m_lastError = status.error();
    setObsolete(true); // QUndoStack drops it: the stack shows only what happened
    if (m_failureReported)
        return;
    if (m_cancelled) {
        m_host.commandCancelled(undoing ? tr("undo %1").arg(text()) : text());
        return;
    }
    // Only a change that never happened can simply be tried again.
    m_host.commandFailed(undoing ? tr("undo %1").arg(text()) : text(), m_lastError,
                         undoing || m_done ? std::function<QUndoCommand *()>() : retryFactory());
}

// --- pods -----------------------------------------------------------------

CreatePodCommand::CreatePodCommand(CommandHost &host, sched::Pod pod)
    : BackendCommand(host, tr("create pod %1").arg(str(pod.name))), m_pod(std::move(pod))
{
}

model::Status CreatePodCommand::apply()
{
    const auto r = wait(host().backend().createPod(m_pod));
    return r ? model::Status{} : model::Status{model::Error{r.error()}};
}

model::Status CreatePodCommand::revert() { return wait(host().backend().deletePod(m_pod.id)); }

EditPodCommand::EditPodCommand(CommandHost &host, model::PodSettingsPreview preview)
    : BackendCommand(host, tr("edit pod %1").arg(str(preview.after.name))), m_preview(std::move(preview))
{
}

model::Status EditPodCommand::apply()
{
    const auto r = wait(model::PodSettingsOperation::start(host().backend(), m_preview));
    return r ? model::Status{} : model::Status{model::Error{r.error()}};
}

model::Status EditPodCommand::revert()
{
    const auto r = wait(model::PodSettingsOperation::start(host().backend(), model::PodSettingsOperation::reversed(m_preview)));
    return r ? model::Status{} : model::Status{model::Error{r.error()}};
}

DeletePodCommand::DeletePodCommand(CommandHost &host, sched::Pod pod)
    : BackendCommand(host, tr("delete pod %1").arg(str(pod.name))), m_pod(std::move(pod))
{
}

model::Status DeletePodCommand::apply() { return wait(host().backend().deletePod(m_pod.id)); }

model::Status DeletePodCommand::revert()
{
    const auto r = wait(host().backend().createPod(m_pod));
    return r ? model::Status{} : model::Status{model::Error{r.error()}};
}

// --- bindings -------------------------------------------------------------

BindCommand::BindCommand(CommandHost &host, std::string tenantId, std::string podId, QString podName)
    : BackendCommand(host, tr("bind %1 to %2").arg(str(tenantId), podName)), m_tenantId(std::move(tenantId)),
      m_podId(std::move(podId)), m_podName(std::move(podName))
{
}

model::Status BindCommand::apply()
{
    const auto r = wait(host().backend().createBinding(m_tenantId, m_podId));
    if (!r)
        return model::Error{r.error()};
    m_bindingId = r->id;
    return {};
}

model::Status BindCommand::revert() { return wait(host().backend().deleteBinding(m_bindingId)); }

UnbindCommand::UnbindCommand(CommandHost &host, sched::Binding binding, QString podName)
    : BackendCommand(host, tr("unbind %1 from %2").arg(str(binding.tenantId), podName)),
      m_tenantId(std::move(binding.tenantId)), m_podId(std::move(binding.podId)), m_bindingId(std::move(binding.id)),
      m_podName(std::move(podName))
{
}

model::Status UnbindCommand::apply() { return wait(host().backend().deleteBinding(m_bindingId)); }

model::Status UnbindCommand::revert()
{
    const auto r = wait(host().backend().createBinding(m_tenantId, m_podId));
    if (!r)
        return model::Error{r.error()};
    m_bindingId = r->id; // the next redo ends this one
    return {};
}

RebindCommand::RebindCommand(CommandHost &host, std::string tenantId, std::string bindingId, std::string fromPodId,
                             std::string toPodId, const QString &text)
    : BackendCommand(host, text), m_tenantId(std::move(tenantId)), m_bindingId(std::move(bindingId)),
      m_fromPodId(std::move(fromPodId)), m_toPodId(std::move(toPodId)), m_text(text)
{
}

model::Status RebindCommand::move(const std::string &toPod)
{
    // Written as trio2o-sched rebind writes it (RebindOperation); the move was
    // checked by RebindOperation::preview, and its undo stays in the same AZ and group.
    const auto r = wait(model::RebindOperation::start(host().backend(), {m_tenantId, m_bindingId, toPod, {}, 0}));
    if (!r)
        return model::Error{r.error()};
    const std::string oldId = m_bindingId;
    m_bindingId = r->created.id;
    if (!r->oldEnded) {
        // Remote: the new binding exists but the old one could not be deleted.
        CommandHost *h = &host();
        const std::string tenant = m_tenantId;
        h->partialOutcome(tr("Tenant %1 is bound twice: the new binding was created but the old binding %2 could "
                             "not be ended: %3")
                              .arg(str(tenant), str(oldId), r->oldEndError),
                          tr("&End old binding"), [h, oldId, tenant] {
                              const QString what = tr("end binding %1 of %2").arg(str(oldId), str(tenant));
                              const auto s = waitFor(h->backend().deleteBinding(oldId), what);
                              if (!s)
                                  h->commandFailed(what, s.error());
                          });
    }
    return {};
}

// --- retry factories: the same change as a fresh command --------------------

std::function<QUndoCommand *()> CreatePodCommand::retryFactory() const
{
    return [h = &host(), pod = m_pod] { return new CreatePodCommand(*h, pod); };
}

std::function<QUndoCommand *()> EditPodCommand::retryFactory() const
{
    return [h = &host(), p = m_preview] { return new EditPodCommand(*h, p); };
}

std::function<QUndoCommand *()> DeletePodCommand::retryFactory() const
{
    return [h = &host(), pod = m_pod] { return new DeletePodCommand(*h, pod); };
}

std::function<QUndoCommand *()> BindCommand::retryFactory() const
{
    return [h = &host(), t = m_tenantId, p = m_podId, n = m_podName] { return new BindCommand(*h, t, p, n); };
}

std::function<QUndoCommand *()> UnbindCommand::retryFactory() const
{
    sched::Binding b;
    b.id = m_bindingId;
    b.tenantId = m_tenantId;
    b.podId = m_podId;
    return [h = &host(), b, n = m_podName] { return new UnbindCommand(*h, b, n); };
}

std::function<QUndoCommand *()> RebindCommand::retryFactory() const
{
    return [h = &host(), t = m_tenantId, b = m_bindingId, f = m_fromPodId, to = m_toPodId, x = m_text] {
        return new RebindCommand(*h, t, b, f, to, x);
    };
}

} // namespace gui
