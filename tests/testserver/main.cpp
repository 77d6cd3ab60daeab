// SPDX-License-Identifier: Apache-2.0
// trio2o-test-server: the test cloud for manual runs and scripts. Prints
// "PORT <n>" and serves until killed.
//   trio2o-test-server [--port N] [--noauth] [--cert FILE --key FILE]
//                      [--azs A] [--pods P] [--tenants T] [--bindings B]
// The benchmarks start it as a separate process, so the client's memory is
// measured without the server's.

#include "testserver.h"

#include "cloudgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("port"), QStringLiteral("Port (default: a free one)."), QStringLiteral("N"), QStringLiteral("0")},
                       {QStringLiteral("noauth"), QStringLiteral("No Keystone: trust the X-Role header.")},
                       {QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM)."), QStringLiteral("FILE")},
                       {QStringLiteral("key"), QStringLiteral("TLS key (PEM)."), QStringLiteral("FILE")},
                       {QStringLiteral("pods"), QStringLiteral("Generate this many bottom pods (default 6)."), QStringLiteral("P"), QStringLiteral("6")},
                       {QStringLiteral("tenants"), QStringLiteral("Generate this many tenants (default 20)."), QStringLiteral("T"), QStringLiteral("20")},
                       {QStringLiteral("azs"), QStringLiteral("Spread the pods over this many AZs (default 2)."), QStringLiteral("A"), QStringLiteral("2")},
                       {QStringLiteral("bindings"), QStringLiteral("Keep at most this many bindings (default: all)."), QStringLiteral("B")}});
    parser.process(app);
    testserver::TestServer server;
    sched::GeneratorParams p;
    p.azs = parser.value(QStringLiteral("azs")).toUInt();
    p.podsTotal = parser.value(QStringLiteral("pods")).toUInt();
    p.tenants = parser.value(QStringLiteral("tenants")).toUInt();
    sched::CloudState cloud = sched::generateCloud(p);
    if (parser.isSet(QStringLiteral("bindings")))
        cloud.bindings.resize(std::min<std::size_t>(cloud.bindings.size(), parser.value(QStringLiteral("bindings")).toULongLong()));
    server.cloud().setState(cloud);
    server.cloud().setNoAuth(parser.isSet(QStringLiteral("noauth")));
    if (!server.start(parser.value(QStringLiteral("cert")), parser.value(QStringLiteral("key")),
                      quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        QTextStream(stderr) << "trio2o-test-server: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << "PORT " << server.port() << Qt::endl;
    QTextStream(stdout) << "api " << server.apiUrl().toString() << "  keystone " << server.authUrl().toString()
                        << "  user admin / s3cret-pw, project admin" << Qt::endl;
    return app.exec();
}
