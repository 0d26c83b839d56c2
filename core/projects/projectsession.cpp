#include "core/projects/projectsession.h"

#include "core/api/logging.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/refreshscheduler.h"
#include "core/resources/resourcekind.h"
#include "core/api/jsonparse.h"

#include <QJsonArray>
#include <limits>

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

int ProjectSession::count(const QString &kindId) const
{
    const ResourceListModel *list = m_models.value(kindId);
    if (list && list->isLoaded())
        return list->rowCount();
    return m_counts.value(kindId, -1);
}

void ProjectSession::countKind(const QString &kindId, std::function<void()> done)
{
    ResourceListModel *list = model(kindId);
    if (!list || !m_client->hasToken()) {
        if (done)
            done();
        return;
    }
    // One request either way: a first page of the most the API gives says
    // the total, and for most kinds of most projects it is the whole list.
    QUrlQuery query = listQuery(kindId);
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_client->perPage()));
    ApiCall *call = client(list->kind().api)->get(list->kind().path, query);
    connect(call, &ApiCall::finished, this, [this, call, kindId, list, done = std::move(done)] {
        const QJsonObject answer = call->json();
        const QJsonValue total = answer.value(QLatin1String("meta"))[QLatin1String("pagination")][QLatin1String("total_entries")];
        const QJsonArray items = answer.value(list->kind().jsonKey).toArray();
        auto finish = [this, kindId, done] {
            emit kindRefreshed(kindId);
            if (done)
                done();
        };
        if (call->error().isError()) {
            m_kindErrors.insert(kindId, call->error().userText());
        } else if (total.isDouble()) {
            m_kindErrors.remove(kindId);
            m_counts.insert(kindId, total.toInt());
            if (items.size() == total.toInt() && !list->isLoaded() && !isKindLoading(kindId)) {
                QVector<QJsonObject> objects;
                for (const QJsonValue &item : items) {
                    if (itemIdProblem(item, int(objects.size())).isEmpty())
                        objects.append(item.toObject());
                }
                runOffThread(
                    list, [kind = &list->kind(), objects, names = m_names] {
                        QVector<ResourceRow> rows;
                        for (const QJsonObject &o : objects)
                            rows.append(buildRow(*kind, o, names));
                        return rows;
                    },
                    [this, kindId, list, finish](QVector<ResourceRow> rows) {
                        if (!list->isLoaded()) {
                            list->setRows(std::move(rows));
                            list->setListedAt(QDateTime::currentDateTimeUtc());
                            indexNames(kindId);
                            saveCached(kindId);
                        }
                        finish();
                    });
                return;
            }
        }
        finish();
    });
}

void ProjectSession::listOnce(const QStringList &kindIds)
{
    for (const QString &kindId : kindIds) {
        const ResourceListModel *list = model(kindId);
        if (list && (!list->isLoaded() || showsCachedRows(kindId)) && !isKindLoading(kindId))
            refreshKind(kindId);
    }
}

void ProjectSession::countUnlisted()
{
    if (!m_client->hasToken()) {
        m_countWhenToken = true;
        return;
    }
    for (const ResourceKind *kind : resourceKinds()) {
        const ResourceListModel *list = m_models.value(kind->id);
        if ((!list || !list->isLoaded()) && !isKindLoading(kind->id))
            countKind(kind->id);
    }
}

