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

// The exit code of a finished trio2o-sched, or `crashed` when it did not exit
// normally (a crash or a sanitizer's abort). Only the child's stderr says why
// then, so it goes into the test log.
inline int cliExitCode(const QProcess &p, const QStringList &args, const QString &err, int crashed = -2)
{
    if (p.exitStatus() == QProcess::NormalExit)
        return p.exitCode();
    qWarning("trio2o-sched %s did not exit normally (%s); its stderr:\n%s", qPrintable(args.join(QLatin1Char(' '))),
             qPrintable(p.errorString()), qPrintable(err));
    return crashed;
}

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
    CliRun run;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    run.exitCode = cliExitCode(p, args, run.err);
    return run;
}
