#include "core/projects/projectsession.h"

#include "core/api/logging.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/refreshscheduler.h"

#include <QCoreApplication>

namespace hcloud {

ProjectSession::ProjectSession(const Project &project, TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_vault(vault)
    , m_client(new ApiClient(this))
    , m_writer(new ApiClient(this))
    , m_hetznerClient(new ApiClient(this))
    , m_hetznerWriter(new ApiClient(this))
    , m_servers(new ResourceListModel(serverKind(), this))
    , m_actions(nullptr)
    , m_catalog(new ProjectCatalog(m_client, this))
{
    setClientEndpoints();
    for (ApiClient *client : {m_client, m_writer, m_hetznerClient, m_hetznerWriter})
        connect(client, &ApiClient::rateLimitChanged, this, &ProjectSession::rateLimitChanged);
    m_models.insert(serverKind().id, m_servers);
    m_servers->setNames(&m_names);
    m_actions = new ProjectActions(this);
    m_scheduler = new RefreshScheduler(this);
}

ProjectSession::~ProjectSession() = default;

ResourceListModel *ProjectSession::model(const QString &kindId)
{
    if (ResourceListModel *existing = m_models.value(kindId))
        return existing;
    const ResourceKind *kind = resourceKindById(kindId);
    if (!kind)
        return nullptr;
    auto *created = new ResourceListModel(*kind, this);
    m_models.insert(kindId, created);
    created->setNames(&m_names);
    loadCached(kindId);
    return created;
}

void ProjectSession::setProject(const Project &project)
{
    auto tokenIds = [](const Project &p) {
        QStringList ids;
        for (const TokenRecord &t : p.tokens)
            ids.append(t.id);
        return ids;
    };
    const bool reconnect = project.endpoint != m_project.endpoint || project.hetznerEndpoint != m_project.hetznerEndpoint
                           || tokenIds(project) != tokenIds(m_project);
    const bool couldWrite = canWrite();
    m_project = project;
    if (couldWrite != canWrite())
        emit writeAccessChanged();
    if (!reconnect)
        return;
    setClientEndpoints();
    for (ApiClient *client : {m_client, m_writer, m_hetznerClient, m_hetznerWriter})
        client->setToken(QString());
    m_writerTokenId.clear();
    // A listing in flight still reports; the next refresh reads the new token.
    if (m_state == State::Failed || m_state == State::Ready)
        setState(State::Idle);
}

void ProjectSession::refresh()
{
    if (m_state == State::ReadingToken || m_state == State::Loading) {
        // What changed during this listing shows in the next one.
        m_refreshAgain = m_state == State::Loading;
        return;
    }
    if (m_client->hasToken())
        listServers();
    else
        readToken();
}

void ProjectSession::setLabelSelector(const QString &selector)
{
    if (selector == m_labelSelector)
        return;
    m_labelSelector = selector;
    if (m_state != State::Idle)
        refreshAll();
}

void ProjectSession::indexNames(const QString &kindId)
{
    const ResourceListModel *list = m_models.value(kindId);
    QHash<qint64, QString> names;
    names.reserve(list->rowCount());
    for (const ResourceRow &row : list->rows())
        names.insert(row->id, row->name);
    if (!m_names.set(kindId, names))
        return;
    // Servers refer to nothing by id; the other lists may show these names.
    for (ResourceListModel *model : std::as_const(m_models)) {
        if (model != m_servers && model != list)
            model->namesChanged();
    }
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
        self->m_hetznerClient->setToken(token);
        self->listServers();
        const QSet<QString> pending = std::exchange(self->m_pendingKinds, {});
        for (const QString &kindId : pending)
            self->listKind(kindId);
        if (std::exchange(self->m_countWhenToken, false))
            self->countUnlisted();
    });
}

void ProjectSession::listServers()
{
    setState(State::Loading);
    m_listing = startListing(m_servers->kind().id);
    connect(m_listing, &ListCall::finished, this, [this, call = m_listing] {
        m_kindCalls.remove(m_servers->kind().id);
        if (call->error().isError()) {
            m_refreshAgain = false;
            m_lastError = call->error().userText();
            qCInfo(lcProjects) << "refresh failed:" << call->error().code;
            setState(State::Failed);
            return;
        }
        m_lastError.clear();
        setState(State::Ready);
        emit refreshed();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            listServers();
        }
    });
}

void ProjectSession::setClientEndpoints()
{
    m_client->setEndpoint(m_project.endpoint);
    m_writer->setEndpoint(m_project.endpoint);
    m_hetznerClient->setEndpoint(m_project.hetznerEndpoint);
    m_hetznerWriter->setEndpoint(m_project.hetznerEndpoint);
}

void ProjectSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace hcloud
