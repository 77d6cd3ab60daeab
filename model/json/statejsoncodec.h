// SPDX-License-Identifier: Apache-2.0
#pragma once

// The whole cloud state as JSON in the Trio2o API's shapes:
//   {"pods": [pod, ...], "pod_bindings": [binding, ...]}
// A pod is Trio2o's {pod_id, pod_name, az_name, pod_az_name, dc_name} plus our
// optional extension fields {resource_affinity_tags: {k: v}, state, created_at,
// cost, threshold, capacity: {vcpus, ram_mb, disk_gb}, usage: {...} | null,
// running_vms}; a binding is {id, tenant_id, pod_id, is_binding, created_at,
// updated_at} plus {ended_at}. A dump of GET /pods + GET /bindings imports as is.

#include "cloud.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace model {

class StateJsonCodec
{
    Q_DECLARE_TR_FUNCTIONS(StateJsonCodec)

public:
    // Parses and checks field types only; cross-record rules are StateValidator's.
    // Reads the bytes in place (JsonCursor), without a QJsonDocument. A document
    // with only "pods" or only "pod_bindings" (an API list answer) is fine.
    static Result<sched::CloudState> parse(const QByteArray &json);
    // Documents and single records of an API answer already held as JSON objects.
    static Result<sched::CloudState> fromJson(const QJsonObject &root);
    static Result<sched::Pod> podFromJson(const QJsonObject &object, const QString &where);
    static Result<sched::Binding> bindingFromJson(const QJsonObject &object, const QString &where);

    // Upstream ends a binding by flipping is_binding and touching updated_at:
    // an ended binding without ended_at ended at its last update (or creation).
    static void fillEndTime(sched::Binding &binding);

    static QJsonObject toJson(const sched::CloudState &state);
    // Compact like the API's own answers; indented for people to read.
    static QByteArray serialize(const sched::CloudState &state, bool indented = false);
};

} // namespace model
