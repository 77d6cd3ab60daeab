// SPDX-License-Identifier: Apache-2.0
#include "files/atomicfilewriter.h"

#include "files/blockwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace model {

namespace {

// Removes the temporary file unless release()d; keeps errno intact.
class TemporaryFile
{
public:
    explicit TemporaryFile(QByteArray path) : m_path(std::move(path)) {}
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty()) {
            const int saved = errno;
            ::unlink(m_path.constData());
            errno = saved;
        }
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    bool create() { return (m_fd = ::open(m_path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) >= 0; }
    int fd() const { return m_fd; }
    const QByteArray &path() const { return m_path; }

    bool syncAndClose()
    {
        if (::fsync(m_fd) != 0 && errno != EINVAL && errno != EROFS)
            return false;
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

    void release() { m_path.clear(); }

private:
    QByteArray m_path;
    int m_fd = -1;
};

// Makes the rename itself durable; a folder that cannot be synced is no error.
void syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

Status AtomicFileWriter::failure(const QString &path, int error)
{
    return Error{tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)))};
}


// A device or a FIFO (/dev/null, /dev/stdout, a pipe) is written as it is:
// renaming a file over it would replace the device node.
Status AtomicFileWriter::writeInPlace(const QString &path, const QByteArray &finalPath, const Filler &fill)
{
    const int fd = ::open(finalPath.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return failure(path, errno);
    if (const int error = fill(fd); error != 0) {
        ::close(fd);
        return failure(path, error);
    }
    if (::close(fd) != 0)
        return failure(path, errno);
    return {};
}

Status AtomicFileWriter::write(const QString &path, const QByteArray &data)
{
    return writeWith(path, Filler([&data](int fd) { return BlockWriter::writeAll(fd, std::string_view(data.constData(), std::size_t(data.size()))); }));
}

Status AtomicFileWriter::write(const QString &path, const Producer &produce)
{
    return writeWith(path, Filler([&produce](int fd) {
        BlockWriter writer(fd);
        produce([&writer](std::string_view bytes) { writer.append(bytes); });
        return writer.finish();
    }));
}

Status AtomicFileWriter::writeWith(const QString &path, const Filler &fill)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir())
        return Error{tr("cannot write %1: it is a folder").arg(QDir::toNativeSeparators(path))};
    // Write through a symbolic link to the file it names, like the programs always did.
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QByteArray finalPath = QFile::encodeName(target);
    const QByteArray folder = QFile::encodeName(QFileInfo(target).absolutePath());
    struct stat old {};
    const bool exists = ::stat(finalPath.constData(), &old) == 0;
    if (exists && !S_ISREG(old.st_mode))
        return writeInPlace(path, finalPath, fill);
    TemporaryFile temp(folder + '/' + '.' + QFile::encodeName(QFileInfo(target).fileName()) + '.'
                       + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1() + ".tmp");
    if (!temp.create())
        return failure(path, errno);
    if (exists)
        ::fchmod(temp.fd(), old.st_mode & 07777);
    if (const int error = fill(temp.fd()); error != 0)
        return failure(path, error);
    if (!temp.syncAndClose())
        return failure(path, errno);
    if (::rename(temp.path().constData(), finalPath.constData()) != 0)
        return failure(path, errno);
    temp.release();
    syncFolder(folder);
    return {};
}

} // namespace model
