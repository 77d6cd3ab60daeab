// SPDX-License-Identifier: Apache-2.0
#include "texttable.h"

#include <utf8proc.h>

#include <algorithm>

namespace model {

int TextTable::displayWidth(const QString &text)
{
    // utf8proc's East Asian width tables (Unicode 15 in Debian 12), taken per
    // grapheme cluster: an emoji sequence joined by U+200D or followed by a
    // variation selector is one picture, as wide as its widest part.
    int width = 0;
    int cluster = 0;
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = -1;
    for (const char32_t c : text.toUcs4()) {
        const auto code = utf8proc_int32_t(c);
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, code, &state)) {
            width += cluster;
            cluster = 0;
        }
        int cell = std::max(0, utf8proc_charwidth(code));
        const bool regionalIndicator = code >= 0x1F1E6 && code <= 0x1F1FF;
        // An emoji presentation selector, or the second letter of a flag, makes a picture.
        if ((code == 0xFE0F || regionalIndicator) && cluster > 0)
            cell = 2;
        cluster = std::max(cluster, cell);
        previous = code;
    }
    return width + cluster;
}

QString TextTable::padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString TextTable::format(const std::vector<QStringList> &rows, const QString &indent, int gap)
{
    std::vector<int> widths;
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size(); ++c) {
            if (widths.size() <= std::size_t(c))
                widths.push_back(0);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], displayWidth(r[c]));
        }
    QString out;
    for (const QStringList &r : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? padded(r[c], widths[std::size_t(c)] + gap) : r[c];
        out += line + QLatin1Char('\n');
    }
    return out;
}

namespace {

// The text as grapheme clusters (what a terminal shows as one picture).
QStringList clusters(const QString &text)
{
    QStringList out;
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = -1;
    QString current;
    for (const char32_t c : text.toUcs4()) {
        const auto code = utf8proc_int32_t(c);
        if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, code, &state)) {
            out << current;
            current.clear();
        }
        current += QString::fromUcs4(&c, 1);
        previous = code;
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace

QString TextTable::elideMiddle(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    const QStringList parts = clusters(text);
    const int room = std::max(0, width - 1); // the ellipsis takes one cell
    const int headRoom = (room + 1) / 2;
    QString head;
    QString tail;
    int used = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const int w = displayWidth(parts[i]);
        if (used + w > headRoom)
            break;
        head += parts[i];
        used += w;
    }
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        const int w = displayWidth(parts[i]);
        if (used + w > room)
            break;
        tail.prepend(parts[i]);
        used += w;
    }
    return head + QChar(0x2026) + tail;
}

QStringList TextTable::wrap(const QString &text, int width)
{
    width = std::max(1, width);
    QStringList lines;
    QString line;
    const auto flush = [&] {
        lines << line;
        line.clear();
    };
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int need = displayWidth(line) + (line.isEmpty() ? 0 : 1) + displayWidth(word);
        if (need <= width) {
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            continue;
        }
        if (!line.isEmpty())
            flush();
        while (displayWidth(word) > width) { // a word longer than the line: cut it
            QString piece;
            for (const QString &c : clusters(word)) {
                if (displayWidth(piece + c) > width)
                    break;
                piece += c;
            }
            lines << piece;
            word = word.mid(piece.size());
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        flush();
    return lines;
}

QString TextTable::format(const std::vector<QStringList> &rows, const std::vector<Column> &columns,
                          const QString &indent, int lineWidth, int gap)
{
    const auto columnOf = [&](qsizetype c) { return std::size_t(c) < columns.size() ? columns[std::size_t(c)] : Column{}; };
    std::vector<QStringList> cut = rows;
    std::vector<int> widths;
    for (QStringList &r : cut)
        for (qsizetype c = 0; c < r.size(); ++c) {
            const Column col = columnOf(c);
            if (col.max > 0 && !col.wrap)
                r[c] = elideMiddle(r[c], col.max);
            if (widths.size() <= std::size_t(c))
                widths.push_back(0);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], displayWidth(r[c]));
        }
    QString out;
    for (const QStringList &r : cut) {
        QString line = indent;
        int at = displayWidth(indent);
        for (qsizetype c = 0; c < r.size(); ++c) {
            if (c + 1 < r.size()) {
                line += padded(r[c], widths[std::size_t(c)] + gap);
                at += widths[std::size_t(c)] + gap;
                continue;
            }
            const int room = std::max(16, lineWidth - at);
            const QStringList parts = columnOf(c).wrap ? wrap(r[c], room) : QStringList{elideMiddle(r[c], room)};
            line += parts.value(0);
            for (qsizetype k = 1; k < parts.size(); ++k)
                line += QLatin1Char('\n') + QString(at, QLatin1Char(' ')) + parts[k];
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace model
