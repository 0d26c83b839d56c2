#include "core/projects/cliconfigimport.h"

#include "core/api/logging.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenvault.h"

#include <QTimer>
#include <QUuid>

namespace hcloud {

CliConfigImport::CliConfigImport(ProjectStore *store, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
{
}

bool CliConfigImport::load(const QString &path, const QProcessEnvironment &env)
{
    return m_config.load(path, env);
}

QVector<CliConfigImport::Choice> CliConfigImport::choices() const
{
    const QHash<QString, QString> known = m_store ? m_store->knownPrefixes() : QHash<QString, QString>();
    QVector<Choice> out;
    for (const CliContext &c : m_config.contexts()) {
        Choice choice{c, false, {}};
        const auto it = known.constFind(c.prefix);
        if (c.tokenValid && it != known.constEnd()) {
            choice.alreadyStored = true;
            choice.storedIn = *it;
        }
        out.append(choice);
    }
    return out;
}

void CliConfigImport::importContexts(const QStringList &names)
{
    if (m_running)
        return;
    m_running = true;
    m_todo = names;
    m_imported = 0;
    m_failed = 0;
    QTimer::singleShot(0, this, &CliConfigImport::next);
}

void CliConfigImport::next()
{
    if (m_todo.isEmpty() || !m_store || !m_vault) {
        m_failed += int(m_todo.size());
        m_todo.clear();
        m_config.forgetTokens();
        m_running = false;
        emit finished(m_imported, m_failed);
        return;
    }
    const QString name = m_todo.takeFirst();
    const QVector<Choice> all = choices();
    const auto choice = std::find_if(all.cbegin(), all.cend(), [&](const Choice &c) { return c.context.name == name; });
    QString problem;
    if (choice == all.cend())
        problem = tr("There is no context “%1” in the hcloud CLI configuration.").arg(name);
    else if (!choice->context.tokenValid)
        problem = choice->context.tokenProblem;
    else if (choice->alreadyStored)
        problem = tr("Its token is already stored in %1.").arg(choice->storedIn);
    if (!problem.isEmpty()) {
        ++m_failed;
        emit contextFailed(name, problem);
        QTimer::singleShot(0, this, &CliConfigImport::next);
        return;
    }
    const QString tokenId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QPointer<CliConfigImport> self(this);
    m_vault->store(tokenId, m_config.token(name), [self, name, tokenId](const TokenVault::Result &result) {
        if (self)
            self->stored(name, tokenId, result);
    });
}

void CliConfigImport::stored(const QString &name, const QString &tokenId, const TokenVault::Result &result)
{
    if (!result.ok()) {
        ++m_failed;
        emit contextFailed(name, result.message);
        next();
        return;
    }
    const QVector<Choice> all = choices();
    const auto choice = std::find_if(all.cbegin(), all.cend(), [&](const Choice &c) { return c.context.name == name; });
    QString projectId;
    if (m_store && choice != all.cend()) {
        projectId = m_store->addProject(name, choice->context.endpoint);
        TokenRecord record;
        record.id = tokenId;
        record.label = tr("From hcloud CLI");
        record.prefix = choice->context.prefix;
        if (!projectId.isEmpty() && m_store->addToken(projectId, record).isEmpty()) {
            m_store->removeProject(projectId);
            projectId.clear();
        }
    }
    if (projectId.isEmpty()) {
        // Do not leave a secret behind that no project points to.
        if (m_vault)
            m_vault->remove(tokenId, [](const TokenVault::Result &) {});
        ++m_failed;
        emit contextFailed(name, tr("The project could not be created."));
    } else {
        ++m_imported;
        qCInfo(lcProjects) << "imported CLI context with token prefix" << choice->context.prefix;
        emit contextImported(name, projectId);
    }
    next();
}

} // namespace hcloud
