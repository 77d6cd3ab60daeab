// SPDX-License-Identifier: Apache-2.0
#pragma once

// What `--version` prints after the program's name, the same for both programs.

#include <QString>

namespace buildversion {

// CMake's project version ("0.1.0").
QString projectVersion();

// The git commit the programs were built from (12 hex digits), empty when not
// built from a git checkout.
QString gitCommit();

// "0.1.0", or "0.1.0 (git 1a2b3c4d5e6f)" from a checkout, with ", modified"
// when tracked files had uncommitted changes.
QString text();

} // namespace buildversion
