// SPDX-License-Identifier: Apache-2.0
#include "cloudsyaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace model::remote {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024;

QStringList candidates(const QString &explicitFile, const QStringList &dirs, const char *base)
{
    QStringList files;
    if (!explicitFile.isEmpty())
        files.append(explicitFile);
    for (const QString &dir : dirs)
        for (const char *ext : {"yaml", "yml", "json"})
            files.append(QDir(dir).filePath(QStringLiteral("%1.%2").arg(QLatin1String(base), QLatin1String(ext))));
    return files;
}

QString firstExisting(const QStringList &files)
{
    for (const QString &f : files)
        if (QFileInfo(f).isFile())
            return f;
    return {};
}

// secure.yaml's values over clouds.yaml's, maps merged key by key.
YAML::Node merged(const YAML::Node &base, const YAML::Node &over)
{
    if (!base.IsMap() || !over.IsMap())
        return YAML::Clone(over);
    YAML::Node out = YAML::Clone(base);
    for (const auto &entry : over) {
        const std::string key = entry.first.as<std::string>();
        out[key] = out[key] ? merged(out[key], entry.second) : YAML::Clone(entry.second);
    }
    return out;
}

QString text(const YAML::Node &scalar) { return QString::fromStdString(scalar.as<std::string>()); }

QMap<QString, QString> flatten(const YAML::Node &cloud)
{
    QMap<QString, QString> out;
    for (const auto &entry : cloud) {
        const QString key = text(entry.first);
        if (entry.second.IsScalar())
            out.insert(key, text(entry.second));
        else if (key == QLatin1String("auth") && entry.second.IsMap())
            for (const auto &a : entry.second)
                if (a.second.IsScalar())
                    out.insert(text(a.first), text(a.second));
    }
    if (out.contains(QStringLiteral("verify"))) {
        const QString verify = out.take(QStringLiteral("verify")).toLower();
        if (verify == QLatin1String("false") || verify == QLatin1String("no") || verify == QLatin1String("0"))
            out.insert(QStringLiteral("insecure"), QStringLiteral("true"));
    }
    return out;
}

} // namespace

CloudsYaml::Paths CloudsYaml::Paths::fromEnvironment(const QProcessEnvironment &env)
{
    Paths p;
    p.currentDirectory = QDir::currentPath();
    p.home = env.value(QStringLiteral("HOME"), QDir::homePath());
    p.configFile = env.value(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    p.secureFile = env.value(QStringLiteral("OS_CLIENT_SECURE_FILE"));
    return p;
}

Result<CloudsYaml> CloudsYaml::load(const QProcessEnvironment &env)
{
    return load(Paths::fromEnvironment(env));
}

namespace {

struct ReadYaml {
    Q_DECLARE_TR_FUNCTIONS(CloudsYaml)

public:
    static Result<YAML::Node> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("cannot read %1: %2").arg(path, file.errorString())};
        if (file.size() > kMaxFileBytes)
            return Error{tr("%1 is larger than %2 KiB; is it really a clouds.yaml?").arg(path).arg(kMaxFileBytes / 1024)};
        const QByteArray bytes = file.readAll();
        try {
            YAML::Node root = YAML::Load(bytes.toStdString());
            if (!root.IsNull() && !root.IsMap())
                return Error{tr("%1: the top level is not a mapping").arg(path)};
            return root;
        } catch (const YAML::Exception &e) {
            return Error{tr("%1 is not valid YAML: %2").arg(path, QString::fromStdString(e.what()))};
        }
    }
};

} // namespace

Result<CloudsYaml> CloudsYaml::load(const Paths &paths)
{
    const QStringList dirs{paths.currentDirectory, QDir(paths.home).filePath(QStringLiteral(".config/openstack")), paths.etc};
    CloudsYaml c;
    c.m_searched = candidates(paths.configFile, dirs, "clouds");
    c.m_file = firstExisting(c.m_searched);
    if (c.m_file.isEmpty())
        return c;
    auto root = ReadYaml::read(c.m_file);
    if (!root)
        return Error{root.error()};
    YAML::Node all = root.value();
    if (const QString secure = firstExisting(candidates(paths.secureFile, dirs, "secure")); !secure.isEmpty()) {
        auto secrets = ReadYaml::read(secure);
        if (!secrets)
            return Error{secrets.error()};
        all = merged(all, secrets.value());
    }
    try {
        const YAML::Node clouds = all["clouds"];
        if (clouds && !clouds.IsMap())
            return Error{tr("%1: \"clouds\" is not a mapping").arg(c.m_file)};
        for (const auto &entry : clouds)
            if (entry.second.IsMap())
                c.m_clouds.insert(text(entry.first), flatten(entry.second));
    } catch (const YAML::Exception &e) {
        return Error{tr("%1: %2").arg(c.m_file, QString::fromStdString(e.what()))};
    }
    return c;
}

QStringList CloudsYaml::cloudNames() const { return m_clouds.keys(); }

Result<QMap<QString, QString>> CloudsYaml::cloud(const QString &name) const
{
    if (m_file.isEmpty())
        return Error{tr("there is no cloud named \"%1\": no clouds.yaml was found (looked for %2)")
                         .arg(name, m_searched.join(QStringLiteral(", ")))};
    const auto it = m_clouds.find(name);
    if (it == m_clouds.end())
        return Error{tr("there is no cloud named \"%1\" in %2 (it has: %3)")
                         .arg(name, m_file, m_clouds.isEmpty() ? tr("no clouds") : cloudNames().join(QStringLiteral(", ")))};
    return it.value();
}

} // namespace model::remote
