#pragma once

// One event of a scenario file, parsed and checked field by field into the
// whatif::Scenario it belongs to (names interned there). Errors name the
// event's index, type and field:
//   events[12] (create_vm): field "size.vcpus" must be a whole number ≥ 0

#include "result.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace model {

class EventJson
{
    Q_DECLARE_TR_FUNCTIONS(EventJson)

public:
    // `createdAtUs`: created_at given to an add_pod pod that has none (newest).
    static Result<whatif::Event> parse(const QJsonValue &value, qsizetype index, whatif::Scenario &scenario,
                                       std::int64_t createdAtUs);
    static QStringList types(); // the known event types
};

} // namespace model
