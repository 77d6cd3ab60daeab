// SPDX-License-Identifier: Apache-2.0
#include "files/blockwriter.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace model {

BlockWriter::BlockWriter(int fd) : m_fd(fd) { m_filling.reserve(kBlock); }

BlockWriter::~BlockWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int BlockWriter::writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n == 0 ? EIO : errno;
        bytes.remove_prefix(std::size_t(n));
    }
    return 0;
}

void BlockWriter::append(std::string_view bytes)
{
    while (!bytes.empty()) {
        const std::size_t n = std::min(bytes.size(), kBlock - m_filling.size());
        m_filling.append(bytes.data(), n);
        bytes.remove_prefix(n);
        if (m_filling.size() == kBlock)
            handOver();
    }
}

// The full block goes to the thread once it is done with the one before.
void BlockWriter::handOver()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
    if (m_error == 0) {
        m_writing.swap(m_filling);
        m_busy = true;
        m_changed.notify_all();
    }
    lock.unlock();
    m_filling.clear(); // after an error the bytes go nowhere
    m_filling.reserve(kBlock);
}

void BlockWriter::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_busy || m_stop; });
        if (!m_busy)
            return;
        lock.unlock();
        const int error = writeAll(m_fd, m_writing);
        if (error == 0) {
            // Starts the disk write now (a file's final fsync then has little left to wait for);
            // a pipe or a device says no, which is fine.
            ::sync_file_range(m_fd, off64_t(m_handedOut), off64_t(m_writing.size()), SYNC_FILE_RANGE_WRITE);
            m_handedOut += m_writing.size();
        }
        m_writing.clear();
        lock.lock();
        if (m_error == 0)
            m_error = error;
        m_busy = false;
        m_changed.notify_all();
    }
}

int BlockWriter::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
    const int error = m_error;
    lock.unlock();
    if (error != 0)
        return error;
    const int last = writeAll(m_fd, m_filling); // the thread is idle: this thread writes the rest
    m_filling.clear();
    return last;
}

} // namespace model
