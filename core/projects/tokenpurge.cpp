#include "core/projects/tokenpurge.h"

#include "core/api/logging.h"
#include "core/projects/projectstore.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace hcloud {

namespace {

struct Purge
{
    QPointer<ProjectStore> store;
    QPointer<TokenVault> vault;
    QStringList todo;
    TokenPurge::Outcome outcome;
    TokenPurge::Done done;
};

void next(std::shared_ptr<Purge> purge)
{
    if (purge->todo.isEmpty() || !purge->vault) {
        purge->outcome.failed += purge->todo;
        if (purge->store)
            purge->store->secretsRemoved(purge->outcome.removed);
        qCInfo(lcVault) << "purged" << purge->outcome.removed.size() << "secrets,"
                        << purge->outcome.failed.size() << "left";
        purge->done(purge->outcome);
        return;
    }
    const QString id = purge->todo.takeFirst();
    purge->vault->remove(id, [purge, id](const TokenVault::Result &result) {
        if (result.ok() || result.status == TokenVault::Status::NotFound) {
            purge->outcome.removed.append(id);
        } else {
            purge->outcome.failed.append(id);
            if (purge->outcome.message.isEmpty())
                purge->outcome.message = result.message;
        }
        next(purge);
    });
}

} // namespace

void TokenPurge::run(ProjectStore *store, TokenVault *vault, Done done)
{
    auto purge = std::make_shared<Purge>();
    purge->store = store;
    purge->vault = vault;
    purge->todo = store->pendingRemovals();
    purge->done = std::move(done);
    // Never answer inside the call, even with nothing to do.
    QTimer::singleShot(0, store, [purge] { next(purge); });
}

} // namespace hcloud
