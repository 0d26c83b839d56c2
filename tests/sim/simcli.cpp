#include "tests/sim/simcli.h"

#include "tests/sim/simhttp.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
}

bool SimProcess::start(const QStringList &options, QString *error)
{
    const QString bin = qEnvironmentVariable("HCLOUD_SIM_BIN");
    if (bin.isEmpty()) {
        *error = QStringLiteral("HCLOUD_SIM_BIN is not set; run the test through ctest");
        return false;
    }
    m_process.setProgram(bin);
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + options);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    // The simulator runs in its own process: waiting here stalls nothing it needs.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(15000)) {
            *error = QStringLiteral("hcloud-sim printed no address");
            return false;
        }
    }
    const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!first.startsWith(QLatin1String("listening on http://127.0.0.1:"))) {
        *error = QStringLiteral("unexpected first line: ") + first;
        return false;
    }
    m_endpoint = QUrl(first.section(QLatin1Char(' '), 2));
    return true;
}

QString HcloudCli::path()
{
    return QStandardPaths::findExecutable(QStringLiteral("hcloud"));
}

HcloudCli::HcloudCli(const QUrl &endpoint, const QString &token) : m_endpoint(endpoint), m_token(token) {}

CliResult HcloudCli::run(const QStringList &args, const QString &token) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), m_endpoint.toString());
    env.insert(QStringLiteral("HCLOUD_TOKEN"), token.isEmpty() ? m_token : token);
    env.insert(QStringLiteral("HCLOUD_CONFIG"), m_home.filePath(QStringLiteral("missing/cli.toml")));
    env.remove(QStringLiteral("HCLOUD_CONTEXT"));
    process.setProcessEnvironment(env);
    process.start(path(), args);
    CliResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliTestBed::CliTestBed(const QString &token) : token(token) {}

CliTestBed::~CliTestBed() = default;

bool CliTestBed::start(QString *error, const QStringList &more)
{
    if (!sim.start(QStringList{QStringLiteral("--token"), token, QStringLiteral("--servers"), QStringLiteral("5"),
                               QStringLiteral("--action-ms"), QStringLiteral("50")}
                       + more,
                   error))
        return false;
    cli = std::make_unique<HcloudCli>(sim.endpoint(), token);
    http = std::make_unique<SimHttp>(sim.endpoint());
    return true;
}
