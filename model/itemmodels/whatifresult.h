// SPDX-License-Identifier: Apache-2.0
#pragma once

// A finished (or cancelled) what-if run as the item models share it: one
// immutable RunResult handed from the worker to the GUI thread, plus the
// roles every what-if table answers, and translated words for its codes.

#include "whatifrun.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace model {

using WhatIfResultPtr = std::shared_ptr<const whatif::RunResult>;

// Roles of the what-if tables (ChangeTableModel, FailureTableModel, ...).
enum WhatIfRole {
    WhatIfSortRole = Qt::UserRole,   // the raw, comparable value of the cell
    WhatIfSearchRole,                // raw text of the whole row, for filtering
};

class WhatIfText
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfText)

public:
    static QString str(const std::string &s) { return QString::fromStdString(s); }
    static QString group(const std::string &group);   // "" -> "general"
    static QString az(const std::string &az);         // "" -> "any AZ"
    static QString changeReason(const whatif::Report &report, const whatif::ChangeRecord &change);
    static QString failureReason(const whatif::Report &report, const whatif::FailureRecord &failure);
    static QString podName(const whatif::Report &report, std::uint32_t pod); // kNoId -> ""
};

} // namespace model
