// SPDX-License-Identifier: Apache-2.0
#include "podlabels.h"

#include "texttable.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace model {

QStringList PodLabels::abbreviate(const QStringList &names)
{
    static const QRegularExpression separators(QStringLiteral("[-_. ]+"));
    std::vector<QStringList> tokens;
    qsizetype positions = 0;
    for (const QString &n : names) {
        tokens.push_back(n.split(separators, Qt::SkipEmptyParts));
        positions = std::max(positions, tokens.back().size());
    }
    std::vector<QStringList> kept(tokens.size());
    for (qsizetype p = 0; p < positions; ++p) {
        QStringList distinct;
        for (const QStringList &t : tokens)
            if (!distinct.contains(t.value(p)))
                distinct << t.value(p);
        if (distinct.size() < 2)
            continue; // the same in every name: says nothing
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const QString token = tokens[i].value(p);
            qsizetype length = 1;
            const auto clashes = [&](qsizetype l) {
                return std::any_of(distinct.begin(), distinct.end(),
                                   [&](const QString &other) { return other != token && other.startsWith(token.left(l)); });
            };
            while (length < token.size() && clashes(length))
                ++length;
            if (!token.isEmpty())
                kept[i] << token.left(length);
        }
    }
    QStringList out;
    for (const QStringList &k : kept)
        out << k.join(QLatin1Char('-'));
    // Where two still read alike (parts at other places), those names stay whole.
    QHash<QString, int> seen;
    for (const QString &label : std::as_const(out))
        ++seen[label];
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out[i].isEmpty() || seen.value(out[i]) > 1)
            out[i] = names[i];
    return out;
}

QStringList PodLabels::shorten(const QStringList &given, int width)
{
    // Too wide: the parts that tell the names apart, each as short as it can be.
    const bool fits = std::all_of(given.begin(), given.end(), [width](const QString &n) { return TextTable::displayWidth(n) <= width; });
    const QStringList names = fits ? given : abbreviate(given);
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
