// SPDX-License-Identifier: Apache-2.0
// trio2o-sched: the command-line side of Trio2o Console.

#include "buildversion.h"
#include "secretscrubber.h"
#include "subcommand.h"
#include "terminal.h"
#include "translator.h"

#include <QCoreApplication>


namespace {

int usage(int status)
{
    QTextStream &s = status == 0 ? cli::out() : cli::err();
    s << QCoreApplication::translate("Main", "Usage: trio2o-sched COMMAND [options]   (COMMAND --help for its options)")
      << "\n\n" << QCoreApplication::translate("Main", "Commands:") << "\n";
    for (const cli::Subcommand &c : cli::subcommands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << QCoreApplication::translate("Main", c.summary) << "\n";
    s.flush();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2o"));
    QCoreApplication::setApplicationName(QStringLiteral("trio2o-sched"));
    QCoreApplication::setApplicationVersion(buildversion::text());
    i18n::installTranslators(qEnvironmentVariable("TRIO2O_LANG"));
    model::remote::SecretScrubber::installMessageHandler(); // no warning or log line ever shows a secret

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage(1);
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help"))
        return usage(0);
    if (args.first() == QLatin1String("--version")) {
        cli::out() << "trio2o-sched " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    for (const cli::Subcommand &c : cli::subcommands()) {
        if (args.first() == QLatin1String(c.name))
            return c.run(args);
    }
    cli::fail(QCoreApplication::translate("Main", "unknown command \"%1\"").arg(args.first()));
    return usage(1);
}
