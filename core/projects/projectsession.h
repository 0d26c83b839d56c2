#pragma once

#include "api/apiclient.h"
#include "project.h"
#include "tokenvault.h"

#include <QObject>
#include <QPointer>

namespace hcloud {

class ResourceListModel;

// A project at work: its client, the token fetched from the vault, and its
// resource models. Refreshes update the models incrementally.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, ReadingToken, Loading, Ready, Failed };
    Q_ENUM(State)

    ProjectSession(const Project &project, TokenVault *vault, QObject *parent = nullptr);
    ~ProjectSession() override;

    const Project &project() const { return m_project; }
    ApiClient *client() const { return m_client; }
    ResourceListModel *servers() const { return m_servers; }
    State state() const { return m_state; }
    // The last refresh's error, or the vault's; empty when it went well.
    QString lastError() const { return m_lastError; }

    // The project changed in the store: a new endpoint or other tokens
    // mean the token is read again on the next refresh.
    void setProject(const Project &project);

    // Reads the token if needed, then lists the project's servers.
    // A refresh while one runs is folded into it.
    void refresh();

signals:
    void stateChanged(hcloud::ProjectSession::State state);
    void refreshed();
    void rateLimitChanged(const hcloud::RateLimit &rateLimit);

private:
    void readToken();
    void listServers();
    void setState(State state);
    const TokenRecord *readTokenRecord() const;

    Project m_project;
    QPointer<TokenVault> m_vault;
    ApiClient *m_client;
    ResourceListModel *m_servers;
    State m_state = State::Idle;
    QString m_lastError;
    QPointer<ListCall> m_listing;
};

} // namespace hcloud
