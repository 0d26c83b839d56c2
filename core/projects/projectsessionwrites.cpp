// ProjectSession's writes: which token may write, reading it from the
// vault, and what an answer says about its permission.

#include "core/projects/projectsession.h"

#include "core/api/logging.h"
#include "core/projects/pendingwrite.h"

#include <QCoreApplication>

namespace hcloud {

const TokenRecord *ProjectSession::readTokenRecord() const
{
    return readTokenOf(m_project);
}

const TokenRecord *ProjectSession::writeTokenRecord() const
{
    const TokenRecord *unknown = nullptr;
    for (const TokenRecord &t : m_project.tokens) {
        if (t.permission == TokenPermission::ReadWrite)
            return &t;
        if (t.permission == TokenPermission::Unknown && !unknown)
            unknown = &t;
    }
    return unknown;
}

bool ProjectSession::canWrite() const
{
    return writeTokenRecord() != nullptr;
}

QString ProjectSession::whyNoWrite() const
{
    if (canWrite())
        return QString();
    if (m_project.tokens.isEmpty())
        return QCoreApplication::translate("hcloud::ProjectSession", "This project has no API token.");
    return QCoreApplication::translate("hcloud::ProjectSession",
                                       "This project's API tokens are read-only. To change resources, add a "
                                       "Read & Write token (Project › API Tokens…).");
}

PendingWrite *ProjectSession::write(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    auto *pending = new PendingWrite(this);
    const TokenRecord *record = writeTokenRecord();
    if (!record || !m_vault) {
        ApiError error;
        error.kind = ApiError::Kind::Api;
        error.code = QStringLiteral("token_readonly");
        error.message = whyNoWrite();
        // Answer later, like every call, so callers connect first.
        QMetaObject::invokeMethod(pending, [pending, error] { pending->finish({}, error); }, Qt::QueuedConnection);
        return pending;
    }
    const QString tokenId = record->id;
    if (m_writerTokenId == tokenId && m_writer->hasToken()) {
        sendWrite(pending, tokenId, method, path, body);
        return pending;
    }
    QPointer<ProjectSession> self(this);
    QPointer<PendingWrite> guard(pending);
    m_vault->read(tokenId, [self, guard, tokenId, method, path, body](const TokenVault::Result &result,
                                                                    const QString &token) {
        if (!self || !guard)
            return;
        if (!result.ok()) {
            guard->finish({}, ApiError::keychain(result.message));
            return;
        }
        self->m_writer->setToken(token);
        self->m_hetznerWriter->setToken(token);
        self->m_writerTokenId = tokenId;
        self->sendWrite(guard, tokenId, method, path, body);
    });
    return pending;
}

void ProjectSession::sendWrite(PendingWrite *pending, const QString &tokenId, const QByteArray &method,
                               const QString &path, const QJsonObject &body)
{
    ApiClient *writer = apiOfPath(path) == ResourceKind::Api::Hetzner ? m_hetznerWriter : m_writer;
    ApiCall *call = method == "PUT"      ? writer->put(path, body)
                    : method == "DELETE" ? writer->deleteResource(path)
                                         : writer->post(path, body);
    QPointer<PendingWrite> guard(pending);
    connect(call, &ApiCall::finished, this, [this, guard, call, tokenId] {
        const ApiError &error = call->error();
        if (error.code == QLatin1String("token_readonly"))
            learnPermission(tokenId, TokenPermission::Read);
        else if (!error.isError())
            learnPermission(tokenId, TokenPermission::ReadWrite);
        if (guard)
            guard->finish(call->json(), error, call->outcomeUnknown());
    });
}

void ProjectSession::learnPermission(const QString &tokenId, TokenPermission permission)
{
    for (TokenRecord &t : m_project.tokens) {
        if (t.id != tokenId || t.permission == permission)
            continue;
        const bool couldWrite = canWrite();
        t.permission = permission;
        qCInfo(lcProjects) << "token permission learned:" << int(permission);
        emit permissionLearned(tokenId, permission);
        if (couldWrite != canWrite())
            emit writeAccessChanged();
        return;
    }
}

} // namespace hcloud
