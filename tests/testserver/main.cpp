// trio2o-test-server: the test cloud for manual runs and scripts. Prints
// "PORT <n>" and serves until killed.
//   trio2o-test-server [--port N] [--noauth] [--tls CERT KEY] [--demo]

#include "testserver.h"

#include "cloudgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

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
                       {QStringLiteral("tenants"), QStringLiteral("Generate this many tenants (default 20)."), QStringLiteral("T"), QStringLiteral("20")}});
    parser.process(app);
    testserver::TestServer server;
    sched::GeneratorParams p;
    p.azs = 2;
    p.podsTotal = parser.value(QStringLiteral("pods")).toUInt();
    p.tenants = parser.value(QStringLiteral("tenants")).toUInt();
    server.cloud().setState(sched::generateCloud(p));
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
