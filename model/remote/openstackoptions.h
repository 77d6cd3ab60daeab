// SPDX-License-Identifier: Apache-2.0
#pragma once

// The OpenStack connection options as one flat map, in clouds.yaml's names
// ("auth_url", "username", "project_id", "application_credential_secret",
// "system_scope", "region_name", "interface", "cacert", "insecure", ...), from
// each of the three places python-openstackclient reads them: a cloud of
// clouds.yaml/secure.yaml, the OS_* variables (OS_ + the name in upper case)
// and the --os-* flags (--os- + the name with dashes). Layers are combined
// with overlaidBy(): a flag beats a variable beats the file.

#include "connectionsettings.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>

namespace model::remote {

class OpenStackOptions
{
    Q_DECLARE_TR_FUNCTIONS(OpenStackOptions)

public:
    OpenStackOptions() = default;
    explicit OpenStackOptions(QMap<QString, QString> values) : m_values(std::move(values)) {}

    // Every option name this reads (also each OS_* variable and --os-* flag).
    static const QStringList &names();
    static OpenStackOptions fromEnvironment(const QProcessEnvironment &env);
    // --os-* flags, and --remote/--endpoint as "endpoint", --insecure.
    static OpenStackOptions fromParser(const QCommandLineParser &parser);

    OpenStackOptions overlaidBy(const OpenStackOptions &over) const;
    bool has(const QString &name) const { return !m_values.value(name).isEmpty(); }
    QString value(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }

    // The settings these options describe (auth type inferred when not given:
    // a token, else an application credential, else a password).
    Result<ConnectionSettings> toSettings() const;

private:
    QMap<QString, QString> m_values;
};

} // namespace model::remote
