// A write that gets no answer: ProjectActions looks at the object afresh,
// shows what it found in the activity, and offers a retry only when the
// write did not happen. A create is looked up by its unique name. A proxy
// drops the writes' answers (or the writes themselves); reads pass.
#include "core/api/apiclient.h"
#include "tests/support/droppingproxy.h"
#include "core/models/activitymodel.h"
#include "tests/support/projectfactory.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/sim/simserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hcloud;
using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {

const QString kToken = QStringLiteral("unclearPrefixAAAAbbbbCCCCddddE01") + QStringLiteral("unclearSecretZZZZyyyyXXXXwwwwV01");

struct Written
{
    bool done = false;
    ApiError error;
    QJsonObject json;
    bool outcomeUnknown = false;
    bool retryIsSafe = false;
};

Written waitFor(PendingWrite *write)
{
    Written out;
    QObject::connect(write, &PendingWrite::finished, [&out, write] {
        out.done = true;
        out.error = write->error();
        out.json = write->json();
        out.outcomeUnknown = write->outcomeUnknown();
        out.retryIsSafe = write->retryIsSafe();
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000); }();
    return out;
}

}  // namespace

class TestUnclearOutcome : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void renameThatHappened();
    void createFoundByItsName();
    void actionThatHappenedIsTracked();
    void createThatDidNotHappenOffersARetry();

private:
    int serversNamed(const QString &name) const;

    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<DroppingProxy> m_proxy;
    MemoryTokenVault m_vault;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUnclearOutcome::init()
{
    m_sim = std::make_unique<SimServer>(SimOptions{{{kToken, 4, 1}}, 0, 0});
    QVERIFY(m_sim->listen(0));
    m_proxy = std::make_unique<DroppingProxy>(m_sim->port());
    m_proxy->setWritesOnly(true);
    QVERIFY(m_proxy->listen());
    const Project project = testing::projectWithToken(QStringLiteral("p"), QStringLiteral("Unclear"),
                                                      m_proxy->endpoint(), QStringLiteral("t"), kToken);
    QVERIFY(testing::storeToken(m_vault, QStringLiteral("t"), kToken));
    m_session = std::make_unique<ProjectSession>(project, &m_vault);
    QSignalSpy refreshed(m_session.get(), &ProjectSession::refreshed);
    m_session->refresh();
    QVERIFY(refreshed.wait(10000));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_session->actions()->activity());
}

void TestUnclearOutcome::cleanup()
{
    m_tester.reset();
    m_session.reset();
    m_proxy.reset();
    m_sim.reset();
}

int TestUnclearOutcome::serversNamed(const QString &name) const
{
    int n = 0;
    // The simulator's own state, read back over plain HTTP without faults.
    ApiClient direct;
    direct.setEndpoint(m_sim->endpoint());
    direct.setToken(kToken);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    ApiCall *call = direct.get(QStringLiteral("/servers"), query);
    bool done = false;
    QObject::connect(call, &ApiCall::finished, [&] {
        n = int(call->json().value(QLatin1String("servers")).toArray().size());
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return done ? n : -1;
}

void TestUnclearOutcome::renameThatHappened()
{
    const qint64 id = m_sim->serverIds(0).first();
    const Written w = waitFor(m_session->actions()->run(QStringLiteral("Rename"), "PUT",
                                                        QStringLiteral("/servers/%1").arg(id),
                                                        {{QStringLiteral("name"), QStringLiteral("renamed")}}));
    QCOMPARE(m_proxy->dropped(), 1);
    QCOMPARE(m_proxy->requests("PUT"), 1);
    // Done after all: reported as done, shown as done, no retry offered.
    QVERIFY(w.outcomeUnknown);
    QVERIFY2(!w.error.isError(), qPrintable(w.error.userText()));
    QCOMPARE(w.json.value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("renamed"));
    QVERIFY(m_session->actions()->retryOffers().isEmpty());
    ActivityModel *activity = m_session->actions()->activity();
    QCOMPARE(activity->rowCount(), 1);
    QCOMPARE(activity->rowAt(0).description, QStringLiteral("Rename"));
    QCOMPARE(activity->rowAt(0).action.status, QStringLiteral("success"));
}

void TestUnclearOutcome::createFoundByItsName()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("made-once")},
                           {QStringLiteral("server_type"), QStringLiteral("cx22")},
                           {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                           {QStringLiteral("location"), QStringLiteral("fsn1")}};
    const Written w = waitFor(m_session->actions()->run(QStringLiteral("Create server “made-once”"), "POST",
                                                        QStringLiteral("/servers"), body));
    QCOMPARE(m_proxy->requests("POST"), 1);
    QVERIFY2(!w.error.isError(), qPrintable(w.error.userText()));
    QVERIFY(w.outcomeUnknown);
    QCOMPARE(w.json.value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("made-once"));
    QCOMPARE(serversNamed(QStringLiteral("made-once")), 1);
    QVERIFY(m_session->actions()->retryOffers().isEmpty());
}

