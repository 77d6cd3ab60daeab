// SPDX-License-Identifier: Apache-2.0
// BusyIndicator: background work shows in the status bar only once it has
// lasted the delay (quick work never flashes), names what is running, and
// hides when the last piece ends; a newer piece under the same key owns it.
// Driven by futures the test finishes itself (QPromise) and by the delay
// timer's own signal: no timed assertion.

#include "busyindicator.h"
#include "mainwindow.h"

#include <QPromise>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace gui;
using namespace std::chrono_literals;

class TestBusyIndicator : public QObject
{
    Q_OBJECT

private slots:
    void quickWorkNeverShows()
    {
        BusyIndicator busy;
        busy.setDelay(24h); // the work ends long before the delay
        QSignalSpy shown(&busy, &BusyIndicator::shownChanged);
        QPromise<void> work;
        work.start();
        busy.watch(QStringLiteral("load"), QStringLiteral("Loading…"), work.future());
        QVERIFY(busy.isBusy());
        QVERIFY(!busy.isShown());
        work.finish();
        QTRY_VERIFY(!busy.isBusy());
        QVERIFY(!busy.isShown());
        QVERIFY(busy.isHidden());
        QCOMPARE(shown.size(), 0);
    }

    void longWorkShowsAfterTheDelayThenHides()
    {
        BusyIndicator busy;
        busy.setDelay(0ms); // "the delay has passed" at the next turn of the event loop
        QSignalSpy shown(&busy, &BusyIndicator::shownChanged);
        QPromise<void> work;
        work.start();
        busy.watch(QStringLiteral("prepare"), QStringLiteral("Preparing the tables…"), work.future());
        QVERIFY(!busy.isShown()); // never at once
        QVERIFY(shown.wait());
        QVERIFY(busy.isShown());
        QVERIFY(!busy.isHidden());
        QCOMPARE(busy.text(), QStringLiteral("Preparing the tables…"));
        work.finish();
        QVERIFY(shown.wait());
        QCOMPARE(shown.last().constFirst().toBool(), false);
        QVERIFY(busy.isHidden());
    }

    void staysWhileAnyPieceRuns()
    {
        BusyIndicator busy;
        busy.setDelay(0ms);
        QSignalSpy shown(&busy, &BusyIndicator::shownChanged);
        busy.begin(QStringLiteral("sort"), QStringLiteral("Sorting bindings…"));
        busy.begin(QStringLiteral("prepare"), QStringLiteral("Preparing the tables…"));
        QVERIFY(shown.wait());
        QVERIFY(busy.text().contains(QStringLiteral("Sorting bindings…")));
        QVERIFY(busy.text().contains(QStringLiteral("Preparing the tables…")));
        busy.end(QStringLiteral("sort"));
        QVERIFY(busy.isShown());
        QCOMPARE(busy.text(), QStringLiteral("Preparing the tables…"));
        busy.end(QStringLiteral("unknown")); // ending what never began changes nothing
        QVERIFY(busy.isShown());
        busy.end(QStringLiteral("prepare"));
        QVERIFY(!busy.isShown());
        QCOMPARE(shown.size(), 2);
    }

    // A refresh that supersedes the one still preparing: the older future's end
    // does not hide the newer work.
    void aNewerPieceUnderTheSameKeyOwnsIt()
    {
        BusyIndicator busy;
        busy.setDelay(24h);
        QPromise<void> older, newer;
        older.start();
        newer.start();
        busy.watch(QStringLiteral("prepare"), QStringLiteral("old"), older.future());
        busy.watch(QStringLiteral("prepare"), QStringLiteral("new"), newer.future());
        older.finish();
        QFutureWatcher<void> olderWatcher; // finishes after the indicator's own watcher of it
        QSignalSpy olderDone(&olderWatcher, &QFutureWatcherBase::finished);
        olderWatcher.setFuture(older.future());
        QVERIFY(olderDone.wait());
        QCoreApplication::processEvents();
        QVERIFY(busy.isBusy());
        QCOMPARE(busy.text(), QStringLiteral("new"));
        newer.finish();
        QTRY_VERIFY(!busy.isBusy());
    }

    void theWindowShowsItInTheStatusBar()
    {
        MainWindow w;
        QVERIFY(w.busyIndicator());
        QCOMPARE(w.busyIndicator()->parentWidget(), static_cast<QWidget *>(w.statusBar()));
        QVERIFY(!w.busyIndicator()->isShown());
    }
};

QTEST_MAIN(TestBusyIndicator)
#include "tst_busyindicator.moc"
