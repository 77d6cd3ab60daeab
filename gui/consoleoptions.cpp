// SPDX-License-Identifier: Apache-2.0
#include "consoleoptions.h"


#include <QCommandLineParser>

namespace gui {

std::optional<ConsoleOptions> ConsoleOptionsParser::parse(const QStringList &arguments, QString *message, int *exitCode,
                                                          const QProcessEnvironment &env)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Operator console for OpenStack Trio2o pod binding."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language of the user interface (de, zh_CN, en)."),
                                  tr("language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a picture of the window into FILE (PNG) once the data is shown, then quit."), tr("FILE"));
    model::remote::BackendOptions::addTo(parser);
    parser.addOption(lang);
    parser.addOption(screenshot);
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
    // A password that is missing is asked in the Connect dialog, not refused.
    auto backend = model::remote::BackendOptions::fromParser(parser, env, {}, model::remote::MissingPassword::LeaveToAsk);
    if (!backend) {
        *message = backend.error();
        *exitCode = 2;
        return std::nullopt;
    }
    return ConsoleOptions{backend->databasePath, parser.value(lang), parser.value(screenshot), backend.value(),
                          parser.isSet(QStringLiteral("db"))};
}

QString ConsoleOptionsParser::languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option)
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

} // namespace gui
