// SPDX-License-Identifier: Apache-2.0
#pragma once

// A small tmpfs mounted for one test, to meet a full disk or a read-only file
// system for real. Mounting needs root; otherwise unavailable() says why, and
// REQUIRE_SMALL_TMPFS fails the test: ctest counts a skip as a pass, and a
// full-disk test that never runs proves nothing. On a machine where the suite
// cannot run as root, TRIO2O_TEST_ALLOW_NO_TMPFS=1 makes it a skip on purpose.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

class SmallTmpfs
{
public:
    explicit SmallTmpfs(int kibibytes = 256)
    {
        if (::geteuid() != 0) {
            m_unavailable = QStringLiteral("mounting a small tmpfs needs root; run the suite as root to meet a full disk");
            return;
        }
        const QByteArray where = QFile::encodeName(m_dir.path());
        const QByteArray options = "size=" + QByteArray::number(kibibytes) + "k";
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, options.constData()) != 0) {
            m_unavailable = QStringLiteral("cannot mount a tmpfs on %1: %2").arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    QString unavailable() const { return m_unavailable; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills the file system until a write fails with "No space left on device".
    bool fill()
    {
        const int fd = ::open(QFile::encodeName(filePath(QStringLiteral(".filler"))).constData(),
                              O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd < 0)
            return false;
        static const char block[4096] = {};
        while (::write(fd, block, sizeof block) > 0) {
        }
        const bool full = errno == ENOSPC;
        // Tail bytes smaller than a block.
        while (::write(fd, block, 1) > 0) {
        }
        ::close(fd);
        return full;
    }
    bool freeSpace() { return QFile::remove(filePath(QStringLiteral(".filler"))); }

    // Makes the whole file system read-only (EROFS for every write, even root's).
    bool makeReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_unavailable;
};

#define REQUIRE_SMALL_TMPFS(fs)                                                                              \
    do {                                                                                                     \
        if (!(fs).unavailable().isEmpty()) {                                                                 \
            if (qEnvironmentVariableIntValue("TRIO2O_TEST_ALLOW_NO_TMPFS") == 1)                             \
                QSKIP(qPrintable((fs).unavailable()));                                                       \
            QFAIL(qPrintable((fs).unavailable() + QStringLiteral(" (TRIO2O_TEST_ALLOW_NO_TMPFS=1 skips instead)"))); \
        }                                                                                                    \
    } while (false)
