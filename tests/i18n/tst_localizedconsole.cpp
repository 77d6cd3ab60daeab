// SPDX-License-Identifier: Apache-2.0
// The console in German and Simplified Chinese (and English to compare): every
// tab of the main window at 1280x800 and the connect dialog, saved as
// console-<lang>-<page>.png into
// $TRIO2O_TEST_OUTPUT for a person to look at (long German words, CJK glyphs).

#include "bindingspage.h"
#include "cloudtreemodel.h"
#include "connectdialog.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "snapshotloader.h"
#include "tenantspage.h"
#include "translator.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFontDatabase>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace gui;

class TestLocalizedConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static void useLanguage(const QString &language)
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        // English loads the plural forms only and reports "" (the source texts).
        QCOMPARE(i18n::installTranslators(language), language == QLatin1String("en") ? QString() : language);
    }

    // The console at `size`, shown, with the test database read in.
    [[nodiscard]] bool openShown(MainWindow &w, QSize size) const
    {
        w.resize(size);
        w.show();
        QSignalSpy applied(&w, &MainWindow::snapshotApplied);
        w.openDatabase(m_db);
        return applied.wait(20000);
    }

    static void settle(QWidget &w)
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
        w.repaint();
    }

    static QWidget *openDialog()
    {
        for (QWidget *t : QApplication::topLevelWidgets())
            if (t->isVisible() && t->inherits("QDialog"))
                return t;
        return nullptr;
    }

    // Triggers the action whose text is `source` (translated) and grabs the
    // dialog it opens, then closes it and anything that follows (confirmations).
    static void grabDialogOf(QWidget &window, const char *context, const char *source, const QString &name)
    {
        const QString text = QCoreApplication::translate(context, source);
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == text)
                action = a;
        // A missing or disabled action is a failure: the screenshot it should give would silently be absent.
        QVERIFY2(action && action->isEnabled(),
                 qPrintable(QStringLiteral("no enabled action \"%1\" (%2): no screenshot %3")
                                .arg(QString::fromUtf8(source), text, name)));
        bool grabbed = false, busy = false;
        int ticks = 0;
        QTimer poll;
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (busy)
                return;
            QWidget *d = openDialog();
            if (!d) {
                if (++ticks > 100)
                    poll.stop();
                return;
            }
            busy = true;
            if (!grabbed) {
                settle(*d);
                testing::saveScreenshot(d, name);
                grabbed = true;
            }
            if (auto *dialog = qobject_cast<QDialog *>(d))
                dialog->reject();
            else
                d->close();
            busy = false;
        });
        poll.start();
        action->trigger();
        // Until the dialog was grabbed and it and whatever followed it are closed.
        const bool settled = QTest::qWaitFor([&] { return grabbed && !busy && !openDialog(); }, 30000);
        poll.stop();
        QVERIFY2(grabbed, qPrintable(QStringLiteral("no dialog for ") + name));
        QWidget *left = openDialog();
        if (left)
            left->close();
        QVERIFY2(settled, qPrintable(QStringLiteral("a dialog stayed open after %1: %2")
                                         .arg(name, left ? left->windowTitle() : QStringLiteral("(busy)"))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Trio2oTest"));
        QCoreApplication::setApplicationName(QStringLiteral("trio2o-console-i18n-test"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cloud.sqlite"));
        QVERIFY(model::SnapshotLoader::seedDemo(m_db).ok());
    }

    void init() { QSettings().clear(); }

    void screenshotsOfEveryTab_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("firstTab"); // proof that the translation is in use
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Übersicht");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("仪表板(&D)");
        // The English original next to them, to compare widths.
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Dashboard");
    }

    void screenshotsOfEveryTab()
    {
        QFETCH(QString, language);
        QFETCH(QString, firstTab);
        useLanguage(language);
        if (language.startsWith(QLatin1String("zh"))) {
            // Without a CJK font every glyph would be a box: say so plainly.
            const QStringList cjk = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
            QVERIFY2(!cjk.isEmpty(), "no font with Simplified Chinese glyphs (install fonts-noto-cjk)");
        }

        MainWindow w;
        QVERIFY(openShown(w, QSize(1280, 800)));
        QCOMPARE(w.tabs()->tabText(0), firstTab);

        const char *names[] = {"dashboard", "pods", "bindings", "tenants", "whatif"};
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            if (i == int(MainWindow::Page::Bindings))
                w.bindingsPage()->setShowHistory(true);
            if (i == int(MainWindow::Page::Tenants)) {
                QTableView *table = w.tenantsPage()->table();
                table->setCurrentIndex(table->model()->index(0, 0));
            }
            settle(w);
            const QString page = i < 5 ? QLatin1String(names[i]) : QStringLiteral("tab%1").arg(i + 1);
            testing::saveScreenshot(&w, QStringLiteral("console-%1-%2").arg(language, page));
        }
    }

    // Translated labels are longer: nothing may hold the window wider than a
    // 1024x700 screen (an eighth dashboard figure once did, in German).
    void fitsA1024By700Screen_data() { screenshotsOfEveryTab_data(); }

    void fitsA1024By700Screen()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow w;
        QVERIFY(openShown(w, QSize(1024, 700)));
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            settle(w);
            QString widths; // who holds it wide: each page's and the tree's minimum width
            for (int t = 0; t < w.tabs()->count(); ++t)
                widths += QStringLiteral(" %1=%2").arg(w.tabs()->tabText(t)).arg(w.tabs()->widget(t)->minimumSizeHint().width());
            widths += QStringLiteral(" tree=%1 window=%2").arg(w.tree()->minimumSizeHint().width()).arg(w.minimumSizeHint().width());
            QVERIFY2(w.size() == QSize(1024, 700), qPrintable(QStringLiteral("%1x%2 on tab %3:%4")
                                                                  .arg(w.width()).arg(w.height()).arg(i).arg(widths)));
        }
    }

    void screenshotsOfTheDialogs_data() { screenshotsOfEveryTab_data(); }

    void screenshotsOfTheDialogs()
    {
        QFETCH(QString, language);
        useLanguage(language);
        MainWindow w;
        QVERIFY(openShown(w, QSize(1280, 800)));
        // A bottom pod chosen, for the pod actions.
        auto *tree = static_cast<model::CloudTreeModel *>(w.tree()->model());
        w.tree()->setCurrentIndex(tree->podIndex(1));
        settle(w);
        const struct {
            const char *context, *source, *name;
        } actions[] = {
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "&New Pod…"), "new-pod"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "&Edit Pod…"), "edit-pod"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "New &Binding…"), "new-binding"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "End Bindin&g…"), "end-binding"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "Reb&ind Tenant…"), "rebind"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "Dr&ain Pod…"), "drain"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "&Schedule…"), "schedule"},
            {"gui::EditController", QT_TRANSLATE_NOOP("gui::EditController", "Scheduler Se&ttings…"), "scheduler-settings"},
            {"gui::MainWindow", QT_TRANSLATE_NOOP("gui::MainWindow", "&About Trio2o Console"), "about"},
        };
        for (const auto &a : actions) {
            grabDialogOf(w, a.context, a.source, QStringLiteral("console-%1-dialog-%2").arg(language, QLatin1String(a.name)));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void screenshotOfTheConnectDialog_data() { screenshotsOfEveryTab_data(); }

    void screenshotOfTheConnectDialog()
    {
        QFETCH(QString, language);
        useLanguage(language);
        ConnectDialog d({m_db, m_dir.filePath(QStringLiteral("other.sqlite"))}, m_db);
        d.show();
        settle(d);
        testing::saveScreenshot(&d, QStringLiteral("console-%1-connect").arg(language));
    }
};

QTEST_MAIN(TestLocalizedConsole)
#include "tst_localizedconsole.moc"
