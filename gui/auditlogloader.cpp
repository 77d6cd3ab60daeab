// SPDX-License-Identifier: Apache-2.0
#include "auditlogloader.h"

#include "backend.h"

#include <QFuture>

namespace gui {

AuditLogLoader::AuditLogLoader(QObject *parent) : QObject(parent) {}

void AuditLogLoader::load(model::Backend &backend, const model::AuditFilter &filter)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    // The backend reads on its own thread; the continuation runs here, on this object's thread.
    backend.fetchAuditLog(filter).then(this, [this, generation](model::Result<std::vector<model::AuditRecord>> rows) {
        if (generation != m_generation)
            return; // a newer load (or cancel) came after this one
        m_running = false;
        if (!rows)
            emit failed(rows.error());
        else
            emit loaded(rows.value());
    });
}

} // namespace gui
