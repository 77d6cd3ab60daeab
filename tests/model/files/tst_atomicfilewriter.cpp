// SPDX-License-Identifier: Apache-2.0
// AtomicFileWriter: a file is written whole or not at all; on a full disk or a
// read-only file system the old file stays exactly as it was, no temporary
// file is left behind, and the error names the file and the system's reason.

#include "files/atomicfilewriter.h"
#include "smalltmpfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using model::AtomicFileWriter;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        const model::Status s = AtomicFileWriter::write(path, "{\"pods\": []}\n");
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(contents(path), QByteArray("{\"pods\": []}\n"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.json")});
        const mode_t mask = ::umask(0);
        ::umask(mask);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0666 & ~mask);
    }

    void replacingKeepsTheFilesMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(put(path, "old"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(AtomicFileWriter::write(path, "new").ok());
        QCOMPARE(contents(path), QByteArray("new"));
        const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & all, QFile::ReadOwner | QFile::WriteOwner);
    }

    void writesThroughASymbolicLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.csv"));
        const QString link = dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(put(real, "old"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(AtomicFileWriter::write(link, "new").ok());
        QCOMPARE(contents(real), QByteArray("new"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void fifosAreWrittenInPlace()
    {
        // Renaming a file over a FIFO or a device (/dev/null) would replace the node.
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            QFile f(fifo);
            if (f.open(QIODevice::ReadOnly))
                received = f.readAll();
        });
        const model::Status s = AtomicFileWriter::write(fifo, "through the pipe");
        reader.join();
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(received, QByteArray("through the pipe"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("pipe")});
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing-folder") << QStringLiteral("no/such/folder/out.json") << QStringLiteral("No such file or directory");
        QTest::newRow("a-folder") << QStringLiteral("sub") << QStringLiteral("it is a folder");
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString path = dir.filePath(name);
        const model::Status s = AtomicFileWriter::write(path, "x");
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), QStringLiteral("cannot write %1: %2").arg(path, reason));
    }

    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("bytes");
        // A few bytes fail only when written out; many fail at once.
        QTest::newRow("tiny-output") << 12;
        QTest::newRow("large-output") << 200 * 1024;
    }

    void fullDiskKeepsTheOldFile()
    {
        QFETCH(int, bytes);
        SmallTmpfs fs(256);
        REQUIRE_SMALL_TMPFS(fs);
        const QString path = fs.filePath(QStringLiteral("out.json"));
        QVERIFY(put(path, "the good old file\n"));
        QVERIFY(fs.fill());
        const model::Status s = AtomicFileWriter::write(path, QByteArray(bytes, 'x'));
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), QStringLiteral("cannot write %1: No space left on device").arg(path));
        QCOMPARE(contents(path), QByteArray("the good old file\n"));
        QCOMPARE(entries(fs.path()), (QStringList{QStringLiteral(".filler"), QStringLiteral("out.json")}));
        // With room again, the same call succeeds.
        QVERIFY(fs.freeSpace());
        QVERIFY(AtomicFileWriter::write(path, QByteArray(bytes, 'x')).ok());
        QCOMPARE(contents(path).size(), bytes);
    }

    // Bytes handed over as they are made (a what-if report): in pieces of
    // every size, more than a few of BlockWriter's blocks, in order.
    void streamedBytesArriveWholeAndInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QByteArray expected;
        const model::Status s = AtomicFileWriter::write(path, [&expected](const AtomicFileWriter::Sink &sink) {
            for (int i = 0; expected.size() < 13 * 1024 * 1024; ++i) {
                const QByteArray piece(1 + (i * 7919) % 300000, char('a' + i % 26));
                sink(std::string_view(piece.constData(), std::size_t(piece.size())));
                expected += piece;
            }
        });
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(contents(path) == expected);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.json")});
    }

    // A disk that fills while the bytes are made: the old file stays, no
    // temporary file is left, and the error says why.
    void streamedFullDiskKeepsTheOldFile()
    {
        SmallTmpfs fs(256);
        REQUIRE_SMALL_TMPFS(fs);
        const QString path = fs.filePath(QStringLiteral("report.json"));
        QVERIFY(put(path, "the good old report\n"));
        const QByteArray block(1024 * 1024, 'x');
        const model::Status s = AtomicFileWriter::write(path, [&block](const AtomicFileWriter::Sink &sink) {
            for (int i = 0; i < 12; ++i)
                sink(std::string_view(block.constData(), std::size_t(block.size())));
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), QStringLiteral("cannot write %1: No space left on device").arg(path));
        QCOMPARE(contents(path), QByteArray("the good old report\n"));
        QCOMPARE(entries(fs.path()), QStringList{QStringLiteral("report.json")});
    }

    void readOnlyFileSystemKeepsTheOldFile()
    {
        SmallTmpfs fs(256);
        REQUIRE_SMALL_TMPFS(fs);
        const QString path = fs.filePath(QStringLiteral("report.csv"));
        QVERIFY(put(path, "old"));
        QVERIFY(fs.makeReadOnly());
        const model::Status s = AtomicFileWriter::write(path, "new");
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), QStringLiteral("cannot write %1: Read-only file system").arg(path));
        QCOMPARE(contents(path), QByteArray("old"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
