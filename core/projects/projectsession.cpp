#include "projectsession.h"

#include "api/logging.h"
#include "models/resourcelistmodel.h"
#include "resources/resourcekind.h"

#include <QCoreApplication>

namespace hcloud {

ProjectSession::ProjectSession(const Project &project, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_vault(vault)
    , m_client(new ApiClient(this))
    , m_servers(new ResourceListModel(serverKind(), this))
{
    m_client->setEndpoint(project.endpoint);
    connect(m_client, &ApiClient::rateLimitChanged, this, &ProjectSession::rateLimitChanged);
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::setProject(const Project &project)
{
    auto tokenIds = [](const Project &p) {
        QStringList ids;
        for (const TokenRecord &t : p.tokens)
            ids.append(t.id);
        return ids;
    };
    const bool reconnect = project.endpoint != m_project.endpoint || tokenIds(project) != tokenIds(m_project);
    m_project = project;
    if (!reconnect)
        return;
    m_client->setEndpoint(project.endpoint);
    m_client->setToken(QString());
    // A listing in flight still reports; the next refresh reads the new token.
    if (m_state == State::Failed || m_state == State::Ready)
        setState(State::Idle);
}

void ProjectSession::refresh()
{
    if (m_state == State::ReadingToken || m_state == State::Loading)
        return;
    if (m_client->hasToken())
        listServers();
    else
        readToken();
}

const TokenRecord *ProjectSession::readTokenRecord() const
{
    // Least privilege: a Read token serves reads when the project has one.
    for (const TokenRecord &t : m_project.tokens) {
        if (t.permission == TokenPermission::Read)
            return &t;
    }
    return m_project.tokens.isEmpty() ? nullptr : &m_project.tokens.first();
}

void ProjectSession::readToken()
{
    const TokenRecord *record = readTokenRecord();
    if (!record || !m_vault) {
        m_lastError = QCoreApplication::translate("hcloud::ProjectSession",
                                                  "This project has no API token. Add one to see its resources.");
        setState(State::Failed);
        return;
    }
    setState(State::ReadingToken);
    QPointer<ProjectSession> self(this);
    m_vault->read(record->id, [self](const TokenVault::Result &result, const QString &token) {
        if (!self)
            return;
        if (!result.ok()) {
            self->m_lastError = result.message;
            self->setState(State::Failed);
            return;
        }
        self->m_client->setToken(token);
        self->listServers();
    });
}

void ProjectSession::listServers()
{
    setState(State::Loading);
    const ResourceKind &kind = m_servers->kind();
    m_listing = m_client->listAll(kind.path, kind.jsonKey);
    connect(m_listing, &ListCall::finished, this, [this, call = m_listing] {
        if (call->error().isError()) {
            m_lastError = call->error().userText();
            qCInfo(lcProjects) << "refresh failed:" << call->error().code;
            setState(State::Failed);
            return;
        }
        m_lastError.clear();
        m_servers->setResources(call->items());
        setState(State::Ready);
        emit refreshed();
    });
}

void ProjectSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace hcloud
