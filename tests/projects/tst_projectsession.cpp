// Least privilege against the simulator: reads use a project's Read token
// and writes its Read & Write one; a write answered token_readonly marks a
// token Read and the next write goes with another; with only Read tokens
// writes are refused locally, with the reason, and nothing is sent; a
// locked vault is the vault's error, not the API's.
#include "core/models/resourcelistmodel.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectsession.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QSignalSpy>
#include <QTimer>
#include <QTest>

using namespace hcloud;

namespace {
const QString kRw = QStringLiteral("sessRWsessRWsessRWsessRWsessRW01") + QStringLiteral("secretSECRETsecretSECRETsecret01");
const QString kRo = QStringLiteral("sessROsessROsessROsessROsessRO01") + QStringLiteral("secretSECRETsecretSECRETsecret02");
const QString kKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl s@x");

// Remembers which secrets were asked for, in order; fails reads with
// `failure` (later, like a keychain) while it is not Ok.
class RecordingVault : public MemoryTokenVault
{
public:
    using MemoryTokenVault::MemoryTokenVault;
    QStringList reads;
    Status failure = Status::Ok;
    void read(const QString &tokenId, ReadDone done) override
    {
        reads.append(tokenId);
        if (failure == Status::Ok) {
            MemoryTokenVault::read(tokenId, std::move(done));
            return;
        }
        QTimer::singleShot(0, this, [done = std::move(done), status = failure] { done({status, describe(status)}, {}); });
    }
};

TokenRecord record(const QString &id, const QString &token, TokenPermission permission)
{
    return {id, QString(), token.left(32), permission, {}, {}, false};
}
} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsWithReadTokenWritesWithTheOther();
    void learnsReadOnlyFromAWrite();
    void onlyReadTokensRefuseLocally();
    void lockedVaultIsNoApiError();

private:
    Project project(const QVector<TokenRecord> &tokens) const;
    void store(const QString &id, const QString &token);
    int keyCount() const { return int(m_http->all(QStringLiteral("ssh_keys"), kRw).size()); }

    sim::SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
    RecordingVault *m_vault = nullptr;
};

void TestProjectSession::init()
{
    m_sim = new sim::SimServer({{sim::SimProjectSpec(kRw, 4, 2, {kRo})}, 0});
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
    m_vault = new RecordingVault;
    store(QStringLiteral("rw"), kRw);
    store(QStringLiteral("ro"), kRo);
}

void TestProjectSession::cleanup()
{
    delete m_vault;
    delete m_http;
    delete m_sim;
}

void TestProjectSession::store(const QString &id, const QString &token)
{
    bool done = false;
    m_vault->store(id, token, [&](const TokenVault::Result &) { done = true; });
    QTRY_VERIFY(done);
}

Project TestProjectSession::project(const QVector<TokenRecord> &tokens) const
{
    Project p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("Least privilege");
    p.endpoint = m_sim->endpoint();
    p.tokens = tokens;
    return p;
}

void TestProjectSession::readsWithReadTokenWritesWithTheOther()
{
    ProjectSession session(project({record(QStringLiteral("rw"), kRw, TokenPermission::ReadWrite),
                                    record(QStringLiteral("ro"), kRo, TokenPermission::Read)}),
                           m_vault);
    QSignalSpy refreshed(&session, &ProjectSession::refreshed);
    session.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(session.servers()->rowCount(), 4);
    QCOMPARE(m_vault->reads, QStringList{QStringLiteral("ro")});

    QVERIFY(session.canWrite());
    PendingWrite *write = session.write("POST", QStringLiteral("/ssh_keys"),
                                        {{QStringLiteral("name"), QStringLiteral("k")},
                                         {QStringLiteral("public_key"), kKey}});
    QSignalSpy finished(write, &PendingWrite::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_vault->reads, (QStringList{QStringLiteral("ro"), QStringLiteral("rw")}));
    QCOMPARE(keyCount(), 3);
}

