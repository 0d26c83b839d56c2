#pragma once

// hcloud-sim in a process of its own, and the official hcloud CLI pointed
// at it, for tests that check the simulator from outside.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class SimHttp;

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class SimProcess
{
public:
    ~SimProcess();
    // Starts $HCLOUD_SIM_BIN on a free port with these options and waits
    // for its "listening on" line. On failure *error says why.
    bool start(const QStringList &options, QString *error);
    QUrl endpoint() const { return m_endpoint; }

private:
    QProcess m_process;
    QUrl m_endpoint;
};

class HcloudCli
{
public:
    // An empty path when the CLI is not installed.
    static QString path();

    HcloudCli(const QUrl &endpoint, const QString &token);
    // Runs `hcloud args…` with HCLOUD_ENDPOINT and HCLOUD_TOKEN (`token`
    // when given) and a config file that does not exist, so no real
    // context is ever used.
    CliResult run(const QStringList &args, const QString &token = {}) const;

private:
    QUrl m_endpoint;
    QString m_token;
    QTemporaryDir m_home;
};

// A small hcloud-sim (5 servers, 50 ms actions) with the CLI and a direct
// HTTP line to it, for the tests of writes through the CLI.
struct CliTestBed
{
    explicit CliTestBed(const QString &token);
    ~CliTestBed();
    // `more` are further hcloud-sim options (such as --api-date).
    bool start(QString *error, const QStringList &more = {});

    QString token;
    SimProcess sim;
    std::unique_ptr<HcloudCli> cli;
    std::unique_ptr<SimHttp> http;
};
