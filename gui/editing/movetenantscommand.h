#pragma once

// Several rebinds as one undo step (a drain, a plan). A local backend moves
// them all or none (one applyChanges). A remote cloud moves them one tenant
// at a time, so when some fail the operator learns which tenants moved,
// which did not and why (a per-tenant breakdown in the banner), with the
// action that finishes the job: a fresh command for the tenants left over.

#include "backendcommands.h"

#include <vector>

namespace gui {

class MoveTenantsCommand final : public BackendCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveTenantsCommand) // its own context: tr() would otherwise look in BackendCommand's

public:
    struct Move {
        std::string tenantId;
        std::string bindingId; // the active binding now
        std::string fromPodId;
        std::string toPodId;
    };
    // `alreadyApplied`: the moves happened (bindingId = the new binding);
    // the first redo() only records them.
    MoveTenantsCommand(CommandHost &host, std::vector<Move> moves, const QString &text, bool alreadyApplied);
    const std::vector<Move> &moves() const { return m_moves; }

private:
    struct Failure {
        std::size_t move;
        QString reason;
        bool arrived = false; // the new binding exists, the old one could not be ended
    };
    model::Status move(bool forward);
    model::Status moveAll(bool forward);
    model::Status moveEach(bool forward);
    void reportBreakdown(bool forward, const std::vector<std::size_t> &moved, const std::vector<Failure> &failed,
                         std::size_t notTried);
    model::Status apply() override { return move(true); }
    model::Status revert() override { return move(false); }
    std::vector<Move> m_moves;
    bool m_skipFirst;
};

} // namespace gui
