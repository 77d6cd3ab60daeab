// SPDX-License-Identifier: Apache-2.0
#pragma once

// Short labels for pod names where room is scarce (a chart's axis): each at
// most `width` display cells, cut in the middle so the distinct ends stay
// ("az2-pod-gpu-0017" -> "az2-p…0017"), and never two alike for names that
// differ - labels that would collide keep more of their names until they
// differ (a name that fits is shown whole).

#include <QStringList>

namespace model {

class PodLabels
{
public:
    static QStringList shorten(const QStringList &names, int width);
};

} // namespace model