void ProjectSession::relistPage(const QString &kindId, int page, std::function<void(bool, bool)> done)
{
    ResourceListModel *list = m_models.value(kindId);
    if (!list || !m_client->hasToken()) {
        done(false, true);
        return;
    }
    const ResourceKind &kind = list->kind();
    // By id, so that ids between a page's first and last it lacks are gone.
    const bool byId = kindId != QLatin1String("isos");
    QUrlQuery query = listQuery(kindId);
    if (byId)
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:asc"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_client->perPage()));
    ApiCall *call = client(kind.api)->get(kind.path, query);
    connect(call, &ApiCall::finished, this, [this, call, list, byId, page, done = std::move(done)] {
        if (call->error().isError()) {
            done(false, true);
            return;
        }
        const QJsonObject answer = call->json();
        const bool last = !answer.value(QLatin1String("meta"))[QLatin1String("pagination")][QLatin1String("next_page")].isDouble();
        QVector<QJsonObject> objects;
        for (const QJsonValue &item : answer.value(list->kind().jsonKey).toArray()) {
            if (itemIdProblem(item, int(objects.size())).isEmpty())
                objects.append(item.toObject());
        }
        runOffThread(
            list, [kind = &list->kind(), objects, names = m_names] {
                QVector<ResourceRow> rows;
                rows.reserve(objects.size());
                for (const QJsonObject &o : objects)
                    rows.append(buildRow(*kind, o, names));
                return rows;
            },
            [list, byId, last, first = page == 1, answer, done](QVector<ResourceRow> rows) {
                if (byId && !list->isListing()) {
                    // Rows whose ids this page spans but lacks were deleted.
                    const qint64 from = rows.isEmpty() || first ? 0 : rows.first()->id;
                    const qint64 to = rows.isEmpty() || last ? std::numeric_limits<qint64>::max() : rows.last()->id;
                    QSet<qint64> keep;
                    QSet<qint64> here;
                    for (const ResourceRow &row : rows)
                        here.insert(row->id);
                    for (const ResourceRow &row : list->rows()) {
                        if (row->id < from || row->id > to || here.contains(row->id))
                            keep.insert(row->id);
                    }
                    if (!rows.isEmpty() || answer.value(QLatin1String("meta"))[QLatin1String("pagination")][QLatin1String("total_entries")].toInt(-1) == 0)
                        list->retainKeys(keep);
                }
                list->mergeRows(rows);
                done(true, last);
            });
    });
}

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

bool ProjectSession::isKindLoading(const QString &kindId) const
{
    if (kindId == serverKind().id)
        return m_state == State::Loading || m_state == State::ReadingToken;
    return m_kindCalls.value(kindId) || (m_pendingKinds.contains(kindId) && m_state == State::ReadingToken);
}

void ProjectSession::refreshKind(const QString &kindId)
{
    if (kindId == serverKind().id) {
        refresh();
        return;
    }
    if (!model(kindId))
        return;
    if (m_client->hasToken()) {
        listKind(kindId);
        return;
    }
    // After the token is read (refresh() reads it and lists servers too).
    m_pendingKinds.insert(kindId);
    if (m_state != State::ReadingToken)
        refresh();
}

void ProjectSession::refreshAll()
{
    refresh();
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it) {
        if (it.key() != serverKind().id)
            refreshKind(it.key());
    }
}

QUrlQuery ProjectSession::listQuery(const QString &kindId) const
{
    QUrlQuery query;
    // ISOs have no labels; every other list takes the selector.
    if (!m_labelSelector.isEmpty() && kindId != QLatin1String("isos"))
        query.addQueryItem(QStringLiteral("label_selector"), m_labelSelector);
    // Deprecated images are left out unless asked for; the list marks them.
    if (kindId == QLatin1String("images"))
        query.addQueryItem(QStringLiteral("include_deprecated"), QStringLiteral("true"));
    return query;
}

void ProjectSession::listKind(const QString &kindId)
{
    if (m_kindCalls.value(kindId)) {
        m_kindsAgain.insert(kindId);
        return;
    }
    ListCall *call = startListing(kindId);
    connect(call, &ListCall::finished, this, [this, call, kindId] {
        m_kindCalls.remove(kindId);
        if (call->error().isError())
            m_kindErrors.insert(kindId, call->error().userText());
        else
            m_kindErrors.remove(kindId);
        emit kindRefreshed(kindId);
        if (m_kindsAgain.remove(kindId))
            listKind(kindId);
    });
}

ListCall *ProjectSession::startListing(const QString &kindId)
{
    ResourceListModel *list = model(kindId);
    const ResourceKind &kind = list->kind();
    // Rows show as each page arrives; the model drops what the whole list lacks.
    ListCall *call = client(kind.api)->listPages(kind.path, listQuery(kindId), rowPageReader(kind, m_names), false);
    m_kindCalls.insert(kindId, call);
    list->beginListing();
    connect(call, &ListCall::pageRead, list, [list](const ListPagePtr &page) {
        list->addListedRows(static_cast<const RowPage &>(*page).rows);
    });
    connect(call, &ListCall::finished, this, [this, call, kindId, list, names = m_names.generation()] {
        list->endListing(!call->error().isError());
        // Rows read with names that changed meanwhile are worked out again.
        if (names != m_names.generation())
            list->namesChanged();
        if (!call->error().isError()) {
            indexNames(kindId);
            saveCached(kindId);
        }
    });
    return call;
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
            ApiError error;
            error.kind = ApiError::Kind::Api;
            error.code = QStringLiteral("keychain");
            error.message = result.message;
            guard->finish({}, error);
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
