// SPDX-License-Identifier: Apache-2.0
#include "podlabels.h"

#include "texttable.h"

#include <QHash>

namespace model {

QStringList PodLabels::shorten(const QStringList &names, int width)
{
    QStringList labels(names.size());
    std::vector<int> widths(std::size_t(names.size()), std::max(2, width));
    for (bool clash = true; clash;) {
        clash = false;
        QHash<QString, QList<qsizetype>> byLabel;
        for (qsizetype i = 0; i < names.size(); ++i) {
            labels[i] = TextTable::elideMiddle(names[i], widths[std::size_t(i)]);
            byLabel[labels[i]].append(i);
        }
        for (const QList<qsizetype> &same : std::as_const(byLabel)) {
            if (same.size() < 2)
                continue;
            for (const qsizetype i : same) {
                if (labels[i] == names[i])
                    continue; // shown whole already: the others must give way
                ++widths[std::size_t(i)];
                clash = true;
            }
        }
    }
    return labels;
}

} // namespace model
