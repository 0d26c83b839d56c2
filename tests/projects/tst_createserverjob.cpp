// New Server's writes against the simulator: a pasted key is added first and
// the server created with it; a refused key stops before the server; each
// POST leaves once.
#include "core/projects/createserverjob.h"
#include "tests/sim/simhttp.h"
#include "tests/support/simsession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {
const QString kToken = QStringLiteral("jobRWjobRWjobRWjobRWjobRWjobRW01") + QStringLiteral("secretSECRETsecretSECRETsecret01");
const QString kKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl s@x");
} // namespace

class TestCreateServerJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keyFirstThenServer();
    void noKeyGetsARootPassword();
    void refusedKeyCreatesNoServer();
    void refusedServerKeepsTheKey();

private:
    ServerSpec spec(const QString &name) const;
    CreateServerJob *run(const ServerSpec &spec);
    QJsonArray all(const QString &kind) const { return SimHttp(m_sim->simulator.endpoint()).all(kind, kToken); }

    std::unique_ptr<SimSession> m_sim;
    qint64 m_image = 0;
};

void TestCreateServerJob::init()
{
    m_sim = std::make_unique<SimSession>(kToken, 2, 0);
    m_sim->start(false);
    QVERIFY(!QTest::currentTestFailed());
    for (const QJsonValue &image : all(QStringLiteral("images"))) {
        if (image[QStringLiteral("type")] == QStringLiteral("system") && image[QStringLiteral("architecture")] == QStringLiteral("x86"))
            m_image = image[QStringLiteral("id")].toInteger();
    }
    QVERIFY(m_image > 0);
}

void TestCreateServerJob::cleanup()
{
    m_sim.reset();
}

ServerSpec TestCreateServerJob::spec(const QString &name) const
{
    ServerSpec s;
    s.name = name;
    s.location = QStringLiteral("nbg1");
    s.serverType = QStringLiteral("cx22");
    s.image = m_image;
    return s;
}

CreateServerJob *TestCreateServerJob::run(const ServerSpec &spec)
{
    auto *job = new CreateServerJob(m_sim->session.get(), spec);
    QSignalSpy finished(job, &CreateServerJob::finished);
    QSignalSpy progress(job, &CreateServerJob::progress);
    job->start();
    if (!finished.count())
        finished.wait(10000);
    [&] { QCOMPARE(finished.count(), 1); }();
    // Deleted later, so the test may still read it now.
    [&] { QVERIFY(!progress.isEmpty()); }();
    return job;
}

void TestCreateServerJob::keyFirstThenServer()
{
    ServerSpec s = spec(QStringLiteral("job-1"));
    s.newPublicKey = kKey;
    s.labelsText = QStringLiteral("env=test");
    const int keysBefore = int(all(QStringLiteral("ssh_keys")).size());
    CreateServerJob *job = run(s);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().userText()));
    // Read now: the job deletes itself once the event loop turns (all() below).
    const qint64 keyId = job->addedKeyId();
    const qint64 serverId = job->serverId();
    QVERIFY(keyId > 0);
    QVERIFY(serverId > 0);
    QVERIFY(job->rootPassword().isEmpty()); // a key was given
    const QJsonArray keys = all(QStringLiteral("ssh_keys"));
    QCOMPARE(keys.size(), keysBefore + 1);
    QCOMPARE(keys.last()[QStringLiteral("name")].toString(), QStringLiteral("job-1-key"));
    QCOMPARE(keys.last()[QStringLiteral("id")].toInteger(), keyId);
    QVERIFY(m_sim->simulator.serverIds(0).contains(serverId));
    QCOMPARE(m_sim->simulator.serverIds(0).size(), 3);
}

void TestCreateServerJob::noKeyGetsARootPassword()
{
    CreateServerJob *job = run(spec(QStringLiteral("job-2")));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().userText()));
    QCOMPARE(job->addedKeyId(), 0);
    QVERIFY(!job->rootPassword().isEmpty());
}

void TestCreateServerJob::refusedKeyCreatesNoServer()
{
    ServerSpec s = spec(QStringLiteral("job-3"));
    s.newPublicKey = QStringLiteral("ssh-ed25519 not-base64 me@host");
    const int requests = m_sim->simulator.requestCount();
    CreateServerJob *job = run(s);
    QVERIFY(job->error().isError());
    QVERIFY(job->keyRefused());
    QCOMPARE(m_sim->simulator.serverIds(0).size(), 2);
    QCOMPARE(m_sim->simulator.requestCount(), requests + 1); // the key's POST alone
}

void TestCreateServerJob::refusedServerKeepsTheKey()
{
    ServerSpec s = spec(QStringLiteral("job-4"));
    s.newPublicKey = kKey;
    s.image = 987654321;
    CreateServerJob *job = run(s);
    QCOMPARE(job->error().code, QStringLiteral("invalid_input"));
    QVERIFY(!job->keyRefused());
    QVERIFY(job->addedKeyId() > 0); // the dialog clears the pasted key: it is a project key now
    QCOMPARE(m_sim->simulator.serverIds(0).size(), 2);
}

QTEST_GUILESS_MAIN(TestCreateServerJob)
#include "tst_createserverjob.moc"
