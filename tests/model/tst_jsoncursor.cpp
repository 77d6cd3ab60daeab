// SPDX-License-Identifier: Apache-2.0
// The JSON reader and writer under the state codec: strict RFC 8259 syntax
// with the byte offset of the first problem, exact string decoding, bounded
// nesting, and a writer whose output the reader (and Qt) read back unchanged.

#include "jsonarraycount.h"
#include "jsoncursor.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using model::JsonCursor;
using model::JsonType;
using model::JsonValue;

namespace {

std::string_view view(const QByteArray &b) { return {b.constData(), std::size_t(b.size())}; }

// Skips one whole document; returns the error, or "" when it is valid.
QString check(const QByteArray &json)
{
    JsonCursor c(view(json));
    if (c.skipValue() && c.finish())
        return {};
    return c.error();
}

} // namespace

class TestJsonCursor : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatQtAccepts_data()
    {
        QTest::addColumn<QByteArray>("json");
        for (const char *ok : {"{}", "[]", " {\"a\": [1, -2.5e3, 0, true, false, null, \"x\"]} ",
                               "{\"nested\": {\"deeper\": [[[]], {}]}}", "\"\\u00e9\\ud83d\\ude00\\n\\\"\\\\\\/\"",
                               "\"gr\xc3\xbc\xc3\x9f \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80\"", "-0.0e-0", "1E+2"})
            QTest::newRow(ok) << QByteArray(ok);
    }
    void acceptsWhatQtAccepts()
    {
        QFETCH(QByteArray, json);
        QVERIFY2(check(json).isEmpty(), qPrintable(check(json)));
        QJsonParseError qtError;
        QJsonDocument::fromJson("[" + json + "]", &qtError);
        QCOMPARE(qtError.error, QJsonParseError::NoError);
    }

    void refusesMalformedInputNamingTheByte_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("byte");
        QTest::addColumn<QString>("what");
        QTest::newRow("empty") << QByteArray("") << 0 << "ends early";
        QTest::newRow("unclosed-object") << QByteArray("{\"a\": 1") << 7 << "ends inside an object";
        QTest::newRow("unclosed-array") << QByteArray("[1, 2") << 5 << "ends inside an array";
        QTest::newRow("trailing-comma") << QByteArray("[1, ]") << 4 << "value was expected";
        QTest::newRow("missing-colon") << QByteArray("{\"a\" 1}") << 5 << "':'";
        QTest::newRow("unquoted-key") << QByteArray("{a: 1}") << 1 << "member name";
        QTest::newRow("missing-comma") << QByteArray("{\"a\": 1 \"b\": 2}") << 8 << "',' or '}'";
        QTest::newRow("leading-zero") << QByteArray("[01]") << 2 << "',' or ']'";
        QTest::newRow("bare-minus") << QByteArray("[-]") << 1 << "invalid number";
        QTest::newRow("no-fraction-digits") << QByteArray("[1.]") << 1 << "invalid number";
        QTest::newRow("bad-literal") << QByteArray("[nul]") << 1 << "value was expected";
        QTest::newRow("unclosed-string") << QByteArray("[\"abc") << 1 << "not closed";
        QTest::newRow("raw-newline-in-string") << QByteArray("[\"a\nb\"]") << 3 << "control character";
        QTest::newRow("bad-escape") << QByteArray("[\"a\\x\"]") << 3 << "escape";
        QTest::newRow("short-unicode-escape") << QByteArray("[\"\\u12\"]") << 2 << "\\u escape";
        QTest::newRow("lone-surrogate") << QByteArray("[\"\\ud800x\"]") << 2 << "surrogate";
        QTest::newRow("invalid-utf8") << QByteArray("[\"a\xff\"]") << 3 << "UTF-8";
        QTest::newRow("overlong-utf8") << QByteArray("[\"\xc0\xaf\"]") << 2 << "UTF-8";
        QTest::newRow("utf8-surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << 2 << "UTF-8";
        QTest::newRow("truncated-utf8") << QByteArray("[\"\xe4\xb8") << 2 << "UTF-8";
        QTest::newRow("garbage-after") << QByteArray("{} x") << 3 << "after the end";
        QTest::newRow("too-deep") << QByteArray(600, '[') << int(JsonCursor::kMaxDepth) << "deeper than 512";
    }
    void refusesMalformedInputNamingTheByte()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, byte);
        QFETCH(QString, what);
        const QString error = check(json);
        QVERIFY2(error.contains(QStringLiteral("byte %1:").arg(byte)), qPrintable(error));
        QVERIFY2(error.contains(what), qPrintable(error));
    }

    void decodesStringsExactly()
    {
        JsonCursor c("[\"plain\", \"tab\\there \\\"q\\\" \\\\ \\/\", \"\\u00e9\\u4e2d\\ud83d\\ude00\", \"\\u0000x\"]");
        QVERIFY(c.enterArray());
        std::string s;
        QVERIFY(c.nextElement() && c.readString(s));
        QCOMPARE(s, std::string("plain"));
        QVERIFY(c.nextElement() && c.readString(s));
        QCOMPARE(s, std::string("tab\there \"q\" \\ /"));
        QVERIFY(c.nextElement() && c.readString(s));
        QCOMPARE(s, std::string("\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80"));
        QVERIFY(c.nextElement() && c.readString(s));
        QCOMPARE(s, std::string("\0x", 2));
        QVERIFY(!c.nextElement());
        QVERIFY(c.finish());
    }

    void numbersOutOfRangeBecomeInfinityOrZero()
    {
        JsonCursor c("[1e400, -1e400, 1e-400, 123456789012345678901234567890, 0.5]");
        QVERIFY(c.enterArray());
        JsonValue v;
        QVERIFY(c.nextElement() && c.readValue(v));
        QVERIFY(std::isinf(v.number) && v.number > 0);
        QVERIFY(c.nextElement() && c.readValue(v));
        QVERIFY(std::isinf(v.number) && v.number < 0);
        QVERIFY(c.nextElement() && c.readValue(v));
        QCOMPARE(v.number, 0.0);
        QVERIFY(c.nextElement() && c.readValue(v));
        QCOMPARE(v.number, 1.2345678901234568e29);
        QVERIFY(c.nextElement() && c.readValue(v));
        QCOMPARE(v.number, 0.5);
    }

    void readObjectKeepsNamedMembersAndChecksTheRest()
    {
        const QByteArray json = "{\"skip\": {\"x\": [1, {\"y\": null}]}, \"b\": true, \"a\": \"A\", \"obj\": {\"k\": 1}, \"a\": \"again\"}";
        static constexpr std::array<std::string_view, 4> keys{"a", "b", "obj", "absent"};
        std::array<JsonValue, 4> values;
        JsonCursor c(view(json));
        QVERIFY2(c.readObject(keys, values), qPrintable(c.error()));
        QCOMPARE(values[0].type, JsonType::String);
        QCOMPARE(values[0].text, std::string("again")); // the last of a repeated member wins
        QCOMPARE(values[1].type, JsonType::Bool);
        QVERIFY(values[1].boolean);
        QCOMPARE(values[2].type, JsonType::Object);
        QCOMPARE(values[2].text, std::string("{\"k\": 1}"));
        QCOMPARE(values[2].offset, std::size_t(json.indexOf("{\"k\"")));
        QCOMPARE(values[3].type, JsonType::Missing);

        // A syntax error inside a skipped member is still found.
        JsonCursor bad("{\"skip\": [1 2], \"a\": \"A\"}");
        QVERIFY(!bad.readObject(keys, values));
        QVERIFY2(bad.error().contains(QStringLiteral("byte 12")), qPrintable(bad.error()));
    }

    void nestedCursorsReportOffsetsOfTheWholeDocument()
    {
        const QByteArray inner = "{\"x\": }";
        JsonCursor c(view(inner), 1000);
        QVERIFY(!c.skipValue());
        QVERIFY2(c.error().contains(QStringLiteral("byte 1006")), qPrintable(c.error()));
    }

    void writerOutputReadsBackAndMatchesQt()
    {
        for (bool indented : {false, true}) {
            QByteArray out;
            model::JsonWriter w(out, indented);
            w.beginObject();
            w.key("s"), w.string(std::string_view("q\"\\\n\x01 \xc3\xa9", 8));
            w.key("n"), w.number(0.9);
            w.key("i"), w.integer(-42);
            w.key("b"), w.boolean(false);
            w.key("z"), w.null();
            w.key("empty"), w.beginArray(), w.endArray();
            w.key("list"), w.beginArray(), w.number(1), w.number(1e21), w.endArray();
            w.endObject();
            QVERIFY2(check(out).isEmpty(), qPrintable(check(out)));
            const QJsonObject o = QJsonDocument::fromJson(out).object();
            QCOMPARE(o.value("s").toString(), QString::fromUtf8("q\"\\\n\x01 \xc3\xa9"));
            QCOMPARE(o.value("n").toDouble(), 0.9);
            QCOMPARE(o.value("i").toInt(), -42);
            QVERIFY(o.value("z").isNull());
            QCOMPARE(o.value("list").toArray().at(1).toDouble(), 1e21);
            if (indented) // laid out as QJsonDocument::Indented does
                QVERIFY2(out.contains("{\n    \"s\": \"q"), out.constData());
            else
                QVERIFY2(out.startsWith("{\"s\":\"q\\\"\\\\\\n\\u0001 "), out.constData());
        }
    }

    // To a sink, a block at a time: the same bytes as into a QByteArray, also
    // with strings longer than a block and escapes across block borders.
    void writerStreamsTheSameBytesInBlocks()
    {
        const std::string longText = std::string(300 * 1024, 'y') + "\"\n\x01" + std::string(70 * 1024, 'z');
        for (bool indented : {false, true}) {
            const auto write = [&](model::JsonWriter &w) {
                w.beginObject();
                w.key("long"), w.string(longText);
                w.key("list"), w.beginArray();
                for (int i = 0; i < 40000; ++i)
                    w.beginObject(), w.key("i"), w.integer(i), w.key("s"), w.string("q\"t"), w.endObject();
                w.endArray();
                w.endObject();
            };
            QByteArray whole;
            {
                model::JsonWriter w(whole, indented);
                write(w);
            }
            QByteArray streamed;
            int blocks = 0;
            {
                model::JsonWriter w([&](std::string_view b) { streamed.append(b.data(), qsizetype(b.size())), ++blocks; }, indented);
                write(w);
            }
            QVERIFY(blocks > 3);
            QVERIFY(streamed == whole);
            QVERIFY2(check(whole).isEmpty(), qPrintable(check(whole)));
            const QJsonObject o = QJsonDocument::fromJson(whole).object();
            QCOMPARE(o.value("long").toString().toStdString(), longText);
            QCOMPARE(o.value("list").toArray().size(), 40000);
        }
    }

    // Escapes found eight bytes at a time: each byte that needs one, and
    // neighbours that do not (0x20, 0x7f, UTF-8), at every place in a word.
    void writerEscapesAtEveryPlaceOfAWord()
    {
        for (const std::string special : {std::string("\""), std::string("\\"), std::string(1, '\0'), std::string("\x1f"),
                                          std::string("\n"), std::string(" "), std::string("\x7f"), std::string("\xc3\xa9")}) {
            for (std::size_t at = 0; at < 19; ++at) {
                const std::string text = std::string(at, 'a') + special + std::string(19 - at, 'b');
                QByteArray out;
                {
                    model::JsonWriter w(out);
                    w.beginArray(), w.string(text), w.endArray();
                }
                QVERIFY2(check(out).isEmpty(), out.constData());
                QCOMPARE(QJsonDocument::fromJson(out).array().at(0).toString(), QString::fromUtf8(text.data(), qsizetype(text.size())));
                const bool escaped = special == "\"" || special == "\\" || static_cast<unsigned char>(special[0]) < 0x20;
                QCOMPARE(out.size(), qsizetype(text.size() + 4 + (escaped ? (static_cast<unsigned char>(special[0]) < 0x20 && special != "\n" ? 5 : 1) : 0)));
            }
        }
    }

    void countsArrayElementsWithoutReadingThem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("count"); // -1: the array does not end
        QTest::newRow("empty") << QByteArray(" [ \n]") << 0;
        QTest::newRow("one") << QByteArray("[1]") << 1;
        QTest::newRow("nested") << QByteArray("[1, [2, 3], {\"a\": [4, 5], \"b\": {}}, []]") << 4;
        QTest::newRow("brackets in strings") << QByteArray("[\"a,]\\\"\", \"b\\\\\", \"{[\", \"\\\\\\\"]\"]") << 4;
        QTest::newRow("what follows") << QByteArray("[{}, {}], \"x\": [1, 2, 3]}") << 2;
        QTest::newRow("unterminated") << QByteArray("[1, 2") << -1;
        QTest::newRow("unterminated string") << QByteArray("[\"1, 2]") << -1;
        QTest::newRow("not an array") << QByteArray("{}") << -1;
    }
    void countsArrayElementsWithoutReadingThem()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, count);
        const auto n = model::countJsonArrayElements(view(json));
        QCOMPARE(n ? int(*n) : -1, count);
        if (count > 0) { // what the cursor finds
            model::JsonCursor c(view(json));
            int elements = 0;
            QVERIFY(c.enterArray());
            while (c.nextElement() && c.skipValue())
                ++elements;
            QCOMPARE(elements, count);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonCursor)
#include "tst_jsoncursor.moc"
