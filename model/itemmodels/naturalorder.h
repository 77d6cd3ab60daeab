// SPDX-License-Identifier: Apache-2.0
#pragma once

// The order people expect for names with numbers: "az2" before "az10",
// "pod-9" before "pod-10"; letters compare without case. Every list of AZs
// and pods of the console sorts this way.

#include <QString>

namespace model {

struct NaturalOrder {
    // <0, 0, >0 like QString::compare. Runs of digits compare as numbers
    // (leading zeros ignored, then the shorter run first); the rest without case.
    static int compare(QStringView a, QStringView b);
    bool operator()(QStringView a, QStringView b) const { return compare(a, b) < 0; }
};

} // namespace model
