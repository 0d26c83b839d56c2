#pragma once

#include "core/projects/tokenlistmodel.h"
#include "core/projects/tokenvault.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hcloud {

class ApiClient;
class ProjectStore;

// Checks a project's tokens one after another: is the secret still in the
// keychain, does the API accept it, and may it write. What it learns goes
// to the store (last verified, permission); each token's status is
// reported for the tokens view.
//
// The write check is a POST /ssh_keys with an empty body: the API answers
// token_readonly for a Read token and invalid_input for a Read & Write one,
// so nothing is ever created.
class TokenInspector : public QObject
{
    Q_OBJECT
public:
    TokenInspector(ProjectStore *store, TokenVault *vault, QObject *parent = nullptr);

    void inspectProject(const QString &projectId);
    void inspectToken(const QString &tokenId);
    bool isRunning() const { return !m_current.isEmpty(); }

signals:
    // message says what went wrong in words for the user ("" when fine).
    void statusFound(const QString &tokenId, hcloud::TokenStatus::Value status, const QString &message);
    void finished();

private:
    void next();
    void verify(const QString &token);
    void probeWrite();
    void done(TokenStatus::Value status, const QString &message = {});

    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    QStringList m_queue;
    QString m_current;
    ApiClient *m_client = nullptr;
};

} // namespace hcloud
