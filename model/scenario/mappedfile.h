// SPDX-License-Identifier: Apache-2.0
#pragma once

// A file mapped read-only for one front-to-back pass (the scenario reader):
// release(offset) gives back the pages before `offset`, so the memory a pass
// holds does not grow with the file.

#include "result.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <string_view>

namespace model {

class MappedFile
{
    Q_DECLARE_TR_FUNCTIONS(MappedFile)

public:
    static Result<std::unique_ptr<MappedFile>> open(const QString &path);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    std::string_view bytes() const { return m_bytes; }
    // The bytes before `offset` will not be read again.
    void release(std::size_t offset);

private:
    MappedFile() = default;

    QFile m_file;
    uchar *m_map = nullptr;
    std::string_view m_bytes;
    std::size_t m_released = 0;
};

} // namespace model
