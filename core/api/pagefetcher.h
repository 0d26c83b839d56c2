#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>
#include <QVector>

namespace hcloud {

class ApiClient;
class ListCall;
class HttpExchange;
struct ApiError;
struct HttpResult;
struct ParsedPage;

// Drives one ListCall: page 1 first (it tells how many there are), then the
// rest concurrently up to the client's bound, each page read off the GUI
// thread. Lives as the call's child, so deleting the call aborts it.
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    PageFetcher(ApiClient *client, ListCall *call, const QString &path, const QString &jsonKey,
                const QUrlQuery &query);
    void start();

private:
    void request(int page);
    void onAnswer(int page, const HttpResult &result);
    void onParsed(int page, const ParsedPage &parsed);
    void launchMore();
    bool allDone() const;
    void fail(const ApiError &error);
    void finish();

    ApiClient *m_client;
    ListCall *m_call;
    QString m_path;
    QString m_jsonKey;
    QUrlQuery m_query;
    int m_perPage;
    int m_maxConcurrent;

    QVector<QVector<QJsonObject>> m_pages;  // index: page - 1
    QHash<int, HttpExchange *> m_requests;  // page -> its request while on the wire
    int m_pending = 0;      // pages requested and not yet read
    int m_pagesDone = 0;
    int m_lastPage = 0;     // 0 until page 1 has been read
    int m_nextPage = 2;     // next page to request when the count is known
    int m_followPage = 0;   // next_page to walk to when the API gave no last_page
    bool m_walking = false; // no last_page: pages one after another
    bool m_finished = false;
};

} // namespace hcloud
