// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes a stream of bytes to a file descriptor a block (4 MB) at a time, on a
// thread of its own once there is more than a block: making the bytes and the
// kernel's copying of them overlap (a what-if report of 150 MB spent half a
// second in write() on the thread that made it). The first failed write
// stops the writing; finish() says which error it was.
//
//   BlockWriter w(fd);
//   w.append(bytes); ...          // copies; blocks only while the thread is a block behind
//   if (const int error = w.finish()) ... strerror(error) ...
//
// The descriptor stays open; the caller closes it.

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace model {

class BlockWriter
{
public:
    static constexpr std::size_t kBlock = 4 * 1024 * 1024;

    explicit BlockWriter(int fd);
    ~BlockWriter(); // waits for the thread; what was not finish()ed may be lost
    BlockWriter(const BlockWriter &) = delete;
    BlockWriter &operator=(const BlockWriter &) = delete;

    void append(std::string_view bytes);
    // Writes what is left and waits: 0, or the errno of the first failed write.
    int finish();
    // Writes all of `bytes` on this thread (retrying short writes): 0 or errno.
    static int writeAll(int fd, std::string_view bytes);

private:
    void handOver();
    void run();

    const int m_fd;
    std::string m_filling;   // the producer's block
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::string m_writing;   // the thread's block (under m_mutex while handed over)
    bool m_busy = false;     // m_writing holds a block not yet written
    std::uint64_t m_handedOut = 0; // bytes the thread wrote (the thread's own)
    bool m_stop = false;
    int m_error = 0;
    std::thread m_thread;    // started with the first full block
};

} // namespace model
