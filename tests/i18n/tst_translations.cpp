// SPDX-License-Identifier: Apache-2.0
// Every translations/*.ts is complete and consistent with its sources, and the
// .qm files embedded under :/i18n load and translate what the .ts files say.

#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false; // vanished or obsolete: not compiled, not checked
    QString translation;
    QStringList forms;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                m.unfinished = type == QLatin1String("unfinished");
                m.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                if (!m.numerus)
                    m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << m;
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// How many plural forms lrelease expects per language.
int pluralForms(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("zh") || lang == QLatin1String("ja") || lang == QLatin1String("ko"))
        return 1;
    if (lang == QLatin1String("de") || lang == QLatin1String("en"))
        return 2;
    return -1; // unknown: add it here
}

// %1..%99, %L1.., %n, and QProgressBar's %v / %m. Compared as sets: arg()
// replaces every occurrence, so a placeholder may appear once or twice.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]{1,2}|n|v|m)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

bool isEnglish(const QString &language) { return language.startsWith(QLatin1String("en")); }

QString tsDir() { return QStringLiteral(TRIO2O_TRANSLATIONS_DIR); }

QString describe(const QString &file, const Message &m)
{
    QString source = m.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("%1: [%2] \"%3\"%4").arg(file, m.context, source,
                                                   m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

void removeOurTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTsFileIsThere()
    {
        const QStringList files = QDir(tsDir()).entryList({QStringLiteral("*.ts")});
        QVERIFY2(files.contains(QStringLiteral("trio2o_de.ts")), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(QStringLiteral("trio2o_zh_CN.ts")), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(QStringLiteral("trio2o_en.ts")), qPrintable(files.join(u' ')));
    }

    void tsFileIsCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : QDir(tsDir()).entryList({QStringLiteral("*.ts")}))
            QTest::newRow(qPrintable(f)) << f;
    }

    void tsFileIsCompleteAndConsistent()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(tsDir() + QLatin1Char('/') + file);
        QVERIFY2(ts.error.isEmpty(), qPrintable(file + QStringLiteral(": not valid XML: ") + ts.error));
        QVERIFY2(!ts.language.isEmpty(), qPrintable(file + QStringLiteral(": no language attribute")));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(file + QStringLiteral(": no messages")));
        const int forms = pluralForms(ts.language);
        QVERIFY2(forms > 0, qPrintable(file + QStringLiteral(": unknown plural rule for ") + ts.language));
        const bool english = isEnglish(ts.language);

        QStringList problems;
        for (const Message &m : ts.messages) {
            if (m.obsolete)
                continue;
            const QString where = describe(file, m);
            // lupdate files a tr() it cannot place under a namespace or type
            // (e.g. "std" in a function returning std::string) or under none
            // (tr through a type alias): the code never looks there, so the
            // string would stay English.
            if (m.context.isEmpty() || m.context == QLatin1String("std") || m.context == QLatin1String("sched")
                || m.context == QLatin1String("model")) {
                problems << where + QStringLiteral(": context is not a class, tr() will not find it");
                continue;
            }
            if (m.unfinished) {
                problems << where + QStringLiteral(": unfinished");
                continue;
            }
            if (m.numerus) {
                if (m.forms.size() != forms)
                    problems << where + QStringLiteral(": %1 plural form(s), %2 needed").arg(m.forms.size()).arg(forms);
                for (int i = 0; i < m.forms.size(); ++i) {
                    if (m.forms[i].trimmed().isEmpty())
                        problems << where + QStringLiteral(": plural form %1 is empty").arg(i + 1);
                    else if (placeholders(m.forms[i]) != placeholders(m.source))
                        problems << where + QStringLiteral(": plural form %1 has placeholders %2, the source %3")
                                                .arg(i + 1)
                                                .arg(placeholders(m.forms[i]).join(u' '), placeholders(m.source).join(u' '));
                }
            } else if (m.translation.isEmpty()) {
                // English leaves them empty on purpose: the source text is used.
                if (!english)
                    problems << where + QStringLiteral(": empty translation");
            } else if (placeholders(m.translation) != placeholders(m.source)) {
                problems << where + QStringLiteral(": placeholders %1 in \"%2\", the source has %3")
                                        .arg(placeholders(m.translation).join(u' '), m.translation,
                                             placeholders(m.source).join(u' '));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.join(QStringLiteral("\n  "))));
    }

    void embeddedQmTranslatesWhatTheTsSays_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fileMenu"); // a fixed point: the File menu
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("trio2o_de") << QStringLiteral("&Datei");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("trio2o_zh_CN") << QStringLiteral("文件(&F)");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("trio2o_en") << QStringLiteral("&File");
    }

    void embeddedQmTranslatesWhatTheTsSays()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, fileMenu);
        const QString qm = QStringLiteral(":/i18n/") + file + QStringLiteral(".qm");
        QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is not embedded")));
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QVERIFY(!translator.isEmpty());

        // A known string, then every message of the .ts file.
        const QString known = translator.translate("gui::MainWindow", "&File");
        QCOMPARE(known.isEmpty() ? QStringLiteral("&File") : known, fileMenu);

        const TsFile ts = readTs(tsDir() + QLatin1Char('/') + file + QStringLiteral(".ts"));
        QVERIFY(ts.error.isEmpty());
        QStringList problems;
        for (const Message &m : ts.messages) {
            if (m.obsolete || m.unfinished)
                continue;
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                // n = 1 takes the first form; n = 5 the last (de, en: "other"; zh: the only one).
                const QString one = translator.translate(context, source, disambiguation, 1);
                const QString many = translator.translate(context, source, disambiguation, 5);
                if (one != m.forms.value(0) || many != m.forms.value(m.forms.size() - 1))
                    problems << describe(file, m) + QStringLiteral(": the .qm says \"%1\" / \"%2\"").arg(one, many);
            } else {
                const QString got = translator.translate(context, source, disambiguation);
                if (got != m.translation)
                    problems << describe(file, m) + QStringLiteral(": the .qm says \"%1\"").arg(got);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 message(s) differ (rebuild?):\n  ").arg(problems.size())
                                                + problems.join(QStringLiteral("\n  "))));
        Q_UNUSED(language);
    }

    void installTranslatorsPicksTheLanguage()
    {
        removeOurTranslators();
        QCOMPARE(i18n::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("gui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("GenerateCommand", "%n pod(s)", nullptr, 1), QStringLiteral("1 Pod"));
        QCOMPARE(QCoreApplication::translate("GenerateCommand", "%n pod(s)", nullptr, 3), QStringLiteral("3 Pods"));

        removeOurTranslators();
        QCOMPARE(i18n::installTranslators(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("gui::MainWindow", "&File"), QStringLiteral("文件(&F)"));

        // English, and languages we do not ship, get the English plural forms.
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("en_GB"), QStringLiteral("fr")}) {
            removeOurTranslators();
            QCOMPARE(i18n::installTranslators(lang), QString());
            QCOMPARE(QCoreApplication::translate("gui::MainWindow", "&File"), QStringLiteral("&File"));
            QCOMPARE(QCoreApplication::translate("GenerateCommand", "%n pod(s)", nullptr, 1), QStringLiteral("1 pod"));
            QCOMPARE(QCoreApplication::translate("GenerateCommand", "%n pod(s)", nullptr, 10), QStringLiteral("10 pods"));
        }
        removeOurTranslators();
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
