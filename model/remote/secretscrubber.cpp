// SPDX-License-Identifier: Apache-2.0
#include "secretscrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QUrl>

namespace model::remote {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

// Each secret with the forms it takes inside JSON, URLs and HTML, longest first.
QStringList &forms()
{
    static QStringList f;
    return f;
}

QString jsonEscaped(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(array.mid(2, array.size() - 4));
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler h = nullptr;
    return h;
}

void scrubbingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretScrubber::scrub(message);
    if (previousHandler())
        previousHandler()(type, context, clean);
}

} // namespace

void SecretScrubber::add(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&mutex());
    QStringList &f = forms();
    for (const QString &form : {secret, jsonEscaped(secret), QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                secret.toHtmlEscaped()})
        if (!form.isEmpty() && !f.contains(form))
            f.append(form);
    std::sort(f.begin(), f.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretScrubber::add(const QStringList &secrets)
{
    for (const QString &s : secrets)
        add(s);
}

QString SecretScrubber::scrub(QString text)
{
    QMutexLocker lock(&mutex());
    for (const QString &form : forms())
        text.replace(form, QLatin1String(kMask));
    return text;
}

QByteArray SecretScrubber::scrub(QByteArray bytes)
{
    QMutexLocker lock(&mutex());
    for (const QString &form : forms())
        if (const QByteArray utf8 = form.toUtf8(); bytes.contains(utf8))
            bytes.replace(utf8, kMask);
    return bytes;
}

bool SecretScrubber::holdsAny()
{
    QMutexLocker lock(&mutex());
    return !forms().isEmpty();
}

void SecretScrubber::installMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(scrubbingHandler);
    if (previous != scrubbingHandler)
        previousHandler() = previous;
}

void SecretScrubber::clear()
{
    QMutexLocker lock(&mutex());
    forms().clear();
}

} // namespace model::remote
