// SPDX-License-Identifier: Apache-2.0
#pragma once

// A what-if plan as JSON, to save with `whatif --plan FILE` and apply later:
//   {"policy": "weighted",
//    "operations": [{"op": "bind" | "unbind" | "rebind", "event", "reason", "tenant_id", "az_name", "group",
//                    "from_pod_id", "from_pod_name", "end_binding_id",      // unbind, rebind
//                    "to_pod_id", "to_pod_name", "new_binding_id"}]}        // bind, rebind
// Operations run in order. end_binding_id is a binding of the base, or the
// new_binding_id of an earlier operation. toBindingChanges() gives what
// Backend::applyChanges() takes (new bindings keep the plan's ids, so later
// operations can end them in the same batch).

#include "bindingchange.h"
#include "plan.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace model {

class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(PlanJson)

public:
    static QJsonObject toJson(const whatif::Plan &plan);
    static QByteArray serialize(const whatif::Plan &plan, bool compact = false); // indented unless compact
    static Result<whatif::Plan> parse(const QByteArray &json);
    static Result<whatif::Plan> fromJson(const QJsonObject &root);
    // A saved plan file; the error names the file and what is wrong with it.
    static Result<whatif::Plan> readFile(const QString &path);
    static std::vector<BindingChange> toBindingChanges(const whatif::Plan &plan);
};

} // namespace model
