// SPDX-License-Identifier: Apache-2.0
// The what-if result models (changes, failures, policy comparison, tenant
// differences) and their proxy, over real runs of the golden scenarios.

#include "changetablemodel.h"
#include "failuretablemodel.h"
#include "policycomparisonmodel.h"
#include "reporttableproxymodel.h"
#include "scenarioloader.h"
#include "tenantdifferencemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace model;

class TestWhatIfResultModels : public QObject
{
    Q_OBJECT

    static WhatIfResultPtr run(const char *scenario)
    {
        const QString path = QStringLiteral(TRIO2O_TEST_DATA_DIR "/scenarios/%1/scenario.json").arg(QLatin1String(scenario));
        auto loaded = ScenarioLoader::loadFile(path, {});
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        return std::make_shared<whatif::RunResult>(whatif::runScenario(loaded->scenario, loaded->base));
    }

private slots:
    void changesShowEveryBindingChangeWithWords()
    {
        ChangeTableModel changes;
        QAbstractItemModelTester tester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(changes.rowCount(), 0);
        changes.setResult(run("maintenance-rebinds-within-az-and-group"));
        QCOMPARE(changes.rowCount(), 2);
        using C = ChangeTableModel::Column;
        const auto cell = [&](int row, C c, int role = Qt::DisplayRole) { return changes.index(row, int(c)).data(role); };
        QCOMPARE(cell(0, C::Tenant).toString(), QStringLiteral("t1"));
        QCOMPARE(cell(0, C::From).toString(), QStringLiteral("p1"));
        QCOMPARE(cell(0, C::To).toString(), QStringLiteral("p2"));
        QCOMPARE(cell(0, C::Event, WhatIfSortRole).toULongLong(), 1u);
        QVERIFY(cell(0, C::Reason).toString().contains(QStringLiteral("maintenance")));
        QCOMPARE(cell(0, C::Group).toString(), WhatIfText::tr("general", "pod group without affinity tag"));
        QCOMPARE(cell(0, C::Group, WhatIfSortRole).toString(), QString()); // raw value, not the word
        changes.setResult(nullptr);
        QCOMPARE(changes.rowCount(), 0);
    }

    void proxySortsOnRawValuesAndFilters()
    {
        ChangeTableModel changes;
        ReportTableProxyModel proxy;
        proxy.setSourceModel(&changes);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        changes.setResult(run("drain-moves-all-tenants-at-once"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.sort(int(ChangeTableModel::Column::Tenant), Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 1).data().toString() > proxy.index(2, 1).data().toString());
        proxy.setFilterText(QStringLiteral("t2"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, int(ChangeTableModel::Column::Tenant)).data().toString(), QStringLiteral("t2"));
        proxy.setFilterText(QStringLiteral("no-such-tenant"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void failuresCarryReasons()
    {
        FailureTableModel failures;
        QAbstractItemModelTester tester(&failures, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const WhatIfResultPtr result = run("compare-upstream-rotation");
        failures.setResult(result);
        QCOMPARE(failures.rowCount(), 2);
        QCOMPARE(failures.index(0, int(FailureTableModel::Column::Tenant)).data().toString(), QStringLiteral("tenant1"));
        QVERIFY(!failures.index(0, int(FailureTableModel::Column::Reason)).data().toString().isEmpty());
        failures.setResult(result, 1); // the trio2o policy's failures
        QCOMPARE(failures.rowCount(), int(result->reports[1].failures.size()));
    }

    void comparisonPutsPoliciesSideBySide()
    {
        PolicyComparisonModel comparison;
        QAbstractItemModelTester tester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
        comparison.setResult(run("compare-upstream-rotation"));
        QCOMPARE(comparison.columnCount(), 2);
        QCOMPARE(comparison.rowCount(), int(PolicyComparisonModel::Row::Count));
        using R = PolicyComparisonModel::Row;
        QCOMPARE(comparison.figure(R::Fail, 0), 2);
        QCOMPARE(comparison.figure(R::Fail, 1), 1);
        QCOMPARE(comparison.figure(R::Rebind, 1), 1);
        QCOMPARE(comparison.figure(R::Differing, 1), 1);
        QCOMPARE(comparison.figure(R::Differing, 0), -1);
        QVERIFY(comparison.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("trio2o")));
        QVERIFY(comparison.index(int(R::Fail), 1).data(Qt::FontRole).value<QFont>().bold()); // differs
    }

    void differencesListTenantsWithAnotherOutcome()
    {
        TenantDifferenceModel differences;
        QAbstractItemModelTester tester(&differences, QAbstractItemModelTester::FailureReportingMode::QtTest);
        differences.setResult(run("compare-upstream-rotation"));
        QCOMPARE(differences.rowCount(), 1);
        QCOMPARE(differences.index(0, 0).data().toString(), QStringLiteral("tenant1"));
        QCOMPARE(differences.index(0, int(TenantDifferenceModel::Column::PrimaryFailures)).data().toInt(), 2);
        QCOMPARE(differences.index(0, int(TenantDifferenceModel::Column::Upstream)).data().toString(), QString());
        differences.setResult(run("compare-upstream-bound-twice"));
        QCOMPARE(differences.rowCount(), 1);
        QCOMPARE(differences.index(0, int(TenantDifferenceModel::Column::Upstream)).data().toString(),
                 QStringLiteral("upstream would leave t0 bound to Delta and Foxtrot in az1"));
        QVERIFY(differences.headerData(int(TenantDifferenceModel::Column::Upstream), Qt::Horizontal).toString().contains(
            QLatin1String("Upstream")));
        differences.setResult(run("drain-moves-all-tenants-at-once")); // compares nothing
        QCOMPARE(differences.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWhatIfResultModels)
#include "tst_whatifresultmodels.moc"
