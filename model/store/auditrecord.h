// SPDX-License-Identifier: Apache-2.0
#pragma once

// One row of the store's audit log: who changed what, where, when and why.
// Written by the store in the same transaction as the change it records
// (AuditLogWriter); read back newest first (AuditLogReader).

#include <QString>

#include <cstdint>

namespace model {

// What a row records (audit_log.kind).
namespace auditkind {
inline constexpr const char *kBindingCreated = "binding-created";
inline constexpr const char *kBindingEnded = "binding-ended";
inline constexpr const char *kBindingMoved = "binding-moved";
inline constexpr const char *kPodCreated = "pod-created";
inline constexpr const char *kPodDeleted = "pod-deleted";
inline constexpr const char *kPodEdited = "pod-edited";
inline constexpr const char *kImport = "import";
} // namespace auditkind

// Within which operation (audit_log.operation): "manual" for one change made by
// hand, else the operation's key ("drain", "plan-applied", "rebind", "schedule",
// "repair", "import", "undo" …), as TenantChange lists name it (ChangeList::operation).
namespace auditoperation {
inline constexpr const char *kManual = "manual";
} // namespace auditoperation

struct AuditRecord {
    qint64 id = 0;          // grows with every row (audit_log.id)
    std::int64_t atUs = 0;  // UTC, microseconds since the epoch
    QString operatorName;   // the Keystone user on a live cloud, the OS user on a local store
    QString cloud;          // "local" for the store's own cloud, else the cloud's key (storeCloudKey)
    QString kind;           // auditkind::
    QString operation;      // auditoperation::kManual or the operation's key
    QString podId;
    QString podName;
    QString tenantId;
    QString before;         // what it was ("Pod1", "state: enabled"), empty for a creation
    QString after;          // what it became, empty for an end or deletion
    QString reason;         // the scheduler's reason, or "manual"
};

// Which rows to read. Empty fields do not filter.
struct AuditFilter {
    QString tenantId;
    QString pod;            // a pod id or name
    QString kind;           // matches the kind or the operation ("drain" finds a drain's rows)
    QString cloud;
    std::int64_t sinceUs = 0; // rows at or after this time
    int limit = 1000;       // newest first; <= 0: no limit
};

} // namespace model
