#include "consoleoptions.h"

#include "sqlstore.h"

#include <QCommandLineParser>

namespace gui {

std::optional<ConsoleOptions> ConsoleOptionsParser::parse(const QStringList &arguments, QString *message, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operator console for OpenStack Trio2o pod binding."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("The SQLite database to open (created with a demo cloud when missing)."),
                                tr("path"), model::SqlStore::defaultPath());
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language of the user interface (de, zh_CN, en)."),
                                  tr("language"));
    parser.addOption(db);
    parser.addOption(lang);
    *exitCode = 0;
    if (!parser.parse(arguments)) {
        *message = parser.errorText() + QLatin1Char('\n') + parser.helpText();
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        *message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        *exitCode = 2;
        return std::nullopt;
    }
    return ConsoleOptions{parser.value(db), parser.value(lang)};
}

} // namespace gui