void TestProjectSession::learnsReadOnlyFromAWrite()
{
    // Nothing known yet; the Read token happens to come first.
    ProjectSession session(project({record(QStringLiteral("ro"), kRo, TokenPermission::Unknown),
                                    record(QStringLiteral("rw"), kRw, TokenPermission::Unknown)}),
                           m_vault);
    QSignalSpy learned(&session, &ProjectSession::permissionLearned);
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("k")}, {QStringLiteral("public_key"), kKey}};

    PendingWrite *first = session.write("POST", QStringLiteral("/ssh_keys"), body);
    QSignalSpy firstDone(first, &PendingWrite::finished);
    QVERIFY(firstDone.wait(10000));
    QCOMPARE(first->error().code, QStringLiteral("token_readonly"));
    // The API answers 401, as for a rejected token: the code tells them apart.
    QCOMPARE(first->error().httpStatus, 401);
    QVERIFY(first->error().userText().contains(QStringLiteral("read-only")));
    QCOMPARE(learned.size(), 1);
    QCOMPARE(learned.at(0).at(0).toString(), QStringLiteral("ro"));
    QCOMPARE(learned.at(0).at(1).value<TokenPermission>(), TokenPermission::Read);
    QCOMPARE(keyCount(), 2);

    // Not repeated by itself; the user's next write goes with the other token.
    QVERIFY(session.canWrite());
    PendingWrite *second = session.write("POST", QStringLiteral("/ssh_keys"), body);
    QSignalSpy secondDone(second, &PendingWrite::finished);
    QVERIFY(secondDone.wait(10000));
    QVERIFY(!second->error().isError());
    QCOMPARE(learned.size(), 2);
    QCOMPARE(learned.at(1).at(0).toString(), QStringLiteral("rw"));
    QCOMPARE(learned.at(1).at(1).value<TokenPermission>(), TokenPermission::ReadWrite);
    QCOMPARE(keyCount(), 3);
}

void TestProjectSession::onlyReadTokensRefuseLocally()
{
    ProjectSession session(project({record(QStringLiteral("ro"), kRo, TokenPermission::Unknown)}), m_vault);
    QSignalSpy access(&session, &ProjectSession::writeAccessChanged);
    PendingWrite *probe = session.write("DELETE", QStringLiteral("/servers/%1").arg(m_sim->serverIds(0).first()));
    QSignalSpy probeDone(probe, &PendingWrite::finished);
    QVERIFY(probeDone.wait(10000));
    QCOMPARE(probe->error().code, QStringLiteral("token_readonly"));
    QCOMPARE(access.size(), 1);
    QVERIFY(!session.canWrite());
    QVERIFY(session.whyNoWrite().contains(QStringLiteral("read-only")));

    // Refused here: the budget shows no request was spent.
    const int before = m_sim->rateLimitRemaining(0);
    const int reads = int(m_vault->reads.size());
    PendingWrite *refused = session.write("POST", QStringLiteral("/ssh_keys"), {});
    QSignalSpy refusedDone(refused, &PendingWrite::finished);
    QVERIFY(refusedDone.wait(5000));
    QCOMPARE(refused->error().code, QStringLiteral("token_readonly"));
    QVERIFY(refused->error().message.contains(QStringLiteral("read-only")));
    QCOMPARE(m_vault->reads.size(), reads);
    QVERIFY(m_sim->rateLimitRemaining(0) >= before);
    QCOMPARE(m_sim->serverIds(0).size(), 4);
}

void TestProjectSession::lockedVaultIsNoApiError()
{
    ProjectSession session(project({record(QStringLiteral("rw"), kRw, TokenPermission::ReadWrite)}), m_vault);
    QSignalSpy learned(&session, &ProjectSession::permissionLearned);
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("k")}, {QStringLiteral("public_key"), kKey}};
    const int before = m_sim->rateLimitRemaining(0);
    m_vault->failure = TokenVault::Status::Locked;

    PendingWrite *locked = session.write("POST", QStringLiteral("/ssh_keys"), body);
    QSignalSpy lockedDone(locked, &PendingWrite::finished);
    QVERIFY(lockedDone.wait(5000));
    const ApiError &error = locked->error();
    QCOMPARE(error.kind, ApiError::Kind::Keychain);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!locked->outcomeUnknown());
    // The vault's advice, as it gave it: no "the API refused", no HTTP status.
    const QString advice = TokenVault::describe(TokenVault::Status::Locked);
    QCOMPARE(error.message, advice);
    QCOMPARE(error.userText(), advice);
    // Nothing was sent, and nothing was learned about the token.
    QVERIFY(m_sim->rateLimitRemaining(0) >= before);
    QCOMPARE(keyCount(), 2);
    QCOMPARE(learned.size(), 0);
    QVERIFY(session.canWrite());

    // Unlocked: the next write reads the token again and goes.
    m_vault->failure = TokenVault::Status::Ok;
    PendingWrite *unlocked = session.write("POST", QStringLiteral("/ssh_keys"), body);
    QSignalSpy unlockedDone(unlocked, &PendingWrite::finished);
    QVERIFY(unlockedDone.wait(10000));
    QVERIFY2(!unlocked->error().isError(), qPrintable(unlocked->error().userText()));
    QCOMPARE(m_vault->reads, (QStringList{QStringLiteral("rw"), QStringLiteral("rw")}));
    QCOMPARE(keyCount(), 3);
}

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
