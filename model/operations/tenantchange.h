// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the operations (drain, rebind, schedule, apply a plan) change, per
// tenant, in their preview and in their report, and what each target pod
// receives. Shared by the console's dialogs and the CLI's output.

#include "bindingchange.h"

#include <QString>

#include <string>
#include <vector>

namespace model {

struct TenantChange {
    enum class Kind { Bind, Unbind, Rebind };
    enum class Status {
        Planned,     // preview: will be written
        AlreadyDone, // the backend already shows it (an earlier, interrupted run wrote it)
        Stuck,       // preview: cannot be made (reason says why); never written
        Applied,     // written
        NotApplied,  // not written: an earlier change failed, or the whole transaction was refused
        Failed,      // the change that failed (error says why)
    };
    Kind kind = Kind::Rebind;
    Status status = Status::Planned;
    int index = -1; // the plan operation's index (0-based), -1 outside a plan
    std::string tenantId;
    std::string fromPodId; // Unbind, Rebind
    std::string toPodId;   // Bind, Rebind
    QString fromPodName;
    QString toPodName;
    BindingChange change;  // what the backend is asked to write
    QString reason;        // the scheduler's reason, or why it is stuck
    QString error;         // Failed: what went wrong
    std::string createdBindingId; // Applied: the binding the backend made (for undo)
};

// One pod that receives tenants: how many, and how full it is against its threshold.
struct TargetLoad {
    std::string podId;
    QString podName;
    int received = 0;
    double usage = -1; // the fullest resource's used / total; -1 when no usage is known
    double threshold = 0.9;
};

// The changes of one operation, in order, with per-target loads.
struct ChangeList {
    std::vector<TenantChange> changes;
    // The operation's key in the audit log ("drain", "plan-applied", "rebind",
    // "schedule", "repair", "undo"); empty: "manual".
    std::string operation;
    std::vector<TargetLoad> targets;

    int count(TenantChange::Status status) const
    {
        int n = 0;
        for (const TenantChange &c : changes)
            n += c.status == status;
        return n;
    }
};

} // namespace model

#include <QCoreApplication>
#include <QJsonObject>

namespace model {

// Words and JSON for TenantChange, the same in both faces.
class TenantChangeText
{
    Q_DECLARE_TR_FUNCTIONS(TenantChangeText)

public:
    static QString statusName(TenantChange::Status status); // translated
    static QString statusKey(TenantChange::Status status);  // "planned", "applied", ... (JSON)
    static QString kindKey(TenantChange::Kind kind);        // "bind", "unbind", "rebind"
    static QJsonObject toJson(const TenantChange &change);
    static QJsonObject toJson(const TargetLoad &load);
    // "75 %" or "unknown"
    static QString usageText(double usage);
};

} // namespace model
