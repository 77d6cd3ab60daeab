// SPDX-License-Identifier: Apache-2.0
#include "commandline.h"

#include "backendoptions.h"
#include "databaselocation.h"
#include "passwordprompt.h"
#include "requestlog.h"
#include "secretscrubber.h"
#include "terminal.h"

#include "files/atomicfilewriter.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cli {

CommandLine::CommandLine(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::addStoreOptions()
{
    m_parser.addOption({QStringLiteral("db"),
                        tr("SQLite database file, or postgresql://user@host:port/dbname with the password in PGPASSWORD or ~/.pgpass (default: %1).").arg(model::SqlStore::defaultPath()),
                        tr("PATH")});
}

bool CommandLine::parse(const QStringList &args, int *exitCode)
{
    QStringList withProgram = args;
    withProgram[0] = QStringLiteral("trio2o-sched ") + m_command;
    if (!m_parser.parse(withProgram)) {
        *exitCode = fail(tr("%1: %2 (see trio2o-sched %1 --help)").arg(m_command, m_parser.errorText()));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

model::Result<qint64> CommandLine::integer(const QString &option, qint64 min, qint64 max) const
{
    bool ok = false;
    const QString text = m_parser.value(option);
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return model::Error{tr("--%1 must be a whole number from %2 to %3, not \"%4\"").arg(option).arg(min).arg(max).arg(text)};
    return v;
}

QString CommandLine::databasePath() const
{
    return m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db")) : model::SqlStore::defaultPath();
}

model::Result<std::unique_ptr<model::SqlStore>> CommandLine::openStore() const
{
    return model::SqlStore::open(databasePath());
}

void CommandLine::addBackendOptions()
{
    model::remote::BackendOptions::addTo(m_parser);
    m_parser.addOption({QStringLiteral("create"),
                        tr("Create an empty database when the --db file does not exist (without it, a missing file is "
                           "an error: a mistyped path never starts a new cloud).")});
}

model::Result<std::unique_ptr<model::Backend>> CommandLine::openBackend() const
{
    if (m_parser.isSet(QStringLiteral("debug")))
        model::remote::RequestLog::enableDebug();
    auto choice = model::remote::BackendOptions::fromParser(m_parser, QProcessEnvironment::systemEnvironment(),
                                                           &PasswordPrompt::ask);
    if (!choice)
        return model::Error{choice.error()};
    const QString &path = choice->databasePath;
    if (!choice->remote && !model::DatabaseLocation::looksLikeUrl(path) && !QFileInfo::exists(path)
        && !m_parser.isSet(QStringLiteral("create")))
        return model::Error{tr("there is no database at %1 (check the path, or give --create to start an empty one)")
                                .arg(QDir::toNativeSeparators(path))};
    for (const QString &warning : choice->warnings)
        err() << warning << Qt::endl;
    return model::remote::BackendOptions::create(choice.value());
}

int finishRead(const model::Backend &backend)
{
    if (!backend.isReadOnly())
        return 0;
    err() << CommandLine::tr("trio2o-sched: this is a snapshot taken at %1, not live data: the cloud cannot be reached "
                             "(exit status %2).")
                 .arg(backend.snapshotTime().toUTC().toString(Qt::ISODate))
                 .arg(kExitSnapshot)
          << Qt::endl;
    return kExitSnapshot;
}

model::Result<sched::Pod> findPodToChange(model::Backend &backend, const QString &idOrName)
{
    auto pod = findPod(backend, idOrName);
    if (backend.isReadOnly()) // looked up in a snapshot: no change can follow
        return model::Error{CommandLine::tr("cannot reach the cloud, so nothing was changed (%1)").arg(backend.description())};
    return pod;
}

model::Result<sched::Pod> findPod(model::Backend &backend, const QString &idOrName)
{
    const auto pods = waitFor(backend.listPods());
    if (!pods)
        return model::Error{pods.error()};
    const std::string key = idOrName.toStdString();
    for (const sched::Pod &p : pods.value())
        if (p.id == key)
            return p;
    for (const sched::Pod &p : pods.value())
        if (p.name == key)
            return p;
    return model::Error{CommandLine::tr("there is no pod with the id or name \"%1\"").arg(idOrName)};
}

model::Result<QString> CommandLine::replaceStoredState(const sched::CloudState &state) const
{
    auto store = openStore();
    if (!store)
        return model::Error{store.error()};
    const auto empty = store.value()->isEmpty();
    if (!empty)
        return model::Error{empty.error()};
    if (!empty.value() && !m_parser.isSet(QStringLiteral("replace")))
        return model::Error{tr("%1 already holds a cloud; use --replace to replace it").arg(store.value()->location())};
    if (model::Status s = store.value()->replaceState(state); !s)
        return model::Error{tr("%1; nothing was written").arg(s.error())};
    return store.value()->location();
}

model::Status writeOutput(const QString &path, const QByteArray &raw)
{
    const QByteArray data = model::remote::SecretScrubber::scrub(raw); // whatever a server echoed into its data
    if (path.isEmpty() || path == QLatin1String("-")) {
        out().flush();
        if (std::fwrite(data.constData(), 1, std::size_t(data.size()), stdout) != std::size_t(data.size())
            || std::fflush(stdout) != 0)
            return model::Error{CommandLine::tr("cannot write to standard output: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno)))};
        return {};
    }
    return model::AtomicFileWriter::write(path, data);
}

model::Status writeOutput(const QString &path, const model::AtomicFileWriter::Producer &produce)
{
    if (model::remote::SecretScrubber::holdsAny()) { // a secret may span two blocks: scrub the whole
        QByteArray all;
        produce([&all](std::string_view bytes) { all.append(bytes.data(), qsizetype(bytes.size())); });
        return writeOutput(path, all);
    }
    if (!path.isEmpty() && path != QLatin1String("-"))
        return model::AtomicFileWriter::write(path, produce);
    out().flush();
    bool written = true;
    produce([&written](std::string_view bytes) {
        written = written && std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
    });
    if (!written || std::fflush(stdout) != 0)
        return model::Error{CommandLine::tr("cannot write to standard output: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    return {};
}

model::Result<QByteArray> readInput(const QString &path, model::BoundedFileReader::Kind kind)
{
    return model::BoundedFileReader::read(path, kind);
}

} // namespace cli
