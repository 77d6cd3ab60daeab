// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain-text tables for terminals: left-aligned columns padded by display
// width, so a column of Chinese names (East Asian wide characters take two
// cells, combining marks none) lines up like a column of Latin ones.

#include <QString>
#include <QStringList>

#include <vector>

namespace model {

class TextTable
{
public:
    // Terminal cells the text takes.
    static int displayWidth(const QString &text);
    // The text followed by spaces up to `width` cells (never cut).
    static QString padded(const QString &text, int width);
    // One line per row, each starting with `indent`, columns `gap` cells apart.
    static QString format(const std::vector<QStringList> &rows, const QString &indent = {}, int gap = 2);
};

} // namespace model
