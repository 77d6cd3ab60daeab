// SPDX-License-Identifier: Apache-2.0
// Opening an SQLite database names the real cause of a failure — read-only
// folder, read-only file, full disk, lock, damage, not a database — each in
// its own sentence; a fine database in a read-only folder or file is read
// (and every change refused with the reason); operation commits are synced
// (synchronous = FULL in WAL mode). Read-only and full file systems are real:
// a small tmpfs (remounted read-only, or filled) when run as root, file modes
// otherwise; cases that need root skip with that reason.

#include "smalltmpfs.h"
#include "sqlstore.h"
#include "statefixtures.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using model::SqlStore;

namespace {

bool root() { return ::geteuid() == 0; }

bool makeSmallCloud(const QString &path)
{
    auto store = SqlStore::open(path);
    return store && store.value()->replaceState(fixtures::smallCloud());
}

// A file made read-only for everybody, root included: a read-only bind mount of it.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path) : m_path(QFile::encodeName(path))
    {
        if (!root()) {
            m_ok = QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
            return;
        }
        m_mounted = ::mount(m_path.constData(), m_path.constData(), nullptr, MS_BIND, nullptr) == 0;
        m_ok = m_mounted
               && ::mount(nullptr, m_path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    }
    ~ReadOnlyFile()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    bool ok() const { return m_ok; }

private:
    QByteArray m_path;
    bool m_mounted = false;
    bool m_ok = false;
};

} // namespace

class TestSqliteOpen : public QObject
{
    Q_OBJECT

private slots:
    void operationCommitsAreSynced()
    {
        QTemporaryDir dir;
        auto store = SqlStore::open(dir.filePath(QStringLiteral("sync.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void readOnlyFolderStillReads()
    {
        // Root ignores folder modes: a read-only tmpfs then; otherwise chmod.
        std::unique_ptr<SmallTmpfs> fs;
        QTemporaryDir plain;
        QString folder = plain.path();
        if (root()) {
            fs = std::make_unique<SmallTmpfs>(2048);
            REQUIRE_SMALL_TMPFS(*fs);
            folder = fs->path();
        }
        const QString path = folder + QStringLiteral("/cloud.sqlite");
        QVERIFY(makeSmallCloud(path));
        if (fs)
            QVERIFY(fs->makeReadOnly());
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));

        auto store = SqlStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const auto state = store.value()->load();
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QCOMPARE(state->pods.size(), fixtures::smallCloud().pods.size());
        QCOMPARE(state->bindings.size(), fixtures::smallCloud().bindings.size());
        QCOMPARE(store.value()->readOnlyReason(), QStringLiteral("the folder %1 is read-only").arg(folder));
        sched::Pod extra = state->pods.back();
        extra.id = "extra";
        extra.name = "Extra";
        const model::Status s = store.value()->addPod(extra);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("opened for reading only (the folder")), qPrintable(s.error()));

        const auto fresh = SqlStore::open(folder + QStringLiteral("/new.sqlite"));
        QVERIFY(!fresh.ok());
        QCOMPARE(fresh.error(), QStringLiteral("cannot create the database %1/new.sqlite: the folder %1 is read-only").arg(folder));
        if (!fs)
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void readOnlyFileStillReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cloud.sqlite"));
        QVERIFY(makeSmallCloud(path));
        ReadOnlyFile readOnly(path);
        QVERIFY(readOnly.ok());
        auto store = SqlStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->readOnlyReason(), QStringLiteral("the file is read-only"));
        const auto state = store.value()->load();
        QVERIFY2(state.ok(), qPrintable(state.error()));
        QCOMPARE(state->bindings.size(), fixtures::smallCloud().bindings.size());
        const model::Status s = store.value()->deletePod(state->pods.back().id);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("opened for reading only (the file is read-only)")), qPrintable(s.error()));
    }

    void fullDiskIsNamed()
    {
        SmallTmpfs fs(2048);
        REQUIRE_SMALL_TMPFS(fs);
        const QString path = fs.filePath(QStringLiteral("cloud.sqlite"));
        QVERIFY(makeSmallCloud(path));
        QVERIFY(fs.fill());
        const auto store = SqlStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error(), QStringLiteral("the disk holding %1 is full (No space left on device); free some space "
                                               "and try again").arg(path));
        QVERIFY(fs.freeSpace());
        QVERIFY(SqlStore::open(path).ok()); // the file was fine all along
    }

    void lockIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cloud.sqlite"));
        QVERIFY(makeSmallCloud(path));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM pod_bindings")));
            const auto store = SqlStore::open(path); // waits out the busy timeout
            QVERIFY(!store.ok());
            QVERIFY2(store.error().startsWith(QStringLiteral("%1 is locked by another program").arg(path)),
                     qPrintable(store.error()));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto store = SqlStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->load()->bindings.size(), fixtures::smallCloud().bindings.size());
    }

    void damageIsNamed_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        // The SQLite header kept, the first page's tree overwritten.
        QTest::newRow("damaged-page") << QByteArray() << QStringLiteral("is damaged (");
        QTest::newRow("not-a-database") << QByteArray("a shopping list, not a database\n")
                                        << QStringLiteral("is not an SQLite database (");
    }

    void damageIsNamed()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cloud.sqlite"));
        QVERIFY(makeSmallCloud(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (header.isEmpty()) {
            QVERIFY(f.seek(100));
            f.write(QByteArray(3996, '\xff'));
        } else {
            f.write(header.leftJustified(4096, ' '));
        }
        f.close();
        const QByteArray before = [&] { QFile g(path); g.open(QIODevice::ReadOnly); return g.readAll(); }();
        const auto store = SqlStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().startsWith(path + QLatin1Char(' ') + expected), qPrintable(store.error()));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteOpen)
#include "tst_sqliteopen.moc"
