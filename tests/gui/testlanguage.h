// SPDX-License-Identifier: Apache-2.0
#pragma once

// TRIO2O_TEST_LANG=de (or zh_CN): install that translation so the screenshots
// show the dialogs in another language. The tests compare some English texts,
// so such a run is for the pictures only.

#include "translator.h"

#include <QtGlobal>

inline void installTestLanguage()
{
    if (qEnvironmentVariableIsSet("TRIO2O_TEST_LANG"))
        i18n::installTranslators(qEnvironmentVariable("TRIO2O_TEST_LANG"));
}
