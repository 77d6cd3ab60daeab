// SPDX-License-Identifier: Apache-2.0
// The History view's model: one row per audit record in the order read
// (newest first), the columns as the operator reads them, raw times for
// sorting; under QAbstractItemModelTester through resets.

#include "audittablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using model::AuditRecord;
using model::AuditTableModel;
using Column = AuditTableModel::Column;

namespace {

AuditRecord row(qint64 id, std::int64_t atUs, const char *kind, const char *operation, const char *pod,
                const char *tenant, const char *before, const char *after, const char *reason)
{
    AuditRecord r;
    r.id = id;
    r.atUs = atUs;
    r.operatorName = QStringLiteral("alice");
    r.cloud = QStringLiteral("local");
    r.kind = QString::fromLatin1(kind);
    r.operation = QString::fromLatin1(operation);
    r.podId = QStringLiteral("id-") + QString::fromLatin1(pod);
    r.podName = QString::fromLatin1(pod);
    r.tenantId = QString::fromLatin1(tenant);
    r.before = QString::fromLatin1(before);
    r.after = QString::fromLatin1(after);
    r.reason = QString::fromLatin1(reason);
    return r;
}

constexpr std::int64_t kT0 = 1'700'000'000'000'000; // 2023-11-14 22:13:20 UTC

std::vector<AuditRecord> sample()
{
    return {row(3, kT0 + 2'000'000, "binding-moved", "drain", "Pod2", "t1", "Pod1", "Pod2", "least used"),
            row(2, kT0 + 1'000'000, "pod-edited", "manual", "Pod1", "", "state=enabled", "state=maintenance",
                "manual"),
            row(1, kT0, "binding-created", "schedule", "Pod1", "t1", "", "Pod1", "chosen by the scheduler")};
}

} // namespace

class TestAuditTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndColumnsAsRead()
    {
        AuditTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        m.setRecords(sample());
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), int(Column::Count));
        const auto cell = [&](int r, Column c) { return m.index(r, int(c)).data().toString(); };
        QCOMPARE(cell(0, Column::Operator), QStringLiteral("alice"));
        QCOMPARE(cell(0, Column::Change), QStringLiteral("Binding moved (drain)"));
        QCOMPARE(cell(0, Column::Pod), QStringLiteral("Pod2"));
        QCOMPARE(cell(0, Column::Tenant), QStringLiteral("t1"));
        QCOMPARE(cell(0, Column::BeforeAfter), QStringLiteral("Pod1 → Pod2"));
        QCOMPARE(cell(0, Column::Reason), QStringLiteral("least used"));
        QCOMPARE(cell(1, Column::Change), QStringLiteral("Pod edited")); // by hand: no operation named
        QCOMPARE(cell(1, Column::BeforeAfter), QStringLiteral("state=enabled → state=maintenance"));
        QCOMPARE(cell(1, Column::Reason), QStringLiteral("manual"));
        QCOMPARE(cell(2, Column::BeforeAfter), QStringLiteral("→ Pod1"));
        QCOMPARE(cell(2, Column::Change), QStringLiteral("Binding created (schedule)"));
        // Time in the user's locale, the record's instant.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(kT0 / 1000, QTimeZone::utc()).toLocalTime();
        QCOMPARE(cell(2, Column::Time), QLocale().toString(at, QLocale::ShortFormat));
        QCOMPARE(m.index(2, int(Column::Time)).data(AuditTableModel::SortRole).toLongLong(), qint64(kT0));
        QCOMPARE(m.index(1, 0).data(AuditTableModel::AuditIdRole).toLongLong(), qint64(2));
        QCOMPARE(m.headerData(int(Column::BeforeAfter), Qt::Horizontal).toString(), QStringLiteral("Before → after"));
        // Long values in full in the tooltip.
        QCOMPARE(m.index(1, int(Column::BeforeAfter)).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("state=enabled → state=maintenance"));
        QCOMPARE(m.index(0, int(Column::Reason)).data(Qt::ToolTipRole).toString(), QStringLiteral("least used"));
        // A reset to fewer rows.
        m.setRecords({sample().back()});
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(cell(0, Column::Tenant), QStringLiteral("t1"));
    }

    void sortsByTimeNotByText()
    {
        AuditTableModel m;
        std::vector<AuditRecord> records = sample();
        // 9 s and 10 s later: as text "…:29" sorts after "…:30"; as time it does not.
        records[0].atUs = kT0 + 10'000'000;
        records[1].atUs = kT0 + 9'000'000;
        m.setRecords(records);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.setSortRole(AuditTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Time), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(AuditTableModel::AuditIdRole).toLongLong(), qint64(1));
        QCOMPARE(proxy.index(1, 0).data(AuditTableModel::AuditIdRole).toLongLong(), qint64(2));
        QCOMPARE(proxy.index(2, 0).data(AuditTableModel::AuditIdRole).toLongLong(), qint64(3));
    }

    void anImportIsNotNamedTwice()
    {
        AuditTableModel m;
        m.setRecords({row(1, kT0, "import", "import", "", "", "", "pods=7 bindings=56", "manual")});
        QCOMPARE(m.index(0, int(Column::Change)).data().toString(), QStringLiteral("Import"));
        QCOMPARE(m.index(0, int(Column::BeforeAfter)).data().toString(), QStringLiteral("→ pods=7 bindings=56"));
    }

    void unknownKindsShowAsStored()
    {
        QCOMPARE(AuditTableModel::kindText(QStringLiteral("pod-exploded")), QStringLiteral("pod-exploded"));
        QCOMPARE(AuditTableModel::operationText(QStringLiteral("manual")), QString());
        QCOMPARE(AuditTableModel::operationText(QStringLiteral("plan-applied")), QStringLiteral("plan applied"));
        AuditRecord ended;
        ended.before = QStringLiteral("Pod3");
        QCOMPARE(AuditTableModel::beforeAfterText(ended), QStringLiteral("Pod3 →"));
    }
};

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
