// trio2o-console: the operator console.

#include "consoleoptions.h"
#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Trio2o"));
    QCoreApplication::setApplicationName(QStringLiteral("trio2o-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // --lang must be known before any text is made, so look for it first.
    QString message;
    int exitCode = 0;
    const auto options = gui::ConsoleOptionsParser::parse(QCoreApplication::arguments(), &message, &exitCode);
    if (options)
        i18n::installTranslators(options->language);
    if (!options) {
        // Parse again in the chosen language would be nicer; the help text is short.
        QTextStream(exitCode == 0 ? stdout : stderr) << message << Qt::endl;
        return exitCode;
    }

    gui::MainWindow window;
    window.show();
    for (const QString &warning : options->backend.warnings)
        QTextStream(stderr) << warning << Qt::endl;
    if (options->backend.remote)
        window.openRemote(*options->backend.remote);
    else
        window.openAtStart(options->databasePath, options->databaseGiven);
    return app.exec();
}
