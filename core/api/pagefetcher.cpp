#include "pagefetcher.h"
#include "apiclient.h"
#include "httpexchange.h"
#include "jsonparse.h"
#include "logging.h"

#include <QPointer>
#include <QSet>

namespace hcloud {

namespace {

// Items are unique by id; ids are numbers for most kinds, strings for a few.
QString idKey(const QJsonObject &item)
{
    const QJsonValue id = item.value(QLatin1String("id"));
    if (id.isDouble())
        return QString::number(id.toInteger());
    if (id.isString())
        return QLatin1Char('s') + id.toString();
    return {};
}

} // namespace

PageFetcher::PageFetcher(ApiClient *client, ListCall *call, const QString &path, const QString &jsonKey,
                         const QUrlQuery &query)
    : QObject(call)
    , m_client(client)
    , m_call(call)
    , m_path(path)
    , m_jsonKey(jsonKey)
    , m_query(query)
    , m_perPage(client->m_perPage)
    , m_maxConcurrent(client->m_maxConcurrentPages)
{
    m_query.removeAllQueryItems(QStringLiteral("page"));
    m_query.removeAllQueryItems(QStringLiteral("per_page"));
}

void PageFetcher::start()
{
    request(1);
}

void PageFetcher::request(int page)
{
    if (m_pages.size() < page)
        m_pages.resize(page);
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
    auto *exchange = new HttpExchange(m_client, QByteArrayLiteral("GET"), m_path, query, {}, true,
                                      [this, page](const HttpResult &r) { onAnswer(page, r); }, this);
    m_requests.insert(page, exchange);
    ++m_pending;
    exchange->start();
}

void PageFetcher::onAnswer(int page, const HttpResult &result)
{
    if (HttpExchange *exchange = m_requests.take(page))
        exchange->deleteLater();
    const ApiError error = result.error();
    if (error.isError()) {
        fail(error);
        return;
    }
    if (result.body.size() <= kInlineParseLimit) {
        onParsed(page, parsePage(result.body, m_jsonKey));
        return;
    }
    runOffThread(
        this, [body = result.body, key = m_jsonKey] { return parsePage(body, key); },
        [this, page](ParsedPage parsed) { onParsed(page, parsed); });
}

void PageFetcher::onParsed(int page, const ParsedPage &parsed)
{
    if (m_finished)
        return;
    --m_pending;
    if (!parsed.error.isEmpty()) {
        fail(ApiError::parse(parsed.error));
        return;
    }
    m_pages[page - 1] = parsed.items;
    ++m_pagesDone;

    if (page == 1) {
        if (parsed.lastPage >= 1) {
            m_lastPage = parsed.lastPage;
        } else if (parsed.nextPage > 1) {
            m_walking = true;
        } else {
            m_lastPage = 1;
        }
    } else if (!m_walking && parsed.lastPage > m_lastPage) {
        // The list grew while we fetched: its tail moved onto new pages.
        m_lastPage = parsed.lastPage;
    }
    if (m_walking)
        m_followPage = parsed.nextPage > page ? parsed.nextPage : 0;

    QPointer<PageFetcher> self(this);
    emit m_call->progress(m_pagesDone, m_walking ? 0 : m_lastPage);
    if (!self)
        return;
    launchMore();
    if (allDone())
        finish();
}

void PageFetcher::launchMore()
{
    if (m_walking) {
        if (m_followPage > 0 && m_pending == 0)
            request(m_followPage);
        return;
    }
    while (m_nextPage <= m_lastPage && m_pending < m_maxConcurrent)
        request(m_nextPage++);
}

bool PageFetcher::allDone() const
{
    if (m_pending > 0)
        return false;
    return m_walking ? m_followPage == 0 : m_nextPage > m_lastPage;
}

void PageFetcher::fail(const ApiError &error)
{
    m_finished = true;
    // Deleting the other requests aborts them; nothing of theirs is reported.
    const QList<HttpExchange *> others = m_requests.values();
    m_requests.clear();
    qDeleteAll(others);
    qCDebug(lcApi).noquote() << "list" << m_path << "failed:" << error.code;
    m_call->m_error = error;
    m_call->deleteLater();
    emit m_call->finished();
}

void PageFetcher::finish()
{
    m_finished = true;
    // An item that slid across a page boundary while we fetched shows up
    // twice; the first occurrence keeps its place in API order.
    QVector<QJsonObject> items;
    QSet<QString> seen;
    for (const QVector<QJsonObject> &page : qAsConst(m_pages)) {
        for (const QJsonObject &item : page) {
            const QString key = idKey(item);
            if (!key.isEmpty()) {
                if (seen.contains(key))
                    continue;
                seen.insert(key);
            }
            items.append(item);
        }
    }
    qCDebug(lcApi).noquote() << "list" << m_path << items.size() << "items from" << m_pagesDone << "pages";
    m_call->m_items = std::move(items);
    m_call->deleteLater();
    emit m_call->finished();
}

} // namespace hcloud
