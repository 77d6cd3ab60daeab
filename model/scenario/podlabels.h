// SPDX-License-Identifier: Apache-2.0
#pragma once

// Short labels for pod names where room is scarce (a chart's axis), never
// two alike for names that differ. When a name is wider than `width` display
// cells, every name is abbreviated to what tells it apart: of the parts
// between separators (- _ . space), those the same in every name go, the
// others are cut to the shortest start no other name's part at that place has
// ("frankfurt-east-general-pod-1", "munich-west-general-pod-2" -> "f-e-1",
// "m-w-2"); then cut in the middle to `width` ("…"), labels that would
// collide keeping more until they differ (a label that fits stays whole).

#include <QStringList>

namespace model {

class PodLabels
{
public:
    static QStringList shorten(const QStringList &names, int width);
    static QStringList abbreviate(const QStringList &names);
};

} // namespace model
