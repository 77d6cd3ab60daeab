// SPDX-License-Identifier: Apache-2.0
// Remote edits: a failed change offers Retry in the banner (no modal box),
// a rebind whose DELETE failed is reported as a partial outcome with the
// action that finishes it, and a partly failed undo of a drain names each
// tenant (moved back or not, and why) and retries the rest.

#include "backend.h"
#include "backendwait.h"
#include "bindingdialog.h"
#include "democloud.h"
#include "draindialog.h"
#include "editcontroller.h"
#include "mainwindow.h"
#include "noticebanner.h"
#include "rebinddialog.h"
#include "screenshot.h"
#include "testlanguage.h"
#include "testprompter.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace gui;

namespace {

template <typename T>
QFuture<T> ready(T value) { return QtFuture::makeReadyFuture(std::move(value)); }

// An in-memory Trio2o API with switchable failures.
class FakeRemote final : public model::Backend
{
public:
    sched::CloudState state = model::buildDemoCloud(1'772'000'000'000'000);
    int failCreates = 0;          // the next N createBinding calls fail
    bool rebindKeepsOld = false;  // POST works, DELETE of the old binding fails
    QSet<QString> failRebindFor;  // rebinds of these tenants are refused
    QStringList deleted;
    int nextId = 0;

    Kind kind() const override { return Kind::Remote; }
    QString description() const override { return QStringLiteral("http://fake:19996/v1.0"); }
    QFuture<model::Result<sched::CloudState>> fetchState() override { return ready(model::Result<sched::CloudState>(state)); }
    QFuture<model::Result<std::vector<sched::Pod>>> listPods() override { return ready(model::Result<std::vector<sched::Pod>>(state.pods)); }
    QFuture<model::Result<sched::Pod>> getPod(const std::string &) override { return ready(no<sched::Pod>()); }
    QFuture<model::Result<sched::Pod>> createPod(const sched::Pod &) override { return ready(no<sched::Pod>()); }
    QFuture<model::Result<sched::Pod>> updatePod(const sched::Pod &) override { return ready(no<sched::Pod>()); }
    QFuture<model::Status> deletePod(const std::string &) override { return ready(model::Status(model::Error{QStringLiteral("no")})); }
    QFuture<model::Result<std::vector<sched::Binding>>> listBindings() override { return ready(model::Result<std::vector<sched::Binding>>(state.bindings)); }
    QFuture<model::Result<sched::Binding>> getBinding(const std::string &) override { return ready(no<sched::Binding>()); }
    QFuture<model::Result<sched::Binding>> createBinding(const std::string &tenant, const std::string &pod) override
    {
        if (failCreates > 0) {
            --failCreates;
            return ready(model::Result<sched::Binding>(model::Error{QStringLiteral("connection refused")}));
        }
        return ready(model::Result<sched::Binding>(add(tenant, pod)));
    }
    QFuture<model::Status> deleteBinding(const std::string &id) override
    {
        deleted << QString::fromStdString(id);
        for (auto it = state.bindings.begin(); it != state.bindings.end(); ++it)
            if (it->id == id) {
                state.bindings.erase(it);
                return ready(model::Status());
            }
        return ready(model::Status(model::Error{QStringLiteral("404 binding not found")}));
    }
    QFuture<model::Result<model::RebindOutcome>> rebind(const std::string &tenant, const std::string &old,
                                                        const std::string &pod) override
    {
        if (failRebindFor.contains(QString::fromStdString(tenant)))
            return ready(model::Result<model::RebindOutcome>(model::Error{QStringLiteral("409 refused by the fake")}));
        model::RebindOutcome o{add(tenant, pod), true, {}};
        if (rebindKeepsOld) {
            o.oldEnded = false;
            o.oldEndError = QStringLiteral("503 Service Unavailable");
        } else {
            deleteBinding(old);
        }
        return ready(model::Result<model::RebindOutcome>(o));
    }
    QFuture<model::Result<std::vector<sched::Binding>>> applyChanges(const std::vector<model::BindingChange> &changes) override
    {
        std::vector<sched::Binding> created;
        for (const model::BindingChange &c : changes) {
            if (failRebindFor.contains(QString::fromStdString(c.tenantId)))
                return ready(model::Result<std::vector<sched::Binding>>(model::Error{QStringLiteral("409 refused by the fake")}));
            if (!c.endBindingId.empty())
                deleteBinding(c.endBindingId);
            if (!c.newPodId.empty())
                created.push_back(add(c.tenantId, c.newPodId));
        }
        return ready(model::Result<std::vector<sched::Binding>>(created));
    }

private:
    sched::Binding add(const std::string &tenant, const std::string &pod)
    {
        sched::Binding b{"fake-" + std::to_string(++nextId), tenant, pod, true, 1'772'000'000'000'000, {}, {}};
        state.bindings.push_back(b);
        return b;
    }
    template <typename T>
    static model::Result<T> no() { return model::Error{QStringLiteral("not supported by the fake")}; }
};

} // namespace

class TestRemoteEdits : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    FakeRemote *m_fake = nullptr;
    TestPrompter *m_prompter = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTestLanguage();
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-remote-edits-test"));
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        auto prompter = std::make_unique<TestPrompter>();
        m_prompter = prompter.get();
        m_window->editor()->setPrompter(std::move(prompter));
        auto fake = std::make_unique<FakeRemote>();
        m_fake = fake.get();
        m_window->show();
        QSignalSpy applied(m_window.get(), &MainWindow::snapshotApplied);
        m_window->openBackend(std::move(fake));
        QVERIFY(applied.wait(20000));
    }

