// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads the audit log off the GUI thread through Backend::fetchAuditLog.
// Every load() bumps a generation counter; the answer of an older load is
// dropped, so a slow read can never overwrite a newer filter's rows.

#include "auditrecord.h"

#include <QObject>
#include <QPointer>

#include <vector>

namespace model {
class Backend;
}

namespace gui {

class AuditLogLoader final : public QObject
{
    Q_OBJECT

public:
    explicit AuditLogLoader(QObject *parent = nullptr);

    void load(model::Backend &backend, const model::AuditFilter &filter);
    // Forgets a running load (its answer is dropped).
    void cancel() { ++m_generation; m_running = false; }
    bool isRunning() const { return m_running; }

signals:
    void loaded(const std::vector<model::AuditRecord> &records);
    void failed(const QString &message);

private:
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace gui
