// SPDX-License-Identifier: Apache-2.0
// BoundedFileReader: /dev/zero, an endless FIFO and oversized files end in a
// clear error after at most the limit of their kind (or at the first byte no
// JSON can start with); a FIFO with a finite JSON text reads whole. And one
// byte order mark rule for every reader: state, config, scenario and plan all
// skip a leading UTF-8 BOM.

#include "files/boundedfilereader.h"
#include "planjson.h"
#include "scenariojson.h"
#include "schedulerconfigjson.h"
#include "statejsoncodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using model::BoundedFileReader;
using Kind = model::BoundedFileReader::Kind;

namespace {

// Writes `text` into a FIFO, then (if `endless`) white space until the reader goes away.
std::thread feed(const QString &fifo, QByteArray text, bool endless)
{
    return std::thread([path = QFile::encodeName(fifo), text = std::move(text), endless] {
        const int fd = ::open(path.constData(), O_WRONLY);
        if (fd < 0)
            return;
        bool ok = ::write(fd, text.constData(), std::size_t(text.size())) == text.size();
        static const QByteArray spaces(65536, ' ');
        while (ok && endless)
            ok = ::write(fd, spaces.constData(), std::size_t(spaces.size())) > 0;
        ::close(fd);
    });
}

} // namespace

class TestBoundedFileReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { std::signal(SIGPIPE, SIG_IGN); }

    void devZeroStopsAtTheFirstByte_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("state") << int(Kind::StateFile);
        QTest::newRow("config") << int(Kind::ConfigFile);
        QTest::newRow("plan") << int(Kind::PlanFile);
    }

    void devZeroStopsAtTheFirstByte()
    {
        QFETCH(int, kind);
        const auto bytes = BoundedFileReader::read(QStringLiteral("/dev/zero"), Kind(kind));
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        QVERIFY(bytes->size() <= 1024 * 1024);
        QVERIFY(bytes->startsWith('\0'));
        const auto state = model::StateJsonCodec::parse(bytes.value());
        QVERIFY(!state.ok());
        QVERIFY2(state.error().contains(QLatin1String("byte 0")), qPrintable(state.error()));
    }

    void endlessFifoHitsTheLimit()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("endless"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::thread writer = feed(fifo, "{\"policy\": \"weighted\"", true);
        const auto bytes = BoundedFileReader::read(fifo, Kind::ConfigFile);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error(),
                 QStringLiteral("%1 is longer than 1 MiB, the limit for a scheduler configuration").arg(fifo));
        // Closing the FIFO ends the writer (EPIPE).
        writer.join();
    }

    void finiteFifoReadsWhole()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("state"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray text = "{\"pods\": [], \"pod_bindings\": []}";
        std::thread writer = feed(fifo, text, false);
        const auto bytes = BoundedFileReader::read(fifo, Kind::StateFile);
        writer.join();
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        QCOMPARE(bytes.value(), text);
    }

    void oversizedFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(BoundedFileReader::limit(Kind::StateFile) + 1)); // sparse: costs no disk
        f.close();
        const auto bytes = BoundedFileReader::read(path, Kind::StateFile);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error(), QStringLiteral("%1 is longer than 512 MiB, the limit for a state file").arg(path));
    }

    void limitIsInclusive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const qint64 limit = BoundedFileReader::limit(Kind::ConfigFile);
        QByteArray text = "{}";
        text.append(QByteArray(limit - text.size(), ' '));
        QCOMPARE(f.write(text), limit);
        f.close();
        QVERIFY(BoundedFileReader::read(path, Kind::ConfigFile).ok());
        QVERIFY(f.open(QIODevice::Append));
        f.write(" ");
        f.close();
        QVERIFY(!BoundedFileReader::read(path, Kind::ConfigFile).ok());
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        const auto bytes = BoundedFileReader::read(dir.path(), Kind::PlanFile);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error(), QStringLiteral("cannot read %1: it is a folder").arg(dir.path()));
    }

    void missingFileIsRefused()
    {
        const auto bytes = BoundedFileReader::read(QStringLiteral("/no/such/state.json"), Kind::StateFile);
        QVERIFY(!bytes.ok());
        QVERIFY2(bytes.error().startsWith(QLatin1String("cannot read /no/such/state.json: ")), qPrintable(bytes.error()));
    }

    void everyReaderSkipsAByteOrderMark()
    {
        const QByteArray bom = "\xEF\xBB\xBF";
        const auto state = model::StateJsonCodec::parse(bom + "{\"pods\": [], \"pod_bindings\": []}");
        QVERIFY2(state.ok(), qPrintable(state.error()));
        const auto config = model::SchedulerConfigJson::parse(bom + "{\"policy\": \"trio2o\"}");
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->policy, sched::Policy::Trio2o);
        const auto plan = model::PlanJson::parse(bom + "{\"operations\": []}");
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        const auto scenario = model::ScenarioJson::parse(bom + "{\"base\": \"current\", \"events\": []}", QString());
        QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
    }

    void byteOffsetsCountTheByteOrderMark()
    {
        // The same error at the same byte of the file, with or without a BOM before it.
        const auto plain = model::StateJsonCodec::parse("{\"pods\": x}");
        const auto marked = model::StateJsonCodec::parse("\xEF\xBB\xBF{\"pods\": x}");
        QVERIFY(!plain.ok() && !marked.ok());
        QVERIFY2(plain.error().contains(QLatin1String("byte 9")), qPrintable(plain.error()));
        QVERIFY2(marked.error().contains(QLatin1String("byte 12")), qPrintable(marked.error()));
    }

    void onlyOneByteOrderMarkIsSkipped()
    {
        const auto state = model::StateJsonCodec::parse("\xEF\xBB\xBF\xEF\xBB\xBF{\"pods\": []}");
        QVERIFY(!state.ok());
        QVERIFY2(state.error().contains(QLatin1String("byte 3")), qPrintable(state.error()));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFileReader)
#include "tst_boundedfilereader.moc"
