// ProjectSession's use of the list cache: rows from the last run shown at
// once, and each whole list kept for the next.

#include "projectsession.h"

#include "listcache.h"
#include "models/resourcelistmodel.h"

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
        // Not listed rows: a whole list under way drops those it lacks.
        list->mergeRows(std::move(loaded.rows));
        list->setListedAt(loaded.listedAt);
        m_cachedKinds.insert(kindId);
        indexNames(kindId);
        emit cachedRowsShown(kindId);
    });
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
