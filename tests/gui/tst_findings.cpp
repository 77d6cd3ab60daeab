// SPDX-License-Identifier: Apache-2.0
// The console's findings banner: after loading a live cloud seeded as a real
// Trio2o ends up (the loopback test server), "4 inconsistencies found" with
// Show; Show lists each finding with its repair (the same CheckOperation as
// trio2o-sched check), Repair All mends the cloud as one undo step, and the
// next load clears the banner. A local database never shows it.

#include "candidatetablemodel.h"
#include "checkoperation.h"
#include "connectionsettings.h"
#include "editcontroller.h"
#include "findingsdialog.h"
#include "findingtablemodel.h"
#include "inconsistentcloud.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "rebinddialog.h"
#include "snapshotloader.h"
#include "testlanguage.h"
#include "testprompter.h"
#include "testserver.h"
#include "translator.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gui;

namespace {
// The console with a scripted prompter, connected to the loopback server.
struct LiveConsole {
    MainWindow w;
    TestPrompter *p = nullptr;
    QSignalSpy applied{&w, &MainWindow::snapshotApplied};
    explicit LiveConsole(const model::remote::ConnectionSettings &settings)
    {
        auto prompter = std::make_unique<TestPrompter>();
        p = prompter.get();
        w.editor()->setPrompter(std::move(prompter));
        w.resize(1280, 800);
        w.show();
        w.openRemote(settings);
    }
};
} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testserver::TestServer m_server;

    model::remote::ConnectionSettings settings() const
    {
        model::remote::ConnectionSettings s;
        s.endpoint = m_server.apiUrl();
        s.noAuth = true;
        s.collectUsage = false;
        s.timeoutMs = 10000;
        s.stateDirectory = m_dir.path();
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!qEnvironmentVariableIsSet("TRIO2O_TEST_LANG"))
            i18n::installTranslators(QStringLiteral("en")); // the English plural forms the banner counts with
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-findings-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        m_server.cloud().setNoAuth(true);
    }

    void theBannerCountsShowsAndRepairs()
    {
        const testserver::SeededInconsistencies seeded = testserver::seedInconsistencies(m_server.cloud());
        QVERIFY2(seeded.failure.isEmpty(), qPrintable(seeded.failure));
        LiveConsole console(settings());
        MainWindow &w = console.w;
        TestPrompter *p = console.p;
        QSignalSpy &applied = console.applied;
        QVERIFY(applied.wait(20000));
        QVERIFY(w.banner()->isVisible());
        QVERIFY2(w.banner()->text().startsWith(QStringLiteral("4 inconsistencies found")), qPrintable(w.banner()->text()));
        QVERIFY(w.banner()->actionButton()->isVisible());

        int rows = 0;
        QString summary;
        QStringList repairs;
        p->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<FindingsDialog &>(d);
            QAbstractItemModelTester tester(dialog.findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            rows = dialog.findings()->rowCount();
            summary = dialog.summary();
            for (int r = 0; r < rows; ++r)
                repairs << dialog.findings()->index(r, int(model::FindingTableModel::Column::Repair)).data().toString();
            QTest::mouseClick(dialog.repairButton(), Qt::LeftButton);
            return dialog.result();
        });
        QTest::mouseClick(w.banner()->actionButton(), Qt::LeftButton);
        QCOMPARE(p->failures, QStringList());
        QCOMPARE(rows, seeded.kFindings);
        QVERIFY2(summary.contains(QStringLiteral("3 binding changes")) && summary.contains(QStringLiteral("1 pod deletion")),
                 qPrintable(summary));
        QVERIFY2(repairs.join(QLatin1Char('\n')).contains(QStringLiteral("lowest pod_id")), qPrintable(repairs.join(QLatin1Char('\n'))));
        QCOMPARE(w.editor()->undoStack()->count(), 1); // one undo step
        QVERIFY(model::CheckOperation::preview(m_server.cloud().state()).clean());
        // The writes reload the cloud; the banner goes with the findings.
        if (w.banner()->isVisible() && w.banner()->text().contains(QStringLiteral("inconsistenc")))
            QVERIFY(applied.wait(20000));
        QTRY_VERIFY(!w.banner()->isVisible() || !w.banner()->text().contains(QStringLiteral("inconsistenc")));
    }

    // Pod3 moved from az2 to az1 on the server (a database edit) under t3
    // after the console saw it in az2: the next refresh shows "1
    // inconsistency", Show lists the move, Repair All accepts it without a
    // write or an undo step, and the banner goes; a refresh keeps it gone.
    void aPodMovedUnderItsTenantsIsShownUntilAccepted()
    {
        for (const QString &f : QDir(m_dir.path()).entryList({QStringLiteral("*.placements.json")}))
            QVERIFY(QFile::remove(m_dir.filePath(f)));
        m_server.cloud().setState(testserver::consistentCloud());
        LiveConsole console(settings());
        MainWindow &w = console.w;
        TestPrompter *p = console.p;
        QSignalSpy &applied = console.applied;
        QVERIFY(applied.wait(20000));
        QVERIFY(!w.banner()->isVisible());

        sched::CloudState moved = m_server.cloud().state();
        moved.pods[3].azName = "az1";
        m_server.cloud().setState(moved);
        w.refresh();
        QVERIFY(applied.wait(20000));
        QVERIFY(w.banner()->isVisible());
        QVERIFY2(w.banner()->text().startsWith(QStringLiteral("1 inconsistency found")), qPrintable(w.banner()->text()));

        QString row, summary;
        p->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<FindingsDialog &>(d);
            summary = dialog.summary();
            if (dialog.findings()->rowCount() == 1)
                row = dialog.findings()->index(0, int(model::FindingTableModel::Column::Repair)).data().toString();
            QTest::mouseClick(dialog.repairButton(), Qt::LeftButton);
            return dialog.result();
        });
        QTest::mouseClick(w.banner()->actionButton(), Qt::LeftButton);
        QCOMPARE(p->failures, QStringList());
        QVERIFY2(row.contains(QStringLiteral("accept the move")), qPrintable(row));
        QVERIFY2(summary.contains(QStringLiteral("1 pod moved under its tenants is accepted")), qPrintable(summary));
        QCOMPARE(w.editor()->undoStack()->count(), 0); // nothing written, nothing to undo
        QCOMPARE(m_server.cloud().state().bindings.size(), moved.bindings.size());
        QVERIFY(applied.wait(20000)); // Repair All asks for a refresh
        QVERIFY(!w.banner()->isVisible() || !w.banner()->text().contains(QStringLiteral("inconsistenc")));
        w.refresh();
        QVERIFY(applied.wait(20000));
        QVERIFY(!w.banner()->isVisible() || !w.banner()->text().contains(QStringLiteral("inconsistenc")));
    }

    // On the seeded cloud t1 is bound twice in az1 (" t1" trimmed by the
    // server): the console's Rebind… names both bindings, points at check
    // --repair and offers no pod; nothing is written.
    void theRebindDialogRefusesToGuessOnALiveCloud()
    {
        const testserver::SeededInconsistencies seeded = testserver::seedInconsistencies(m_server.cloud());
        QVERIFY2(seeded.failure.isEmpty(), qPrintable(seeded.failure));
        LiveConsole console(settings());
        MainWindow &w = console.w;
        TestPrompter *p = console.p;
        QSignalSpy &applied = console.applied;
        QVERIFY(applied.wait(20000));
        QString text;
        bool okEnabled = true;
        int rows = -1;
        p->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<RebindDialog &>(d);
            text = dialog.decisionText();
            rows = dialog.candidates()->rowCount();
            okEnabled = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            return int(QDialog::Rejected);
        });
        const std::size_t bindings = m_server.cloud().state().bindings.size();
        w.editor()->rebindTenant(QStringLiteral("t1"), QStringLiteral("p2"));
        for (const QString &part : {QStringLiteral("binding b1 to pod Pod1"),
                                    QStringLiteral("binding %1 to pod Pod2").arg(QString::fromStdString(seeded.doubleBindingId)),
                                    QStringLiteral("check --repair")})
            QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("instead")));
        QCOMPARE(rows, 0);
        QVERIFY(!okEnabled);
        QCOMPARE(m_server.cloud().state().bindings.size(), bindings);
        QCOMPARE(w.editor()->undoStack()->count(), 0);
    }

    void aLocalDatabaseShowsNoBanner()
    {
        const QString db = m_dir.filePath(QStringLiteral("local.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(db).ok());
        MainWindow w;
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openDatabase(db);
        QVERIFY(applied.wait(20000));
        QVERIFY(!w.banner()->isVisible());
    }
};

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
