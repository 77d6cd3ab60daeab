// SPDX-License-Identifier: Apache-2.0
#pragma once

// The `reason` of a change or failure as the report files spell it: stable
// codes followed by sched::describe()'s plain English, e.g.
//   "current_rejected: pod_state: maintenance"
//   "all_rejected, ignore_pods: 1 [e.g. ignore_pods: ignored]"
//   "history_conflict (pod pod2)"
//   "replaced: upstream would leave t0 bound to Delta and Foxtrot in az1"
//   "no_binding: no active binding in this AZ and group to delete from"
// changeText()/failureText() say the same in the user's language, for
// people (the text report, the console's tables).

#include "report.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace model {

class ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(ReasonText)

public:
    // Stable codes with plain English, for files (JSON, CSV).
    static QString change(const whatif::Report &report, const whatif::ChangeRecord &change);
    static QString failure(const whatif::Report &report, const whatif::FailureRecord &failure);
    // The same as UTF-8 into `out` (cleared first), for files of a million
    // reasons: no QString each. Byte for byte what change()/failure() give.
    static void change(const whatif::Report &report, const whatif::ChangeRecord &change, std::string &out);
    static void failure(const whatif::Report &report, const whatif::FailureRecord &failure, std::string &out);
    // Translated sentences, for people.
    static QString changeText(const whatif::Report &report, const whatif::ChangeRecord &change);
    static QString failureText(const whatif::Report &report, const whatif::FailureRecord &failure);
};

} // namespace model
