// SPDX-License-Identifier: Apache-2.0
#include "unrewindablebody.h"

#include <cstring>

namespace model::remote {

UnrewindableBody::UnrewindableBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool UnrewindableBody::seek(qint64 pos)
{
    // Nowhere but where it is: going back would send the body a second time.
    return pos == m_read && QIODevice::seek(pos);
}

qint64 UnrewindableBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_read);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_read, std::size_t(n));
    m_read += n;
    return n;
}

} // namespace model::remote
