#pragma once

#include "core/api/apierror.h"
#include "core/api/listpage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QVector>

namespace hcloud {

class ApiClient;
class ListCall;
class HttpExchange;
struct HttpResult;

// Drives one ListCall: page 1 first (it tells how many there are), then the
// rest concurrently up to the client's bound, each page read off the GUI
// thread by the call's reader. A page that fails for a passing reason is
// asked for again after its own backoff (after a 429, all pages wait);
// pages already read are kept. The list fails only
// when it has made no progress for a while, or when its answers cannot be
// trusted (more pages or items than the API said). Lives as the call's
// child, so deleting the call aborts it.
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    PageFetcher(ApiClient *client, ListCall *call, const QString &path, const QUrlQuery &query,
                PageReader reader, bool keepPages);
    void start();

    // More pages than this, or more items, and the answers are refused.
    static constexpr int kMaxPages = 4000;
    static constexpr int kMaxItems = 200000;
    static constexpr int kMaxPageBytes = 16 * 1024 * 1024;

private:
    void request(int page);
    void onAnswer(int page, const HttpResult &result);
    void onRead(int page, const ListPagePtr &read);
    void retryLater(int page, const ApiError &error);
    bool checkBounds(int page, const ListPage &read);
    void launchMore();
    bool allDone() const;
    void fail(const ApiError &error);
    void finish();

    ApiClient *m_client;
    ListCall *m_call;
    QString m_path;
    QUrlQuery m_query;
    PageReader m_reader;
    int m_perPage;
    int m_maxConcurrent;

    QVector<ListPagePtr> m_pages;           // index: page - 1; a stub when not kept
    bool m_keepPages;
    QHash<int, HttpExchange *> m_requests;  // page -> its request while on the wire
    QVector<int> m_again;                   // pages to ask for again, when allowed
    QSet<int> m_pending;                    // pages requested and not yet read
    QSet<int> m_backingOff;                 // failed pages waiting out their own backoff
    QHash<int, int> m_failures;             // page -> times it failed
    QTimer m_wait;                          // until the API lets us ask again
    QElapsedTimer m_sinceProgress;
    ApiError m_lastError;                   // of the latest failed page
    int m_pagesDone = 0;
    int m_items = 0;
    int m_lastPage = 0;     // 0 until page 1 has been read
    int m_nextPage = 2;     // next page to request when the count is known
    int m_followPage = 0;   // next_page to walk to when the API gave no last_page
    bool m_walking = false; // no last_page: pages one after another
    bool m_finished = false;
};

} // namespace hcloud
