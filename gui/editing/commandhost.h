// SPDX-License-Identifier: Apache-2.0
#pragma once

// What an undo command needs from its owner: the backend to write through and
// somewhere to report a failure or a partial outcome. The owner (the
// EditController) clears the stack before the backend goes away.

#include <QString>

#include <functional>

class QUndoCommand;

namespace model {
class Backend;
}

namespace gui {

class CommandHost
{
public:
    virtual ~CommandHost() = default;
    virtual model::Backend &backend() = 0;
    // Runs a fresh command (redo) and keeps it on the undo stack when it worked.
    virtual void push(QUndoCommand *command) = 0;
    // An edit, undo or redo failed; the command has left the stack. `retry`,
    // when set, makes a fresh command for the same change (to push again).
    virtual void commandFailed(const QString &what, const QString &error,
                               std::function<QUndoCommand *()> retry = {}) = 0;
    // The user stopped waiting for the command's write; the command has left
    // the stack. Whether the server applied it is unknown until a refresh.
    virtual void commandCancelled(const QString &what) = 0;
    // Part of it happened (e.g. a remote rebind whose DELETE failed): say so
    // and offer the action that finishes it.
    virtual void partialOutcome(const QString &text, const QString &actionText, std::function<void()> action) = 0;
};

} // namespace gui
