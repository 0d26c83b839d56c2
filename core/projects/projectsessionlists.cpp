// ProjectSession's lists of the kinds: listing, counting, and relisting
// one page at a time for the scheduler.

#include "core/projects/projectsession.h"

#include "core/api/jsonparse.h"
#include "core/models/resourcelistmodel.h"

#include <QJsonArray>

#include <limits>

namespace hcloud {

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

} // namespace hcloud
