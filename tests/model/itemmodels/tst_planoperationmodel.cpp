// SPDX-License-Identifier: Apache-2.0
// PlanOperationModel: a plan's operations and their status while applied.

#include "planoperationmodel.h"
#include "reporttableproxymodel.h"
#include "whatifresult.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace model;

class TestPlanOperationModel : public QObject
{
    Q_OBJECT

    static std::shared_ptr<whatif::Plan> plan()
    {
        auto p = std::make_shared<whatif::Plan>();
        p->policyName = "weighted";
        whatif::PlanOp bind;
        bind.kind = whatif::PlanOp::Kind::Bind;
        bind.tenantId = "t9";
        bind.azName = "az1";
        bind.toPodId = "id-p3";
        bind.toPodName = "p3";
        whatif::PlanOp rebind = bind;
        rebind.kind = whatif::PlanOp::Kind::Rebind;
        rebind.tenantId = "t1";
        rebind.fromPodName = "p1";
        rebind.toPodName = "p2";
        whatif::PlanOp unbind = bind;
        unbind.kind = whatif::PlanOp::Kind::Unbind;
        unbind.tenantId = "t5";
        unbind.group = "resource:gpu";
        unbind.fromPodName = "q1";
        unbind.toPodName.clear();
        p->ops = {bind, rebind, unbind};
        return p;
    }

private slots:
    void showsOperationsInOrder()
    {
        PlanOperationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan());
        QCOMPARE(model.rowCount(), 3);
        using C = PlanOperationModel::Column;
        QCOMPARE(model.index(1, int(C::Number)).data().toInt(), 2);
        QCOMPARE(model.index(1, int(C::Operation)).data().toString(), PlanOperationModel::tr("rebind", "plan operation"));
        QCOMPARE(model.index(1, int(C::From)).data().toString(), QStringLiteral("p1"));
        QCOMPARE(model.index(2, int(C::Group)).data().toString(), QStringLiteral("resource:gpu"));
        QCOMPARE(model.countWith(PlanOperationModel::Status::Pending), 3);
    }

    void statusChangesAreOneSignalPerRange()
    {
        PlanOperationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(0, 1, PlanOperationModel::Status::Applied);
        model.setStatus(2, 2, PlanOperationModel::Status::Failed);
        model.setStatus(3, 2, PlanOperationModel::Status::NotApplied); // empty range: nothing
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.countWith(PlanOperationModel::Status::Applied), 2);
        QCOMPARE(model.index(2, int(PlanOperationModel::Column::Status)).data().toString(),
                 PlanOperationModel::statusName(PlanOperationModel::Status::Failed));
    }

    void proxyFiltersByTenantAndSortsByNumber()
    {
        PlanOperationModel model;
        ReportTableProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan());
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toInt(), 3);
        proxy.setFilterText(QStringLiteral("t1"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlanOperationModel)
#include "tst_planoperationmodel.moc"
