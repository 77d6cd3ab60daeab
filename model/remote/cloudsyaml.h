// SPDX-License-Identifier: Apache-2.0
#pragma once

// clouds.yaml and secure.yaml as python-openstackclient (openstacksdk) reads
// them: the first clouds.{yaml,yml,json} found in $OS_CLIENT_CONFIG_FILE, the
// current directory, ~/.config/openstack and /etc/openstack, and the first
// secure.{yaml,yml,json} found the same way ($OS_CLIENT_SECURE_FILE first),
// deep-merged into it (secure.yaml's values win). A cloud's settings come out
// flat, with the names of the OS_* variables in lower case and without the
// prefix ("auth_url", "username", "region_name", ...); `verify: false`
// becomes "insecure" = "true". Parsed with yaml-cpp.

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

namespace model::remote {

class CloudsYaml
{
    Q_DECLARE_TR_FUNCTIONS(CloudsYaml)

public:
    struct Paths {
        QString currentDirectory;
        QString home;
        QString etc = QStringLiteral("/etc/openstack");
        QString configFile; // OS_CLIENT_CONFIG_FILE
        QString secureFile; // OS_CLIENT_SECURE_FILE
        static Paths fromEnvironment(const QProcessEnvironment &env);
    };

    // No file at all is not an error (no clouds); an unreadable or broken one is.
    static Result<CloudsYaml> load(const Paths &paths);
    static Result<CloudsYaml> load(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QStringList cloudNames() const;
    // The cloud's settings, flat; an error names the cloud and the file.
    Result<QMap<QString, QString>> cloud(const QString &name) const;
    QString file() const { return m_file; } // empty: none found
    QStringList searched() const { return m_searched; }

private:
    QString m_file;
    QStringList m_searched;
    QMap<QString, QMap<QString, QString>> m_clouds;
};

} // namespace model::remote
