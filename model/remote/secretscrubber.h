// SPDX-License-Identifier: Apache-2.0
#pragma once

// Every secret this process holds (passwords, tokens, application-credential
// secrets, the tokens Keystone hands out) and the one place that removes them
// from text: scrub() replaces each, also in its JSON-escaped, percent-encoded
// and HTML-escaped forms, with "***". Error sentences, log lines and anything
// a server echoes back pass through it before they are shown or logged; the
// message handler does the same for every qDebug/qWarning line.
// Thread-safe (the remote worker adds tokens while the GUI thread shows text).

#include <QString>
#include <QStringList>

namespace model::remote {

class SecretScrubber
{
public:
    static constexpr const char *kMask = "***";

    static void add(const QString &secret);
    static void add(const QStringList &secrets);
    static QString scrub(QString text);
    // The same on UTF-8 bytes (an answer kept in a snapshot, data printed as
    // is); cheap when no secret is in them.
    static QByteArray scrub(QByteArray bytes);
    // Whether any secret is known (no: bytes may be written as they are made, unscrubbed).
    static bool holdsAny();
    // Installs a Qt message handler that scrubs every message and hands it
    // on to the handler installed before.
    static void installMessageHandler();
    // Tests only: forgets every secret.
    static void clear();
};

} // namespace model::remote
