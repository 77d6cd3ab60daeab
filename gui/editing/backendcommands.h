// SPDX-License-Identifier: Apache-2.0
#pragma once

// One QUndoCommand per change, as in Tiled: each holds ids and before/after
// values (never pointers or row numbers) and writes through the Backend.
// redo()/undo() wait for the backend without freezing the GUI (a progress
// dialog with Cancel shows when it takes a while); when the write fails or
// the wait is cancelled the command reports it and marks itself obsolete, so
// QUndoStack drops it: the stack never claims a change that is not known to
// have happened.

#include "backendwait.h"
#include "bindingchange.h"
#include "cloud.h"
#include "podsettingsoperation.h"
#include "result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace gui {

class CommandHost;

class BackendCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackendCommand)

public:
    void redo() final;
    void undo() final;
    QString lastError() const { return m_lastError; }

protected:
    BackendCommand(CommandHost &host, const QString &text);
    virtual model::Status apply() = 0;  // do (again)
    virtual model::Status revert() = 0; // take back
    // A fresh command for the same change, for "Retry" after a failed first
    // redo; none by default.
    virtual std::function<QUndoCommand *()> retryFactory() const { return {}; }
    CommandHost &host() const { return m_host; }
    // A failing apply()/revert() has reported its outcome in detail already.
    void setFailureReported() { m_failureReported = true; }
    // Waits for one backend call, showing this command's text while it takes long.
    template <typename T>
    T wait(QFuture<T> future)
    {
        bool cancelled = false;
        T result = waitFor(std::move(future), text(), &cancelled);
        m_cancelled = m_cancelled || cancelled;
        return result;
    }

private:
    void finish(const model::Status &status, bool undoing);

    CommandHost &m_host;
    bool m_failureReported = false; // the command told the host itself (a per-tenant breakdown)
    QString m_lastError;
    bool m_cancelled = false; // the user stopped waiting for the last write
    bool m_done = false; // redone once at least
};

class CreatePodCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreatePodCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    CreatePodCommand(CommandHost &host, sched::Pod pod);

private:
    std::function<QUndoCommand *()> retryFactory() const override;
    model::Status apply() override;
    model::Status revert() override;
    sched::Pod m_pod;
};

class EditPodCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPodCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    // Written as trio2o-sched pods set writes it: through PodSettingsOperation.
    explicit EditPodCommand(CommandHost &host, model::PodSettingsPreview preview);

private:
    std::function<QUndoCommand *()> retryFactory() const override;
    model::Status apply() override;
    model::Status revert() override;
    model::PodSettingsPreview m_preview;
};

class DeletePodCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeletePodCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    DeletePodCommand(CommandHost &host, sched::Pod pod);

private:
    std::function<QUndoCommand *()> retryFactory() const override;
    model::Status apply() override;
    model::Status revert() override;
    sched::Pod m_pod;
};

class BindCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(BindCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    BindCommand(CommandHost &host, std::string tenantId, std::string podId, QString podName);
    std::string bindingId() const { return m_bindingId; }

private:
    std::function<QUndoCommand *()> retryFactory() const override;
    model::Status apply() override;
    model::Status revert() override;
    std::string m_tenantId, m_podId, m_bindingId;
    QString m_podName;
};

class UnbindCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnbindCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    UnbindCommand(CommandHost &host, sched::Binding binding, QString podName);

private:
    std::function<QUndoCommand *()> retryFactory() const override;
    model::Status apply() override;
    model::Status revert() override;
    std::string m_tenantId, m_podId, m_bindingId;
    QString m_podName;
};

// Moves a tenant from one pod to another; undo moves it back (a new binding
// to the old pod, ending the new one).
class RebindCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(RebindCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    RebindCommand(CommandHost &host, std::string tenantId, std::string bindingId, std::string fromPodId,
                  std::string toPodId, const QString &text);
    std::string bindingId() const { return m_bindingId; }

private:
    std::function<QUndoCommand *()> retryFactory() const override;
    model::Status move(const std::string &toPod);
    model::Status apply() override { return move(m_toPodId); }
    model::Status revert() override { return move(m_fromPodId); }
    std::string m_tenantId, m_bindingId, m_fromPodId, m_toPodId;
    QString m_text;
};

} // namespace gui
