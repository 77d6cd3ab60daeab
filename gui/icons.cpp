// SPDX-License-Identifier: Apache-2.0
#include "icons.h"

namespace gui {

QIcon icon(IconId id)
{
    static const char *const names[] = {"app",     "connect", "refresh", "region", "az",   "dashboard", "pods",
                                        "bindings", "tenants", "history", "find",  "quit", "about"};
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(names[int(id)])));
}

QIcon podStateIcon(sched::PodState state)
{
    switch (state) {
    case sched::PodState::Enabled:
        return QIcon(QStringLiteral(":/icons/pod-enabled.svg"));
    case sched::PodState::Maintenance:
        return QIcon(QStringLiteral(":/icons/pod-maintenance.svg"));
    case sched::PodState::Disabled:
        return QIcon(QStringLiteral(":/icons/pod-disabled.svg"));
    }
    return {};
}

} // namespace gui