    void cleanup() { m_window.reset(); }

    void aFailedRemoteChangeCanBeRetriedFromTheBanner()
    {
        m_fake->failCreates = 1;
        m_prompter->drivers.enqueue([](QDialog &d) {
            QTest::keyClicks(static_cast<BindingDialog &>(d).tenantEdit(), QStringLiteral("tenant-retry"));
            return int(QDialog::Accepted);
        });
        m_window->editor()->newBinding();
        QCOMPARE(m_prompter->failures, QStringList()); // no modal box
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("connection refused")), qPrintable(m_window->banner()->text()));
        QCOMPARE(m_window->editor()->undoStack()->count(), 0);
        QVERIFY(m_window->banner()->actionButton()->isVisible());
        m_window->banner()->actionButton()->click(); // Retry
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        QVERIFY(std::any_of(m_fake->state.bindings.begin(), m_fake->state.bindings.end(),
                            [](const sched::Binding &b) { return b.tenantId == "tenant-retry"; }));
        QVERIFY(!m_window->banner()->isVisible());
    }

    // End Binding names tenant and pod from the snapshot; the id comes from the
    // backend's list of the tenant's active bindings (Backend's default: filtered from all).
    void endingABindingFindsItsIdThroughTheBackend()
    {
        const sched::Binding b = *std::find_if(m_fake->state.bindings.begin(), m_fake->state.bindings.end(),
                                               [](const sched::Binding &x) { return x.active; });
        m_prompter->drivers.enqueue([&b](QDialog &d) {
            auto &dialog = static_cast<EndBindingDialog &>(d);
            QTest::keyClicks(dialog.tenantEdit(), QString::fromStdString(b.tenantId));
            const int i = dialog.bindingCombo()->findData(QString::fromStdString(b.podId));
            if (i < 0)
                return int(QDialog::Rejected);
            dialog.bindingCombo()->setCurrentIndex(i);
            return int(QDialog::Accepted);
        });
        m_window->editor()->endBinding();
        QCOMPARE(m_prompter->failures, QStringList());
        QCOMPARE(m_fake->deleted, QStringList{QString::fromStdString(b.id)});
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
    }

    void aRebindWhoseDeleteFailedSaysSoAndOffersToFinish()
    {
        m_fake->rebindKeepsOld = true;
        const sched::Pod *north1 = m_fake->state.findPodByName("Pod-North-1");
        const sched::Binding old = *std::find_if(m_fake->state.bindings.begin(), m_fake->state.bindings.end(),
                                                 [&](const sched::Binding &b) { return b.active && b.podId == north1->id; });
        m_prompter->drivers.enqueue([&](QDialog &d) {
            QTest::keyClicks(static_cast<RebindDialog &>(d).tenantEdit(), QString::fromStdString(old.tenantId));
            return int(QDialog::Accepted);
        });
        m_prompter->answers.enqueue(true);
        m_window->editor()->rebindTenant();
        QCOMPARE(m_prompter->failures, QStringList());
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->kind(), NoticeBanner::Kind::Warning);
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("bound twice")), qPrintable(m_window->banner()->text()));
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("503")));
        QCOMPARE(m_window->editor()->undoStack()->count(), 1); // the new binding exists
        QCoreApplication::processEvents();
        testing::saveScreenshot(m_window.get(), QStringLiteral("console-remote-partial-rebind-1280x800"));
        m_window->banner()->actionButton()->click(); // End old binding
        QCOMPARE(m_fake->deleted, QStringList{QString::fromStdString(old.id)});
        QVERIFY(std::none_of(m_fake->state.bindings.begin(), m_fake->state.bindings.end(),
                             [&](const sched::Binding &b) { return b.id == old.id; }));
    }

    void aRemoteDrainCancelledBetweenOperationsSaysWhatWasApplied()
    {
        const std::string north1 = m_fake->state.findPodByName("Pod-North-1")->id;
        const auto onNorth1 = [&] {
            return std::count_if(m_fake->state.bindings.begin(), m_fake->state.bindings.end(),
                                 [&](const sched::Binding &b) { return b.active && b.podId == north1; });
        };
        const auto before = onNorth1();
        QVERIFY(before > 2);
        QString summary;
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Ready; }, 10000))
                return int(QDialog::Rejected);
            dialog.drainButton()->click();
            dialog.cancelButton()->click(); // acted on after the first rebind
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Done; }, 10000))
                return int(QDialog::Rejected);
            summary = dialog.summary();
            testing::saveScreenshot(&dialog, QStringLiteral("dialog-drain-remote-cancelled"));
            return int(QDialog::Rejected);
        });
        m_window->editor()->drainPod(QString::fromStdString(north1));
        QVERIFY2(summary.contains(QStringLiteral("1 tenant(s) moved")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("%1 not moved").arg(before - 1)), qPrintable(summary));
        QCOMPARE(onNorth1(), before - 1);
        QCOMPARE(m_window->editor()->undoStack()->count(), 1); // what was applied is one undo step
        m_window->editor()->undoAction()->trigger();
        QCOMPARE(onNorth1(), before);
    }

    void aPartlyFailedUndoOfADrainNamesEachTenantAndRetriesTheRest()
    {
        const std::string north1 = m_fake->state.findPodByName("Pod-North-1")->id;
        const auto onNorth1 = [&] {
            return std::count_if(m_fake->state.bindings.begin(), m_fake->state.bindings.end(),
                                 [&](const sched::Binding &b) { return b.active && b.podId == north1; });
        };
        const auto before = onNorth1();
        QVERIFY(before > 2);
        QStringList drained; // in the order the drain moved them
        m_prompter->drivers.enqueue([&](QDialog &d) {
            auto &dialog = static_cast<DrainDialog &>(d);
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Ready; }, 10000))
                return int(QDialog::Rejected);
            dialog.drainButton()->click();
            if (!QTest::qWaitFor([&] { return dialog.phase() == DrainDialog::Phase::Done; }, 10000))
                return int(QDialog::Rejected); // the drain never finished: the assertions below fail
            for (const model::TenantChange &c : dialog.preview().list.changes)
                if (c.status == model::TenantChange::Status::Applied)
                    drained << QString::fromStdString(c.tenantId);
            return int(QDialog::Rejected);
        });
        m_window->editor()->drainPod(QString::fromStdString(north1));
        QCOMPARE(onNorth1(), 0);
        QCOMPARE(drained.size(), int(before));
        QUndoStack *stack = m_window->editor()->undoStack();
        QCOMPARE(stack->count(), 1);
        // The undo moves them back newest first: it stops at the second one.
        const QString back = drained.last();
        const QString stuck = drained.at(drained.size() - 2);
        m_fake->failRebindFor = {stuck};

        m_window->editor()->undoAction()->trigger();
        QCoreApplication::processEvents();
        testing::saveScreenshot(m_window.get(), QStringLiteral("console-remote-partial-undo-drain-1280x800"));
        QCOMPARE(m_prompter->failures, QStringList()); // no modal box
        QCOMPARE(onNorth1(), 1);                       // the one before the failure moved back
        QCOMPARE(stack->count(), 0);                   // the step is gone: it did not happen as a whole
        NoticeBanner *banner = m_window->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), NoticeBanner::Kind::Warning);
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("1 of %1 tenant(s) moved").arg(before)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Not moved: %1 — 409 refused by the fake").arg(stuck)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Moved: %1.").arg(back)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 tenant(s) not tried").arg(before - 2)), qPrintable(text));

        m_fake->failRebindFor.clear();
        QVERIFY(banner->actionButton()->isVisible());
        banner->actionButton()->click(); // Retry the rest
        QCOMPARE(onNorth1(), before);
        QCOMPARE(stack->count(), 1);
        QVERIFY2(stack->text(0).contains(QStringLiteral("%1 tenant(s) left").arg(before - 1)), qPrintable(stack->text(0)));
    }
};

QTEST_MAIN(TestRemoteEdits)
#include "tst_remoteedits.moc"
