// SPDX-License-Identifier: Apache-2.0
#pragma once

// A realistic small cloud for the first start of the console: a top region,
// three AZs with general and GPU/CAD pods of different ages, sizes and loads
// (one pod in maintenance, one never measured), ~60 tenants with history.

#include "cloud.h"

#include <cstdint>

namespace model {

sched::CloudState buildDemoCloud(std::int64_t nowUs);

} // namespace model
