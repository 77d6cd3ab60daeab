// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the Trio2o server does not check and the console must: one top
// region, unique pod names, no pod deletion while tenants are bound, and at
// most one active binding per tenant in one AZ and pod group.

#include "cloud.h"
#include "result.h"

#include <QCoreApplication>

namespace model::remote {

class RemoteGuards
{
    Q_DECLARE_TR_FUNCTIONS(RemoteGuards)

public:
    static Status checkNewPod(const std::vector<sched::Pod> &existing, const sched::Pod &pod);
    static Status checkPodDeletable(const sched::CloudState &state, const std::string &podId);
    // `replacing`: a binding that is about to end (a rebind's old one).
    static Status checkNewBinding(const sched::CloudState &state, const std::string &tenantId, const std::string &podId,
                                  const std::string &replacing = {});
    static std::size_t activeBindingsOf(const sched::CloudState &state, const std::string &podId);
};

} // namespace model::remote
