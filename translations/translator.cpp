// SPDX-License-Identifier: Apache-2.0
#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace i18n {

QStringList availableLanguages() { return {QStringLiteral("de"), QStringLiteral("zh_CN")}; }

QString installTranslators(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString prefix = QStringLiteral(":/i18n");
    auto *ours = new QTranslator(QCoreApplication::instance());
    bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (english || !ours->load(locale, QStringLiteral("trio2o"), QStringLiteral("_"), prefix)) {
        // English, or a language we do not ship: the source texts, with the
        // English plural forms ("1 pod", "2 pods") from trio2o_en.
        english = true;
        if (!ours->load(QStringLiteral("trio2o_en"), prefix)) {
            delete ours;
            return {};
        }
    }
    QCoreApplication::installTranslator(ours);
    if (english)
        return {};
    // Qt's own strings (dialog buttons, shortcuts) in the same language.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace i18n
