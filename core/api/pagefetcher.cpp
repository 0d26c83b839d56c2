#include "core/api/pagefetcher.h"
#include "core/api/apiclient.h"
#include "core/api/httpexchange.h"
#include "core/api/jsonparse.h"
#include "core/api/logging.h"
#include "core/api/retry.h"

#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>

namespace hcloud {

namespace {

// Adds up to ms / divisor at random.
int jittered(int ms, int divisor = 2)
{
    return ms + int(QRandomGenerator::global()->bounded(ms / divisor + 1));
}

bool isPassing(const ApiError &error)
{
    // A page refused for what it says (too large, say) would say it again:
    // status 0 counts as passing only for the transport.
    return error.kind == ApiError::Kind::Network
        || (error.kind == ApiError::Kind::Api && isRetryableStatus(error.httpStatus));
}

} // namespace

PageFetcher::PageFetcher(ApiClient *client, ListCall *call, const QString &path, const QUrlQuery &query,
                         PageReader reader, bool keepPages)
    : QObject(call)
    , m_client(client)
    , m_call(call)
    , m_path(path)
    , m_query(query)
    , m_reader(std::move(reader))
    , m_perPage(client->m_perPage)
    , m_maxConcurrent(client->m_maxConcurrentPages)
    , m_keepPages(keepPages)
{
    m_query.removeAllQueryItems(QStringLiteral("page"));
    m_query.removeAllQueryItems(QStringLiteral("per_page"));
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &PageFetcher::launchMore);
}

void PageFetcher::start()
{
    m_sinceProgress.start();
    request(1);
}

void PageFetcher::request(int page)
{
    if (m_pages.size() < page)
        m_pages.resize(page);
    QUrlQuery query = m_query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
    // Not retried inside the exchange: this fetcher retries pages itself, so
    // that they wait together after a 429 and never start a list anew.
    auto *exchange = new HttpExchange(m_client, QByteArrayLiteral("GET"), m_path, query, {}, false,
                                      [this, page](const HttpResult &r) { onAnswer(page, r); }, this);
    m_requests.insert(page, exchange);
    m_pending.insert(page);
    ++m_call->m_requests;
    exchange->start();
}

void PageFetcher::onAnswer(int page, const HttpResult &result)
{
    if (HttpExchange *exchange = m_requests.take(page))
        exchange->deleteLater();
    ApiError error = result.error();
    if (!error.isError() && result.body.size() > kMaxPageBytes)
        error = ApiError::parse(tr("page %1 of the list is %2 MB, more than a list page can be")
                                    .arg(page)
                                    .arg(result.body.size() / (1024 * 1024)));
    if (error.isError()) {
        m_pending.remove(page);
        if (isPassing(error) && m_sinceProgress.elapsed() < m_client->m_listStallLimitMs)
            retryLater(page, error);
        else
            fail(error);
        return;
    }
    auto read = [reader = m_reader, body = result.body, page] {
        std::shared_ptr<ListPage> out = reader(body);
        out->page = page;
        return ListPagePtr(std::move(out));
    };
    if (result.body.size() <= kInlineParseLimit) {
        onRead(page, read());
        return;
    }
    runOffThread(this, std::move(read), [this, page](ListPagePtr parsed) { onRead(page, parsed); });
}

void PageFetcher::retryLater(int page, const ApiError &error)
{
    m_lastError = error;
    const int failures = ++m_failures[page];
    int waitMs = 0;
    if (error.retryAfter.isValid())
        waitMs = int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(error.retryAfter), qint64(30000)));
    if (error.httpStatus == 429) {
        // The budget is the whole list's: every page waits, not only this one.
        // The pages go on together, so a little jitter is enough to keep
        // lists and processes from coming back in step.
        m_again.append(page);
        waitMs = jittered(qMax(waitMs > 0 ? waitMs : 1000, 250), 10);
        if (!m_wait.isActive() || m_wait.remainingTime() < waitMs)
            m_wait.start(waitMs);
    } else {
        // A 503 or a lost connection hits one request: the others go on,
        // and this page backs off on its own, doubling per failure, with up
        // to half again so that pages that failed together do not return together.
        const RetryPolicy &policy = m_client->m_retry;
        const int backoff = qMin(policy.maxDelayMs, policy.baseDelayMs << qMin(failures - 1, 6));
        waitMs = jittered(qMax(waitMs, backoff));
        m_backingOff.insert(page);
        QTimer::singleShot(waitMs, this, [this, page] {
            m_backingOff.remove(page);
            m_again.append(page);
            launchMore();
        });
    }
    qCDebug(lcApi).noquote() << "list" << m_path << "page" << page << "failed (" << error.code << "), again in"
                             << waitMs << "ms";
}