void TestUnclearOutcome::actionThatHappenedIsTracked()
{
    const qint64 id = m_sim->serverIds(0).first();
    const Written w = waitFor(m_session->actions()->run(QStringLiteral("Power off"), "POST",
                                                        QStringLiteral("/servers/%1/actions/poweroff").arg(id)));
    QCOMPARE(m_proxy->requests("POST"), 1);
    QVERIFY2(!w.error.isError(), qPrintable(w.error.userText()));
    QVERIFY(w.json.value(QLatin1String("action")).toObject().value(QLatin1String("id")).toInteger() > 0);
    // The action the write started is in the activity, as if answered.
    ActivityModel *activity = m_session->actions()->activity();
    QCOMPARE(activity->rowCount(), 1);
    QVERIFY(activity->rowAt(0).key > 0);
    QCOMPARE(activity->rowAt(0).description, QStringLiteral("Power off"));
}

void TestUnclearOutcome::createThatDidNotHappenOffersARetry()
{
    // The write itself is lost on the way: nothing reaches the simulator.
    m_proxy->setDropBeforeForwarding(true);
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("not-yet")},
                           {QStringLiteral("server_type"), QStringLiteral("cx22")},
                           {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                           {QStringLiteral("location"), QStringLiteral("fsn1")}};
    QSignalSpy offers(m_session->actions(), &ProjectActions::retryOffersChanged);
    const Written w = waitFor(m_session->actions()->run(QStringLiteral("Create server “not-yet”"), "POST",
                                                        QStringLiteral("/servers"), body));
    QCOMPARE(w.error.kind, ApiError::Kind::Network);
    QVERIFY(w.outcomeUnknown);
    QVERIFY(w.retryIsSafe);
    QVERIFY2(w.error.message.contains(QStringLiteral("was not done")), qPrintable(w.error.message));
    QCOMPARE(serversNamed(QStringLiteral("not-yet")), 0);
    QCOMPARE(offers.count(), 1);
    QCOMPARE(m_session->actions()->retryOffers().size(), 1);
    ActivityModel *activity = m_session->actions()->activity();
    QCOMPARE(activity->rowCount(), 1);
    QCOMPARE(activity->rowAt(0).action.status, QStringLiteral("error"));

    // The user's retry goes once, and makes one server.
    m_proxy->setDropping(false);
    const Written again = waitFor(m_session->actions()->retry(0));
    QVERIFY2(!again.error.isError(), qPrintable(again.error.userText()));
    QVERIFY(!again.outcomeUnknown);
    QVERIFY(m_session->actions()->retryOffers().isEmpty());
    QCOMPARE(serversNamed(QStringLiteral("not-yet")), 1);
}

QTEST_GUILESS_MAIN(TestUnclearOutcome)
#include "tst_unclearoutcome.moc"
