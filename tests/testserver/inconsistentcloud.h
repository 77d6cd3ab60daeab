// SPDX-License-Identifier: Apache-2.0
#pragma once

// A cloud as a real Trio2o ends up after other clients used it: made through
// the API's own quirks where the API allows it (FakeCloud::callAsOtherClient),
// so the tests of `check` and the console's findings see what operators see.
//   top RegionOne; az1: Pod1 (p1), Pod2 (p2); az2: Pod3 (p3), Pod4 (p4)
//   t1 -> Pod1, t2 -> Pod4, t3 -> Pod3, then:
//   - POST /bindings {" t1", Pod2}: the server trims the id, so t1 is bound twice in az1;
//   - DELETE /pods/p4 while t2 is bound to it: t2's binding points at nothing;
//   - POST /pods {RegionTwo, az_name ""}: a second top region;
//   - t5 bound to the top region RegionOne (the API refuses that today; a
//     database of an older Trio2o, or one edited by hand, holds it).

#include "fakecloud.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace testserver {

inline sched::Pod inconsistentCloudPod(const char *id, const char *name, const char *az)
{
    sched::Pod p;
    p.id = id;
    p.name = name;
    p.azName = az;
    p.podAzName = az;
    p.dcName = "dc1";
    p.capacity = {100, 409600, 1000};
    return p;
}

inline sched::Binding inconsistentCloudBinding(const char *id, const char *tenant, const char *podId)
{
    sched::Binding b;
    b.id = id;
    b.tenantId = tenant;
    b.podId = podId;
    b.createdAtUs = 1'600'000'000'000'000;
    return b;
}

inline sched::CloudState consistentCloud()
{
    sched::CloudState s;
    s.pods = {inconsistentCloudPod("p0", "RegionOne", ""), inconsistentCloudPod("p1", "Pod1", "az1"),
              inconsistentCloudPod("p2", "Pod2", "az1"), inconsistentCloudPod("p3", "Pod3", "az2"),
              inconsistentCloudPod("p4", "Pod4", "az2")};
    s.bindings = {inconsistentCloudBinding("b1", "t1", "p1"), inconsistentCloudBinding("b2", "t2", "p4"),
                  inconsistentCloudBinding("b3", "t3", "p3")};
    return s;
}

struct SeededInconsistencies {
    std::string doubleBindingId; // t1's second binding in az1 (to Pod2)
    std::string secondTopId;     // RegionTwo
    QString failure;             // empty when every step answered as the real server does
    static constexpr int kFindings = 4;
};

// Sets consistentCloud() and makes the four inconsistencies above.
inline SeededInconsistencies seedInconsistencies(FakeCloud &cloud)
{
    SeededInconsistencies seeded;
    cloud.setState(consistentCloud());
    const HttpAnswer twice = cloud.callAsOtherClient("POST", "/bindings",
                                                     R"({"pod_binding": {"tenant_id": " t1", "pod_id": "p2"}})");
    const QJsonObject made = QJsonDocument::fromJson(twice.body).object().value(QLatin1String("pod_binding")).toObject();
    seeded.doubleBindingId = made.value(QLatin1String("id")).toString().toStdString();
    if (twice.status != 200 || made.value(QLatin1String("tenant_id")).toString() != QLatin1String("t1"))
        seeded.failure = QStringLiteral("POST /bindings \" t1\": %1 %2").arg(twice.status).arg(QString::fromUtf8(twice.body));
    if (const HttpAnswer gone = cloud.callAsOtherClient("DELETE", "/pods/p4"); gone.status != 200)
        seeded.failure = QStringLiteral("DELETE /pods/p4: %1").arg(gone.status);
    const HttpAnswer top = cloud.callAsOtherClient("POST", "/pods", R"({"pod": {"pod_name": "RegionTwo", "az_name": ""}})");
    seeded.secondTopId = QJsonDocument::fromJson(top.body).object().value(QLatin1String("pod")).toObject()
                             .value(QLatin1String("pod_id")).toString().toStdString();
    if (top.status != 200)
        seeded.failure = QStringLiteral("POST /pods RegionTwo: %1 %2").arg(top.status).arg(QString::fromUtf8(top.body));
    sched::CloudState s = cloud.state();
    sched::Binding onTop = inconsistentCloudBinding("b5", "t5", "p0");
    onTop.createdAtUs = 1'500'000'000'000'000;
    s.bindings.push_back(onTop);
    cloud.setState(s);
    return seeded;
}

} // namespace testserver
