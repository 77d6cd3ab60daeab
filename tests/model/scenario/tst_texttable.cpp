// SPDX-License-Identifier: Apache-2.0
// Plain-text tables line up by display width: East Asian wide characters
// take two terminal cells, combining marks none.

#include "texttable.h"

#include <QTest>

using model::TextTable;

class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << QStringLiteral("Pod-North-1") << 11;
        QTest::newRow("chinese-two-cells-each") << QStringLiteral("维护") << 4;
        QTest::newRow("mixed") << QStringLiteral("北京-pod1") << 9;
        QTest::newRow("fullwidth-parens") << QStringLiteral("（顶层区域）") << 12;
        QTest::newRow("combining-mark-takes-none") << QStringLiteral("e\u0301t\u00e9") << 3;
        QTest::newRow("german-umlauts-one-cell") << QStringLiteral("Wartungsmodus für") << 17;
        QTest::newRow("emoji-outside-bmp") << QStringLiteral("\U0001F600") << 2;
        // Blocks the old hand-written table missed.
        QTest::newRow("emoji-transport-rocket") << QStringLiteral("\U0001F680") << 2;
        QTest::newRow("emoji-extended-a") << QStringLiteral("\U0001FA7A") << 2;
        QTest::newRow("dingbat-check-mark") << QStringLiteral("\u2705") << 2;
        QTest::newRow("emoji-zwj-family-one-picture") << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467") << 2;
        QTest::newRow("emoji-flag-pair") << QStringLiteral("\U0001F1E9\U0001F1EA") << 2;
        QTest::newRow("heart-with-emoji-selector") << QStringLiteral("\u2764\uFE0F") << 2;
        QTest::newRow("control-character-takes-none") << QStringLiteral("a\u001Fb") << 2;
        QTest::newRow("hangul-syllables") << QStringLiteral("\uD55C\uAE00") << 4;
    }

    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(TextTable::displayWidth(text), width);
    }

    void chineseColumnsLineUp()
    {
        const QString out = TextTable::format({{QStringLiteral("名称"), QStringLiteral("状态")},
                                               {QStringLiteral("北京一号"), QStringLiteral("维护")},
                                               {QStringLiteral("pod-2"), QStringLiteral("启用")}});
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // The second column starts at the same terminal cell on every line.
        for (const QString &line : lines) {
            const qsizetype second = line.lastIndexOf(QLatin1Char(' ')) + 1;
            QCOMPARE(TextTable::displayWidth(line.left(second)), 10); // "北京一号" (8 cells) + 2
        }
    }

    void elideMiddle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fits-unchanged") << QStringLiteral("pod-1") << 5 << QStringLiteral("pod-1");
        QTest::newRow("ends-kept") << QStringLiteral("tenant-0123456789") << 10 << QStringLiteral("tenan…6789");
        QTest::newRow("wide-characters-by-cells") << QStringLiteral("北京数据中心第一号") << 9 << QStringLiteral("北京…一号");
    }

    void elideMiddle()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, expected);
        QCOMPARE(TextTable::elideMiddle(text, width), expected);
        QVERIFY(TextTable::displayWidth(TextTable::elideMiddle(text, width)) <= width);
    }

    void wrapAtSpacesAndCutsLongWords()
    {
        QCOMPARE(TextTable::wrap(QStringLiteral("every candidate pod was rejected"), 16),
                 (QStringList{QStringLiteral("every candidate"), QStringLiteral("pod was rejected")}));
        QCOMPARE(TextTable::wrap(QStringLiteral("abcdefghij"), 4),
                 (QStringList{QStringLiteral("abcd"), QStringLiteral("efgh"), QStringLiteral("ij")}));
        QCOMPARE(TextTable::wrap(QString(), 4), QStringList{QString()});
    }

    // Cut columns and a wrapping last column keep every line within the width,
    // the continuation lines starting under the last column.
    void formatWithinWidth()
    {
        const std::vector<QStringList> rows{{QStringLiteral("Tenant"), QStringLiteral("Reason")},
                                            {QStringLiteral("tenant-0123456789abcdef"),
                                             QStringLiteral("every candidate pod was rejected by the capacity filter")}};
        const QString out = TextTable::format(rows, {{12}, {0, true}}, QStringLiteral("  "), 40);
        QCOMPARE(out, QStringLiteral("  Tenant        Reason\n"
                                     "  tenant…bcdef  every candidate pod was\n"
                                     "                rejected by the capacity\n"
                                     "                filter\n"));
    }

    void indentAndLastColumnUnpadded()
    {
        const QString out = TextTable::format({{QStringLiteral("a"), QStringLiteral("b")}}, QStringLiteral("  "));
        QCOMPARE(out, QStringLiteral("  a  b\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