void PageFetcher::onRead(int page, const ListPagePtr &read)
{
    if (m_finished)
        return;
    m_pending.remove(page);
    if (!read->error.isEmpty()) {
        fail(ApiError::parse(read->error));
        return;
    }
    if (!checkBounds(page, *read))
        return;
    if (m_keepPages) {
        m_pages[page - 1] = read;
    } else {
        // Only that the page came: its rows live in whoever took pageRead().
        auto stub = std::make_shared<ListPage>(static_cast<const ListPage &>(*read));
        m_pages[page - 1] = stub;
    }
    ++m_pagesDone;
    m_items += read->itemCount;
    m_sinceProgress.restart();

    if (page == 1) {
        if (read->lastPage >= 1)
            m_lastPage = read->lastPage;
        else if (read->nextPage > 1 && read->itemCount > 0)
            m_walking = true;
        else
            m_lastPage = 1;
    } else if (!m_walking && read->lastPage > m_lastPage) {
        // The list grew while we fetched: its tail moved onto new pages.
        m_lastPage = read->lastPage;
    }
    if (m_walking)
        m_followPage = read->nextPage > page && read->itemCount > 0 ? read->nextPage : 0;

    QPointer<PageFetcher> self(this);
    emit m_call->pageRead(read);
    if (!self)
        return;
    emit m_call->progress(m_pagesDone, m_walking ? 0 : m_lastPage);
    if (!self)
        return;
    launchMore();
    if (allDone())
        finish();
}

bool PageFetcher::checkBounds(int page, const ListPage &read)
{
    // What the API said of its own size bounds what we believe of it.
    const int pagesForEntries = read.totalEntries >= 0 ? (read.totalEntries + m_perPage - 1) / m_perPage : -1;
    const int pageLimit = pagesForEntries >= 0 ? qMin(kMaxPages, pagesForEntries + 2) : kMaxPages;
    QString problem;
    if (read.itemCount > m_perPage)
        problem = tr("page %1 has %2 items, more than the %3 asked for").arg(page).arg(read.itemCount).arg(m_perPage);
    else if (read.lastPage > pageLimit && read.totalEntries >= 0)
        problem = tr("the API said the list has %1 pages for %2 items").arg(read.lastPage).arg(read.totalEntries);
    else if (read.lastPage > pageLimit || (m_walking && read.nextPage > pageLimit))
        problem = tr("the list goes on past %1 pages").arg(pageLimit);
    else if (m_items + read.itemCount > kMaxItems)
        problem = tr("the list has more than %1 items").arg(kMaxItems);
    if (problem.isEmpty())
        return true;
    fail(ApiError::parse(problem));
    return false;
}

void PageFetcher::launchMore()
{
    if (m_finished || m_wait.isActive())
        return;
    auto slotFree = [this] { return m_pending.size() < m_maxConcurrent; };
    while (!m_again.isEmpty() && slotFree())
        request(m_again.takeFirst());
    if (m_walking) {
        if (m_followPage > 0 && m_pending.isEmpty() && m_pages.size() < m_followPage)
            request(m_followPage);
        return;
    }
    while (m_lastPage > 0 && m_nextPage <= m_lastPage && slotFree())
        request(m_nextPage++);
}

bool PageFetcher::allDone() const
{
    if (!m_pending.isEmpty() || !m_again.isEmpty() || !m_backingOff.isEmpty() || (m_lastPage == 0 && !m_walking))
        return false;
    if (m_walking)
        return m_followPage == 0 || m_pages.size() >= m_followPage;
    return m_nextPage > m_lastPage;
}

void PageFetcher::fail(const ApiError &error)
{
    m_finished = true;
    m_wait.stop();
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
    QVector<ListPagePtr> pages;
    pages.reserve(m_pages.size());
    for (const ListPagePtr &page : std::as_const(m_pages)) {
        if (page && m_keepPages)
            pages.append(page);
    }
    qCDebug(lcApi).noquote() << "list" << m_path << m_items << "items from" << m_pagesDone << "pages";
    m_call->m_pages = std::move(pages);
    m_call->deleteLater();
    emit m_call->finished();
}

} // namespace hcloud
