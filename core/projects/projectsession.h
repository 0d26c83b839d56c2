#pragma once

#include "core/api/apiclient.h"
#include "core/models/resourcerow.h"
#include "core/projects/project.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"
#include "core/projects/tokenvault.h"

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace hcloud {

class ListCache;
class PendingWrite;
class ProjectActions;
class ProjectCatalog;
class RefreshScheduler;
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
    // The client writes go through; it holds a token once a write was sent.
    ApiClient *writer() const { return m_writer; }
    // The reading client of one of the APIs (the Hetzner API's for
    // Storage Boxes); both carry the project's token.
    ApiClient *client(ResourceKind::Api api) const { return api == ResourceKind::Api::Hetzner ? m_hetznerClient : m_client; }
    ResourceListModel *servers() const { return m_servers; }
    // The list of any kind ("volumes"), created on first use; nullptr for
    // an unknown kind. Servers are model("servers").
    ResourceListModel *model(const QString &kindId);
    ResourceListModel *existingModel(const QString &kindId) const { return m_models.value(kindId); }
    // Lists one kind (servers: same as refresh()). Reads the token first
    // when needed; a request while one runs lists again after it.
    void refreshKind(const QString &kindId);
    // Servers and every kind listed so far.
    void refreshAll();
    bool isKindLoading(const QString &kindId) const;
    // How many objects of a kind there are: its list's rows once loaded,
    // else what a count (countKind) said; -1 when not known.
    int count(const QString &kindId) const;
    // One request for a kind's total_entries (a first page: when it holds
    // the whole list, the kind is loaded too); then kindRefreshed.
    void countKind(const QString &kindId, std::function<void()> done = {});
    // Kinds not listed yet are counted, one request each (after the token).
    void countUnlisted();
    // Lists each kind that is neither loaded nor loading.
    void listOnce(const QStringList &kindIds);
    // One page of a loaded kind's list, sorted by id, merged into its rows;
    // rows of that id range the page lacks are gone. done(ok, wasLastPage).
    void relistPage(const QString &kindId, int page, std::function<void(bool, bool)> done);
    // Keeps the lists current in the background, within the budget.
    RefreshScheduler *scheduler() const { return m_scheduler; }
    QString kindError(const QString &kindId) const { return m_kindErrors.value(kindId); }
    // Writes that start actions, their progress, and the activity list.
    ProjectActions *actions() const { return m_actions; }
    // Server types, locations, images, ISOs, SSH keys, fetched on demand.
    // Empty until the token has been read (after the first refresh).
    ProjectCatalog *catalog() const { return m_catalog; }
    // The names of the objects listed so far, for texts that refer to them.
    const NameIndex *names() const { return &m_names; }
    State state() const { return m_state; }
    // The last refresh's error, or the vault's; empty when it went well.
    QString lastError() const { return m_lastError; }

    // Lists shown from the cache before the API answers, and kept there
    // after each whole list (persistent projects, no label selector).
    void setListCache(ListCache *cache);
    // The kind's rows are the cache's, from its model's listedAt(), until
    // a whole list arrives.
    bool showsCachedRows(const QString &kindId) const { return m_cachedKinds.contains(kindId); }

    // The project changed in the store: a new endpoint or other tokens
    // mean the token is read again on the next refresh.
    void setProject(const Project &project);

    // Reads the token if needed, then lists the project's servers.
    // A refresh while one runs is folded into it.
    void refresh();

    // Lists only servers matching this label selector (the API filters);
    // "" lists all. Refreshes when it changes.
    void setLabelSelector(const QString &selector);
    QString labelSelector() const { return m_labelSelector; }

    // Writes go with a Read & Write token (or one not known to be Read);
    // reads prefer a Read token. Without a token that may write, write
    // actions are disabled and whyNoWrite() says why.
    bool canWrite() const;
    QString whyNoWrite() const;
    // POST, PUT or DELETE; never retried. Learns the token's permission
    // from the answer (token_readonly, or a success). The path says which
    // API it goes to (apiOfPath).
    PendingWrite *write(const QByteArray &method, const QString &path, const QJsonObject &body = {});

signals:
    void stateChanged(hcloud::ProjectSession::State state);
    void refreshed();
    void rateLimitChanged(const hcloud::RateLimit &rateLimit);
    // For the store: a write showed what a token may do.
    void permissionLearned(const QString &tokenId, hcloud::TokenPermission permission);
    void writeAccessChanged();
    // A kind other than servers was listed (or failed: kindError()).
    void kindRefreshed(const QString &kindId);
    // A kind's rows came from the cache (showsCachedRows).
    void cachedRowsShown(const QString &kindId);

private:
    void readToken();
    void listServers();
    void listKind(const QString &kindId);
    ListCall *startListing(const QString &kindId);
    QUrlQuery listQuery(const QString &kindId) const;
    void setState(State state);
    void setClientEndpoints();
    const TokenRecord *readTokenRecord() const;
    const TokenRecord *writeTokenRecord() const;
    void sendWrite(PendingWrite *pending, const QString &tokenId, const QByteArray &method, const QString &path,
                   const QJsonObject &body);
    void learnPermission(const QString &tokenId, TokenPermission permission);
    void indexNames(const QString &kindId);
    void loadCached(const QString &kindId);
    void saveCached(const QString &kindId);
    void addCachedRows(ResourceListModel *list, const QString &kindId,
                       std::shared_ptr<const QVector<ResourceRow>> rows, int from);

    Project m_project;
    QPointer<TokenVault> m_vault;
    ApiClient *m_client;
    ApiClient *m_writer;       // holds the token of m_writerTokenId
    ApiClient *m_hetznerClient;  // m_client and m_writer for the Hetzner API
    ApiClient *m_hetznerWriter;
    QString m_writerTokenId;
    ResourceListModel *m_servers;
    QHash<QString, ResourceListModel *> m_models;
    QHash<QString, QPointer<ListCall>> m_kindCalls;
    QSet<QString> m_kindsAgain;   // listed again when their call ends
    QSet<QString> m_pendingKinds; // waiting for the token
    QHash<QString, QString> m_kindErrors;
    State m_state = State::Idle;
    QString m_lastError;
    QPointer<ListCall> m_listing;
    bool m_refreshAgain = false;
    QString m_labelSelector;
    ProjectActions *m_actions;
    ProjectCatalog *m_catalog;
    RefreshScheduler *m_scheduler = nullptr;
    QHash<QString, int> m_counts;
    bool m_countWhenToken = false;
    NameIndex m_names;
    QPointer<ListCache> m_cache;
    QSet<QString> m_cachedKinds;
};

} // namespace hcloud
