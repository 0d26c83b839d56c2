#pragma once

#include <QDate>
#include "core/sim/faultplan.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace hcloud::sim {

// One simulated project: its token and how much it holds.
struct SimProjectSpec
{
    SimProjectSpec(const QString &token = {}, int servers = 30, quint32 seed = 1, const QStringList &readTokens = {})
        : token(token), servers(servers), seed(seed), readTokens(readTokens)
    {
    }

    QString token;          // 64 characters
    int servers = 30;       // seeded servers
    quint32 seed = 1;       // deterministic data per seed
    QStringList readTokens; // more tokens of this project, with Read permission
};

struct SimOptions
{
    QVector<SimProjectSpec> projects;
    int latencyMs = 0;    // added to every answer, without blocking the server
    int actionMs = 1500;  // how long one action runs (0: done by the next request)
    // The API's behaviour by its timeline (apidate.h); invalid: today.
    QDate apiDate = {};
    FaultSpec faults = {};  // none by default
    // The demo's cloud lives (SimLife): seeded transitions end, and about
    // every this many seconds someone else reboots a server or takes a
    // snapshot. 0, the default: nothing happens by itself.
    int livelySeconds = 0;
};

// A loopback HTTP server speaking Hetzner Cloud API v1.
class SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1, the Cloud API on `port` and the Hetzner API
    // (Storage Boxes) on `hetznerPort`; 0 picks a free one. False when it
    // cannot.
    bool listen(quint16 port = 0, quint16 hetznerPort = 0);
    quint16 port() const;
    QUrl endpoint() const; // http://127.0.0.1:PORT/v1
    quint16 hetznerPort() const;
    QUrl hetznerEndpoint() const; // http://127.0.0.1:HETZNER_PORT/v1
    // The console proxy's port (request_console's ws:// URLs), listening
    // with the API.
    quint16 consolePort() const;

    void setLatencyMs(int ms);
    // Replaces the fault plan; its sequence starts again from the seed.
    void setFaults(const FaultSpec &faults);
    // Requests whose connection was closed unanswered, and requests seen.
    int droppedCount() const;
    int requestCount() const;
    // The next action started in the project ends in error with this code.
    void failNextAction(int project, const QString &code, const QString &message);

    // State access for tests and the demo: project by index as given in SimOptions.
    int projectCount() const;
    QVector<qint64> serverIds(int project) const;
    qint64 addServer(int project, const QString &name);   // returns new id
    bool removeServer(int project, qint64 id);
    bool setServerName(int project, qint64 id, const QString &name);
    bool setServerStatus(int project, qint64 id, const QString &status);
    // For budget tests: sets what remains of the project's hourly budget.
    void setRateLimitRemaining(int project, int remaining);
    int rateLimitRemaining(int project) const;  // -1 for an unknown project

    // The server's console for tests: its text rows and pixels (0xRRGGBB).
    QStringList consoleText(int project, qint64 id) const;
    quint32 consolePixel(int project, qint64 id, int x, int y) const;
    // The next `count` console URLs are born expired; the next `count`
    // console passwords the API hands out are wrong.
    void expireNextConsoleUrls(int count);
    void corruptNextConsolePasswords(int count);
    int consoleUrlsIssued() const;
    QString lastConsolePassword() const;  // for the leak test
    int consoleConnections() const;

private:
    class Private;
    Private *d;
};

} // namespace hcloud::sim
