// SPDX-License-Identifier: Apache-2.0
#pragma once

// Sentences for what the store refuses, shared by its files: ids too long to
// keep, and the database engines' constraint messages in an operator's words.

#include <QSqlError>
#include <QString>

#include <string>

namespace model {

// Empty when `id` can be stored; otherwise why not, naming `what` ("tenant id").
QString checkId(const char *what, const std::string &id);
QString explainSqlError(const QSqlError &error);

} // namespace model
