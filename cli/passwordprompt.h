// SPDX-License-Identifier: Apache-2.0
#pragma once

// Asks for a password on the terminal without echoing it (termios), as the
// openstack client does when OS_PASSWORD is not set. Without a terminal on
// standard input there is nobody to ask: nullopt, and the caller reports the
// missing password.

#include <QString>

#include <optional>

namespace cli {

class PasswordPrompt
{
public:
    static std::optional<QString> ask(const QString &question);
};

} // namespace cli
