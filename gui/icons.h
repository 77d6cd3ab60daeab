// SPDX-License-Identifier: Apache-2.0
#pragma once

// The console's own icons (hand-drawn SVG under :/icons).

#include "cloud.h"

#include <QIcon>

namespace gui {

enum class IconId { App, Connect, Refresh, Region, Az, Dashboard, Pods, Bindings, Tenants, History, Find, Quit, About };

QIcon icon(IconId id);
QIcon podStateIcon(sched::PodState state);

} // namespace gui
