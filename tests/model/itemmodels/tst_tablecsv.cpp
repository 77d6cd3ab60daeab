// SPDX-License-Identifier: Apache-2.0
#include "attentiontablemodel.h"
#include "statefixtures.h"
#include "files/csvfield.h"
#include "tablecsv.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace model;

class TestTableCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotesAndDefusesFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "Pod-North-1" << "Pod-North-1";
        QTest::newRow("comma-quoted") << "resource:CAD, GPU" << "\"resource:CAD, GPU\"";
        QTest::newRow("quote-doubled") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline-quoted") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula-defused") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("at-defused") << "@sum" << "'@sum";
        QTest::newRow("negative-number-kept") << "-100" << "-100";
        QTest::newRow("empty") << "" << "";
    }

    void quotesAndDefusesFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void writesTheRowsInModelOrderAndTheChosenColumns()
    {
        QStandardItemModel m(3, 3);
        m.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                m.setItem(r, c, new QStandardItem(QStringLiteral("%1%2").arg(QChar(u'a' + c)).arg(r)));
        QCOMPARE(TableCsv::serialize(m, {2, 0}), QByteArray("C,A\r\nc0,a0\r\nc1,a1\r\nc2,a2\r\n"));
    }

    void attentionListFindsEachKindOfTrouble()
    {
        sched::CloudState s = fixtures::smallCloud();
        // Pod1: 10 of 100 vCPUs, 20 of 1000 disk: fine. Pod2: unknown usage. Pod3: maintenance, t2 bound.
        s.pods.push_back(fixtures::pod("p4", "Pod4", "az2"));
        s.pods.back().used = {std::int64_t(95), std::int64_t(100), std::int64_t(10)}; // 95 % >= 0.9 threshold
        s.pods.back().threshold = 0.9;
        s.pods.push_back(fixtures::pod("p5", "Pod5", "az2"));
        s.pods.back().used = {std::int64_t(87), std::int64_t(0), std::int64_t(0)}; // within 5 points
        s.pods.back().threshold = 0.9;
        AttentionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(CloudSnapshot::build(std::move(s), 0, {}));
        using Problem = AttentionTableModel::Problem;
        QHash<QString, int> problems;
        for (int r = 0; r < model.rowCount(); ++r)
            problems.insert(model.index(r, 0).data().toString(),
                            model.index(r, 0).data(AttentionTableModel::ProblemRole).toInt());
        QCOMPARE(problems.value(QStringLiteral("Pod4"), -1), int(Problem::OverThreshold));
        QCOMPARE(problems.value(QStringLiteral("Pod5"), -1), int(Problem::NearThreshold));
        QCOMPARE(problems.value(QStringLiteral("Pod3"), -1), int(Problem::OutOfServiceWithTenants));
        QCOMPARE(problems.value(QStringLiteral("Pod2"), -1), int(Problem::UnknownUsage));
        QVERIFY(!problems.contains(QStringLiteral("Pod1")));
        QVERIFY(!problems.contains(QStringLiteral("RegionOne")));
        QCOMPARE(model.count(Problem::OverThreshold), 1);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTableCsv)
#include "tst_tablecsv.moc"
