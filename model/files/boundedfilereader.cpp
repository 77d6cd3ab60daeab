// SPDX-License-Identifier: Apache-2.0
#include "files/boundedfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace model {

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kChunk = kMiB;

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

enum class Start { Undecided, Json, NotJson };

// The first byte that is neither a byte order mark nor white space decides:
// if no JSON value can start with it, reading further is useless.
Start textStart(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype i = std::max(from, jsonTextStart(bytes)); i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (isJsonSpace(c))
            continue;
        const bool json = c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't'
                          || c == 'f' || c == 'n';
        return json ? Start::Json : Start::NotJson;
    }
    return Start::Undecided;
}

} // namespace

qint64 BoundedFileReader::limit(Kind kind)
{
    switch (kind) {
    case Kind::StateFile:
        return 512 * kMiB; // about two million bindings (240 bytes each), twice the benchmarks' scale
    case Kind::PlanFile:
        return 256 * kMiB; // about a million operations
    case Kind::ConfigFile:
        return kMiB;
    }
    return kMiB;
}

QString BoundedFileReader::describe(Kind kind)
{
    switch (kind) {
    case Kind::StateFile:
        return tr("a state file");
    case Kind::PlanFile:
        return tr("a what-if plan");
    case Kind::ConfigFile:
        return tr("a scheduler configuration");
    }
    return {};
}

Result<QByteArray> BoundedFileReader::read(const QString &path, Kind kind)
{
    const QString shown = path == QLatin1String("-") ? tr("standard input") : QDir::toNativeSeparators(path);
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error{tr("cannot read %1: %2").arg(shown, file.errorString())};
    } else {
        if (QFileInfo(path).isDir())
            return Error{tr("cannot read %1: it is a folder").arg(shown)};
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("cannot read %1: %2").arg(shown, file.errorString())};
    }
    const qint64 max = limit(kind);
    const auto tooLong = [&] {
        return Error{tr("%1 is longer than %2 MiB, the limit for %3").arg(shown).arg(max / kMiB).arg(describe(kind))};
    };
    if (!file.isSequential() && file.size() > max)
        return tooLong();
    QByteArray data;
    Start start = Start::Undecided;
    for (;;) {
        const qsizetype before = data.size();
        data.resize(before + kChunk);
        const qint64 n = file.read(data.data() + before, kChunk);
        if (n < 0)
            return Error{tr("cannot read %1: %2").arg(shown, file.errorString())};
        data.resize(before + n);
        if (data.size() > max)
            return tooLong();
        if (start == Start::Undecided && (start = textStart(data, before)) == Start::NotJson)
            break; // the JSON reader names the byte
        if (n == 0)
            break;
    }
    data.squeeze();
    return data;
}

} // namespace model
