// SPDX-License-Identifier: Apache-2.0
// trio2o-console: the operator console.

#include "buildversion.h"
#include "consoleoptions.h"
#include "mainwindow.h"
#include "screenshotwriter.h"
#include "requestlog.h"
#include "secretscrubber.h"
#include "translator.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2o"));
    QCoreApplication::setApplicationName(QStringLiteral("trio2o-console"));
    QCoreApplication::setApplicationVersion(buildversion::text());
    // Names the desktop entry (and so the icon) the session shows for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral(TRIO2O_APP_ID));
    model::remote::SecretScrubber::installMessageHandler(); // no warning or log line ever shows a secret

    // --lang must be known before any text is made, the help text included, so look for it first.
    i18n::installTranslators(gui::ConsoleOptionsParser::languageArgument(QCoreApplication::arguments()));
    QString message;
    int exitCode = 0;
    const auto options = gui::ConsoleOptionsParser::parse(QCoreApplication::arguments(), &message, &exitCode);
    if (!options) {
        QTextStream(exitCode == 0 ? stdout : stderr) << message << Qt::endl;
        return exitCode;
    }

    if (options->backend.debug)
        model::remote::RequestLog::enableDebug();
    gui::MainWindow window;
    if (!options->screenshot.isEmpty())
        new gui::ScreenshotWriter(&window, options->screenshot); // owned by the window
    window.show();
    for (const QString &warning : options->backend.warnings)
        QTextStream(stderr) << warning << Qt::endl;
    if (options->backend.remote && options->backend.passwordMissing)
        window.openRemoteAskingPassword(*options->backend.remote);
    else if (options->backend.remote)
        window.openRemote(*options->backend.remote);
    else
        window.openAtStart(options->databasePath, options->databaseGiven);
    return app.exec();
}
