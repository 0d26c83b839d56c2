// ProjectSession's use of the list cache: rows from the last run shown at
// once, and each whole list kept for the next.

#include "core/projects/projectsession.h"

#include "core/projects/listcache.h"
#include "core/models/resourcelistmodel.h"

#include <QTimer>

namespace hcloud {

void ProjectSession::setListCache(ListCache *cache)
{
    m_cache = cache;
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        loadCached(it.key());
}

void ProjectSession::loadCached(const QString &kindId)
{
    ResourceListModel *list = m_models.value(kindId);
    // A filtered list is not the whole list the cache holds.
    if (!m_cache || !m_cache->isEnabled() || !m_project.persistent || !list || list->isLoaded()
        || !m_labelSelector.isEmpty())
        return;
    m_cache->load(m_project.id, list->kind(), m_names, list, [this, list, kindId](ListCache::Loaded loaded) {
        // The API answered first (or a filter came): its rows win.
        if (loaded.rows.isEmpty() || list->isLoaded() || !m_labelSelector.isEmpty())
            return;
        list->setListedAt(loaded.listedAt);
        m_cachedKinds.insert(kindId);
        addCachedRows(list, kindId, std::make_shared<const QVector<ResourceRow>>(std::move(loaded.rows)), 0);
    });
}

void ProjectSession::addCachedRows(ResourceListModel *list, const QString &kindId,
                                   std::shared_ptr<const QVector<ResourceRow>> rows, int from)
{
    // A whole list from the API ended meanwhile, or a filter came: theirs
    // are the rows now.
    if (!m_cachedKinds.contains(kindId) || !m_labelSelector.isEmpty())
        return;
    // A few hundred rows a turn: the views take them without a stall.
    constexpr int kChunk = 2500;
    const int to = int(qMin<qsizetype>(rows->size(), from + kChunk));
    QVector<ResourceRow> chunk;
    chunk.reserve(to - from);
    for (int i = from; i < to; ++i) {
        // Rows a page of the API's list brought are newer than these.
        if (list->rowOfKey(rows->at(i)->id) < 0)
            chunk.append(rows->at(i));
    }
    // Not listed rows: a whole list under way drops those it lacks.
    list->mergeRows(std::move(chunk));
    if (from == 0)
        emit cachedRowsShown(kindId);
    if (to < rows->size()) {
        QTimer::singleShot(0, list, [this, list, kindId, rows, to] { addCachedRows(list, kindId, rows, to); });
        return;
    }
    indexNames(kindId);
}

void ProjectSession::saveCached(const QString &kindId)
{
    m_cachedKinds.remove(kindId);
    const ResourceListModel *list = m_models.value(kindId);
    if (!m_cache || !m_project.persistent || !list || !m_labelSelector.isEmpty())
        return;
    m_cache->save(m_project.id, list->kind(), list->rows(), list->listedAt());
}

} // namespace hcloud
