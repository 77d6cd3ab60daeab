// SPDX-License-Identifier: Apache-2.0
// StringPool: dense ids in first-seen order, lookups that compare the whole
// text (never just the hash), views that outlive growth, and copies that own
// their text.

#include "stringpool.h"

#include <QTest>

#include <string>

using sched::StringPool;

class TstStringPool : public QObject
{
    Q_OBJECT

private slots:
    void idsAreDenseInFirstSeenOrder()
    {
        StringPool p;
        QCOMPARE(p.intern("b"), 0u);
        QCOMPARE(p.intern("a"), 1u);
        QCOMPARE(p.intern("b"), 0u);
        QCOMPARE(p.intern(""), 2u);
        QCOMPARE(p.size(), std::size_t(3));
        QCOMPARE(p.name(1), std::string_view("a"));
        QCOMPARE(p.name(2), std::string_view(""));
    }

    void findAnswersOnlyForInternedNames()
    {
        StringPool p;
        p.intern("tenant-1");
        QCOMPARE(p.find("tenant-1"), std::optional<std::uint32_t>(0));
        QVERIFY(!p.find("tenant-2"));
        QVERIFY(!p.find("tenant-"));
        QVERIFY(!p.find(""));
    }

    // An embedded NUL and a prefix are different names.
    void namesDifferingByLengthOrNulAreDistinct()
    {
        StringPool p;
        const std::string withNul("a\0b", 3);
        const auto a = p.intern("a");
        const auto nul = p.intern(withNul);
        QVERIFY(a != nul);
        QCOMPARE(p.name(nul), std::string_view(withNul));
        QCOMPARE(p.intern(std::string_view("a\0", 2)), 2u);
    }

    // 200,000 names (the table grows many times, text spans many chunks; one
    // name longer than a chunk): every id and every early view still right.
    void manyNamesKeepTheirIdsAndViews()
    {
        StringPool p;
        const std::string_view first = p.name(p.intern("first"));
        const std::string huge(300 * 1024, 'x');
        const auto hugeId = p.intern(huge);
        for (int i = 0; i < 200000; ++i)
            QCOMPARE(p.intern("name-" + std::to_string(i)), std::uint32_t(i + 2));
        for (int i = 0; i < 200000; i += 997)
            QCOMPARE(p.find("name-" + std::to_string(i)), std::optional<std::uint32_t>(i + 2));
        QCOMPARE(first, std::string_view("first"));
        QCOMPARE(p.name(hugeId), std::string_view(huge));
        QCOMPARE(p.intern(huge), hugeId);
    }

    void aCopyOwnsItsText()
    {
        auto original = std::make_unique<StringPool>();
        original->intern("x");
        original->intern("y");
        const StringPool copy = *original;
        original.reset();
        QCOMPARE(copy.size(), std::size_t(2));
        QCOMPARE(copy.name(1), std::string_view("y"));
        QCOMPARE(copy.find("x"), std::optional<std::uint32_t>(0));
    }
};

QTEST_GUILESS_MAIN(TstStringPool)
#include "tst_stringpool.moc"
