// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs the real trio2o-sched executable of this build and captures its output.

#include <QProcess>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("TRIO2O_LANG"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TRIO2O_BINARY_DIR "/cli/trio2o-sched"), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliRun run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
               QString::fromUtf8(p.readAllStandardError())};
    // A crash (or a sanitizer's abort) says why only on the child's stderr: keep it in the test log.
    if (run.exitCode == -2)
        qWarning("trio2o-sched %s did not exit normally (%s); its stderr:\n%s", qPrintable(args.join(QLatin1Char(' '))),
                 qPrintable(p.errorString()), qPrintable(run.err));
    return run;
}
