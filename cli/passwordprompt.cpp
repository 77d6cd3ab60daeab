// SPDX-License-Identifier: Apache-2.0
#include "passwordprompt.h"

#include <csignal>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace cli {

namespace {

termios g_saved;
volatile sig_atomic_t g_restoreOnSignal = 0;

// Ctrl-C while typing: the terminal gets its echo back before the process ends.
void restoreAndReraise(int signal)
{
    if (g_restoreOnSignal)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

std::optional<QString> PasswordPrompt::ask(const QString &question)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return std::nullopt;
    termios silent = g_saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    g_restoreOnSignal = 1;
    auto previousInt = std::signal(SIGINT, restoreAndReraise);
    auto previousTerm = std::signal(SIGTERM, restoreAndReraise);
    // Echo is off before the question appears: whoever answers it is never echoed.
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    bool gotLine = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            gotLine = true;
            break;
        }
        line.push_back(char(c));
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    g_restoreOnSignal = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!gotLine && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace cli
