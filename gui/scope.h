// SPDX-License-Identifier: Apache-2.0
#pragma once

// The part of the cloud chosen in the tree; pages filter to it.

namespace gui {

struct Scope {
    int azIndex = -1; // index into CloudSnapshot::azNames(); -1 = every AZ
    int pod = -1;     // index into CloudSnapshot::pods(); -1 = every pod
    bool operator==(const Scope &) const = default;
};

} // namespace gui
