// SPDX-License-Identifier: Apache-2.0
#pragma once

// Cross-record rules of a cloud state, checked before anything is stored:
// unique pod ids and names, at most one top region, bindings only to known
// bottom pods, at most one active binding per (tenant, AZ, pod group).

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>

namespace model {

class StateValidator
{
    Q_DECLARE_TR_FUNCTIONS(StateValidator)

public:
    static Status validate(const sched::CloudState &state);
    static Status validatePods(const std::vector<sched::Pod> &pods);
    // The group text used in messages: "general" or "k:v,...".
    static QString groupLabel(const std::string &groupKey);
};

} // namespace model
