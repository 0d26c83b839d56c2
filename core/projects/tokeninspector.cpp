#include "core/projects/tokeninspector.h"

#include "core/api/apiclient.h"
#include "core/api/logging.h"
#include "core/projects/projectstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace hcloud {

TokenInspector::TokenInspector(ProjectStore *store, TokenVault *vault, QObject *parent)
    : QObject(parent), m_store(store), m_vault(vault)
{
}

void TokenInspector::inspectProject(const QString &projectId)
{
    if (!m_store)
        return;
    for (const TokenRecord &t : m_store->tokensOf(projectId))
        inspectToken(t.id);
}

void TokenInspector::inspectToken(const QString &tokenId)
{
    if (tokenId == m_current || m_queue.contains(tokenId))
        return;
    m_queue.append(tokenId);
    if (m_current.isEmpty())
        QTimer::singleShot(0, this, &TokenInspector::next);
}

void TokenInspector::next()
{
    if (!m_current.isEmpty())
        return;
    if (m_queue.isEmpty() || !m_store || !m_vault) {
        m_queue.clear();
        emit finished();
        return;
    }
    m_current = m_queue.takeFirst();
    if (!m_store->token(m_current)) {
        // Removed while waiting its turn.
        m_current.clear();
        next();
        return;
    }
    QPointer<TokenInspector> self(this);
    m_vault->read(m_current, [self](const TokenVault::Result &result, const QString &token) {
        if (!self)
            return;
        if (result.status == TokenVault::Status::NotFound)
            self->done(TokenStatus::Value::MissingFromKeychain, result.message);
        else if (!result.ok())
            self->done(TokenStatus::Value::Unchecked, result.message);
        else
            self->verify(token);
    });
}

void TokenInspector::verify(const QString &token)
{
    const QString projectId = m_store ? m_store->projectOfToken(m_current) : QString();
    const Project *project = m_store ? m_store->project(projectId) : nullptr;
    if (!project) {
        done(TokenStatus::Value::Unchecked);
        return;
    }
    delete m_client;
    m_client = new ApiClient(this);
    m_client->setEndpoint(project->endpoint);
    m_client->setToken(token);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    ApiCall *call = m_client->get(QStringLiteral("/servers"), query);
    connect(call, &ApiCall::finished, this, [this, call] {
        const ApiError &error = call->error();
        if (error.code == QLatin1String("unauthorized")) {
            done(TokenStatus::Value::Rejected, error.userText());
            return;
        }
        if (error.isError()) {
            done(TokenStatus::Value::Unchecked, error.userText());
            return;
        }
        if (m_store)
            m_store->setLastVerified(m_current, QDateTime::currentDateTimeUtc());
        probeWrite();
    });
}

void TokenInspector::probeWrite()
{
    ApiCall *call = m_client->post(QStringLiteral("/ssh_keys"), QJsonObject());
    connect(call, &ApiCall::finished, this, [this, call] {
        const QString code = call->error().code;
        TokenPermission permission = TokenPermission::Unknown;
        if (code == QLatin1String("token_readonly"))
            permission = TokenPermission::Read;
        else if (code == QLatin1String("invalid_input"))
            permission = TokenPermission::ReadWrite;
        else
            qCInfo(lcProjects) << "permission probe inconclusive:" << code;
        if (m_store && permission != TokenPermission::Unknown)
            m_store->setPermission(m_current, permission);
        done(TokenStatus::Value::Ok);
    });
}

void TokenInspector::done(TokenStatus::Value status, const QString &message)
{
    const QString id = m_current;
    m_current.clear();
    if (m_client) {
        // Drops the secret with the client.
        m_client->deleteLater();
        m_client = nullptr;
    }
    emit statusFound(id, status, message);
    QTimer::singleShot(0, this, &TokenInspector::next);
}

} // namespace hcloud
