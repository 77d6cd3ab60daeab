// SPDX-License-Identifier: Apache-2.0
// ScenarioEventListModel: the editor's event list (insert, replace, remove, move).

#include "scenarioeventlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QLocale>
#include <QTest>

using namespace model;

class TestScenarioEventListModel : public QObject
{
    Q_OBJECT

    static QJsonObject drain(const char *pod)
    {
        return {{QStringLiteral("type"), QStringLiteral("drain_pod")}, {QStringLiteral("pod"), QLatin1String(pod)}};
    }
    static QStringList pods(const ScenarioEventListModel &m)
    {
        QStringList out;
        for (const QJsonValue &v : m.events())
            out << v.toObject().value(QLatin1String("pod")).toString();
        return out;
    }

private slots:
    void insertsReplacesAndRemoves()
    {
        ScenarioEventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(QJsonArray{drain("a"), drain("b")});
        model.insertEvent(1, drain("x"));
        QCOMPARE(pods(model), (QStringList{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("b")}));
        model.setEvent(1, drain("y"));
        QCOMPARE(model.index(1).data(ScenarioEventListModel::EventRole).toJsonObject(), drain("y"));
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("y")));
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(pods(model), (QStringList{QStringLiteral("y"), QStringLiteral("b")}));
        QVERIFY(!model.removeRows(2, 1));
    }

    void movesRowsBothWays()
    {
        ScenarioEventListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(QJsonArray{drain("a"), drain("b"), drain("c")});
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveEvent(0, 2));
        QCOMPARE(pods(model), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
        QVERIFY(model.moveEvent(2, 0));
        QCOMPARE(pods(model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(model.moveEvent(1, 2));
        QCOMPARE(pods(model), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        QVERIFY(!model.moveEvent(0, 3));
        QVERIFY(!model.moveEvent(1, 1));
        QCOMPARE(moved.size(), 3);
    }

    void summariesNameTheEventsFields()
    {
        const QJsonObject vm{{QStringLiteral("type"), QStringLiteral("create_vm")}, {QStringLiteral("tenants"), QStringLiteral("burst-{1..4}")},
                             {QStringLiteral("az"), QStringLiteral("az2")}, {QStringLiteral("count"), 4},
                             {QStringLiteral("size"), QJsonObject{{QStringLiteral("vcpus"), 2}}}};
        const QString s = ScenarioEventListModel::summary(vm);
        QVERIFY2(s.contains(QStringLiteral("burst-{1..4}")) && s.contains(QStringLiteral("az2")) && s.contains(QStringLiteral("4")), qPrintable(s));
        const QJsonObject usage{{QStringLiteral("type"), QStringLiteral("set_usage")}, {QStringLiteral("pod"), QStringLiteral("p1")},
                                {QStringLiteral("resource"), QStringLiteral("vcpus")}, {QStringLiteral("used"), QJsonValue()}};
        QVERIFY(ScenarioEventListModel::summary(usage).contains(ScenarioEventListModel::tr("unknown")));
        // set_capacity with a threshold (it changes every resource's limit) says it; without, it does not.
        QLocale::setDefault(QLocale::c());
        QJsonObject capacity{{QStringLiteral("type"), QStringLiteral("set_capacity")}, {QStringLiteral("pod"), QStringLiteral("p1")},
                             {QStringLiteral("resource"), QStringLiteral("vcpus")}, {QStringLiteral("total"), 1024}};
        QCOMPARE(ScenarioEventListModel::summary(capacity), QStringLiteral("Set capacity: p1 vcpus = 1024"));
        capacity.insert(QStringLiteral("threshold"), 0.85);
        QCOMPARE(ScenarioEventListModel::summary(capacity), QStringLiteral("Set capacity: p1 vcpus = 1024, threshold 0.85"));
        const QJsonObject grow{{QStringLiteral("type"), QStringLiteral("grow")}, {QStringLiteral("days"), 30},
                               {QStringLiteral("az"), QStringLiteral("az2")}, {QStringLiteral("group"), QStringLiteral("resource:gpu")}};
        const QString g = ScenarioEventListModel::summary(grow);
        QVERIFY2(g.contains(QStringLiteral("30")) && g.contains(QStringLiteral("az2")) && g.contains(QStringLiteral("resource:gpu"))
                     && g.startsWith(ScenarioEventListModel::typeName(QStringLiteral("grow"))) && !g.contains(QStringLiteral("grow")),
                 qPrintable(g));
    }
};

QTEST_GUILESS_MAIN(TestScenarioEventListModel)
#include "tst_scenarioeventlistmodel.moc"
