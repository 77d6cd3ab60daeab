// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace i18n {

// Installs our translations and Qt's own for `language` (e.g. "de", "zh_CN");
// empty = the system locale. English, and any language we do not ship, loads
// trio2o_en (English plural forms). Returns the language actually loaded ("" = English).
QString installTranslators(const QString &language = QString());

// The languages we ship, besides English.
QStringList availableLanguages();

} // namespace i18n
