// SPDX-License-Identifier: Apache-2.0
#include "cloudsnapshot.h"
#include "snapshotloader.h"
#include "sqlstore.h"
#include "statefixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace model;

class TestCloudSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void internsTenantsAndCountsBindings()
    {
        auto snap = CloudSnapshot::build(fixtures::smallCloud(), 42, QStringLiteral("test"));
        QCOMPARE(snap->podCount(), 4);
        QCOMPARE(snap->bindingCount(), 4);
        QCOMPARE(snap->tenantCount(), 2);
        QCOMPARE(snap->topPod(), 0);
        QCOMPARE(snap->azNames(), (QStringList{QStringLiteral("az1"), QStringLiteral("az2")}));
        QCOMPARE(snap->activeBindings(1), 1);
        QCOMPARE(snap->activeBindings(3), 1); // the history row does not count
        QCOMPARE(snap->activeBindingCount(), 3);
        QCOMPARE(snap->activeBindingsOfTenant(0), 2);
        QCOMPARE(snap->totalBindingsOfTenant(0), 3);
        QVERIFY(snap->tenantBoundIn(0, 0, -1));
        QVERIFY(!snap->tenantBoundIn(0, 1, -1));
        QVERIFY(snap->tenantBoundIn(1, -1, 3));
        QCOMPARE(snap->podIndex(QStringLiteral("p2")), 2);
        QCOMPARE(snap->loadedAtUs(), 42);
    }

    void historyRowKeepsItsEnd()
    {
        auto snap = CloudSnapshot::build(fixtures::smallCloud(), 0, {});
        const BindingRow &ended = snap->bindings()[2];
        QVERIFY(!ended.active);
        QCOMPARE(ended.endedAtUs, 3'000'000);
    }

    void missingFileIsAnErrorAndNotCreated()
    {
        QTemporaryDir dir;
        const QString typo = dir.filePath(QStringLiteral("sub/frist.sqlite"));
        auto none = SnapshotLoader::load(typo);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(typo), qPrintable(none.error()));
        QVERIFY(!QFile::exists(typo));
    }

    void theDemoCloudIsSeededOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/first.sqlite"));
        QVERIFY(SnapshotLoader::seedDemo(path).ok());
        QVERIFY(!SnapshotLoader::seedDemo(path).ok()); // never over an existing file
        QList<int> steps;
        auto snap = SnapshotLoader::load(path, [&](int percent, const QString &) { steps.append(percent); });
        QVERIFY2(snap.ok(), qPrintable(snap.error()));
        QVERIFY(QFile::exists(path));
        QVERIFY(snap.value()->podCount() > 5);
        QVERIFY(snap.value()->bindingCount() > 50);
        QCOMPARE(steps.last(), 100);
        // A second load reads the same file and does not seed again.
        auto again = SnapshotLoader::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->bindingCount(), snap.value()->bindingCount());
    }

    void unreadableFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto snap = SnapshotLoader::load(path);
        QVERIFY(!snap.ok());
        QVERIFY(!snap.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudSnapshot)
#include "tst_cloudsnapshot.moc"
