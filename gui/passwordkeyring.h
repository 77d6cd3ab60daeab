// SPDX-License-Identifier: Apache-2.0
#pragma once

// The opt-in "remember password" of the Connect dialog: the password of a
// remote connection in the desktop keyring (Secret Service, KWallet...)
// through QtKeychain, never in the settings or any file of ours. Jobs are
// asynchronous; a keyring that is missing or locked is reported, not fatal.

#include "connectionsettings.h"

#include <QObject>

namespace gui {

class PasswordKeyring final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Which keyring entry belongs to the cloud and user of `settings`.
    static QString entryOf(const model::remote::ConnectionSettings &settings);

    void store(const model::remote::ConnectionSettings &settings);
    void forget(const model::remote::ConnectionSettings &settings);
    void fetch(const model::remote::ConnectionSettings &settings);

signals:
    void fetched(const QString &entry, const QString &password);
    // The keyring could not be used; the password is then asked as usual.
    void failed(const QString &message);
};

} // namespace gui
