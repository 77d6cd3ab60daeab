// SPDX-License-Identifier: Apache-2.0
#include "mappedfile.h"

#include <sys/mman.h>
#include <unistd.h>

#include <memory>

namespace model {

Result<std::unique_ptr<MappedFile>> MappedFile::open(const QString &path)
{
    std::unique_ptr<MappedFile> f(new MappedFile);
    f->m_file.setFileName(path);
    if (!f->m_file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, f->m_file.errorString())};
    const qint64 size = f->m_file.size();
    if (size == 0)
        return f; // nothing to map: an empty document
    f->m_map = f->m_file.map(0, size);
    if (!f->m_map)
        return Error{tr("cannot read %1: %2").arg(path, f->m_file.errorString())};
    f->m_bytes = std::string_view(reinterpret_cast<const char *>(f->m_map), std::size_t(size));
    ::madvise(f->m_map, std::size_t(size), MADV_SEQUENTIAL);
    return f;
}

MappedFile::~MappedFile()
{
    if (m_map)
        m_file.unmap(m_map);
}

void MappedFile::release(std::size_t offset)
{
    const auto page = std::size_t(::sysconf(_SC_PAGESIZE));
    const std::size_t upTo = std::min(offset, m_bytes.size()) / page * page;
    if (!m_map || upTo <= m_released)
        return;
    // Read-only file pages: dropped from this process, read again from the file if touched.
    ::madvise(m_map + m_released, upTo - m_released, MADV_DONTNEED);
    m_released = upTo;
}

} // namespace model
