// SPDX-License-Identifier: Apache-2.0
#include "passwordkeyring.h"

#include <qt6keychain/keychain.h>

namespace gui {

namespace {
const QString kService = QStringLiteral("trio2o-console");
} // namespace

QString PasswordKeyring::entryOf(const model::remote::ConnectionSettings &s)
{
    return QStringLiteral("%1/%2").arg(s.cloudKey(), s.username.isEmpty() ? s.userId : s.username);
}

void PasswordKeyring::store(const model::remote::ConnectionSettings &settings)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setInsecureFallback(false); // the keyring or nothing: never a file
    job->setKey(entryOf(settings));
    job->setTextData(settings.password);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            emit failed(tr("The password could not be stored in the desktop keyring: %1").arg(j->errorString()));
    });
    job->start();
}

void PasswordKeyring::forget(const model::remote::ConnectionSettings &settings)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(entryOf(settings));
    job->start(); // nothing stored is fine
}

void PasswordKeyring::fetch(const model::remote::ConnectionSettings &settings)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setInsecureFallback(false);
    const QString entry = entryOf(settings);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, entry](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            emit fetched(entry, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        else if (j->error() != QKeychain::EntryNotFound)
            emit failed(tr("The desktop keyring could not be read: %1").arg(j->errorString()));
    });
    job->start();
}

} // namespace gui
