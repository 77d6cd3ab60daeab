// SPDX-License-Identifier: Apache-2.0
#pragma once

// The field rules of one pod and one binding record of state JSON, read
// straight off a JsonCursor. Each record is first collected member by member,
// then checked in a fixed field order, so the first problem reported is the
// same whatever order the members come in.

#include "cloud.h"
#include "jsoncursor.h"
#include "result.h"

#include <QString>

#include <array>

namespace model {

// Names a record in error messages, e.g. "pod_bindings[12]"; the text is only
// built when there is an error to report.
struct RecordName
{
    const char *array = nullptr;
    std::size_t index = 0;
    QString text; // used when `array` is null

    QString toString() const;
};

class PodRecordReader
{
public:
    // Reads the object at the cursor. A pod without created_at keeps 0.
    Result<sched::Pod> read(JsonCursor &cursor, const RecordName &name);
    // The usage_history of the pod read last (empty when it had none).
    sched::UsageHistory takeHistory() { return std::move(m_history); }

private:
    std::array<JsonValue, 17> m_values;
    sched::UsageHistory m_history;
};

class BindingRecordReader
{
public:
    // Reads the object at the cursor. A binding without id gets a fresh uuid,
    // one without created_at keeps 0.
    Result<sched::Binding> read(JsonCursor &cursor, const RecordName &name);

private:
    std::array<JsonValue, 7> m_values;
};

} // namespace model
