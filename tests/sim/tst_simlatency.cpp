// Simulated latency must delay answers without blocking the server: slow
// requests overlap. Timings are printed, not asserted, except that no
// answer comes before its latency.

#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {
constexpr int latencyMs = 200;
constexpr int parallel = 8;
}  // namespace

class TestSimLatency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parallelRequestsOverlap_data();
    void parallelRequestsOverlap();
    void clientLeavingDuringLatency();
    void latencyCanChange();

private:
    std::unique_ptr<SimServer> m_sim;
    QString m_token = testToken('l');
};

void TestSimLatency::initTestCase()
{
    SimOptions options;
    options.projects = {{m_token, 30, 3}};
    options.latencyMs = latencyMs;
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen());
}

void TestSimLatency::parallelRequestsOverlap_data()
{
    QTest::addColumn<bool>("managerPerRequest");
    // One manager opens at most 6 connections to a host, as browsers do.
    QTest::newRow("one manager") << false;
    QTest::newRow("manager per request") << true;
}

void TestSimLatency::parallelRequestsOverlap()
{
    QFETCH(bool, managerPerRequest);

    std::vector<std::unique_ptr<QNetworkAccessManager>> managers(managerPerRequest ? parallel : 1);
    for (auto &m : managers)
        m = std::make_unique<QNetworkAccessManager>();

    QElapsedTimer clock;
    clock.start();
    QVector<qint64> took(parallel, -1);
    int done = 0;
    for (int i = 0; i < parallel; ++i) {
        QNetworkRequest request(QUrl(m_sim->endpoint().toString()
                                     + QStringLiteral("/servers/%1").arg(m_sim->serverIds(0).at(i))));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply *reply = managers[managerPerRequest ? i : 0]->get(request);
        connect(reply, &QNetworkReply::finished, this, [&, i, reply] {
            took[i] = clock.elapsed();
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            ++done;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, parallel, 10000);
    const qint64 total = clock.elapsed();

    for (qint64 t : took)
        QVERIFY2(t >= latencyMs - 5, qPrintable(QString::number(t)));  // never early
    qInfo("%d parallel GETs at %d ms latency (%s): all done after %lld ms (serial would be %d ms)", parallel,
          latencyMs, managerPerRequest ? "manager per request" : "one manager", total, parallel * latencyMs);
}

void TestSimLatency::clientLeavingDuringLatency()
{
    // The answer for a client that has gone must be dropped, not written to
    // a deleted socket. The request after it is answered later than the
    // dropped one would have been, so its answer proves the server survived.
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_sim->endpoint().toString() + QStringLiteral("/locations")));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *leaving = nam.get(request);
    QSignalSpy leavingDone(leaving, &QNetworkReply::finished);
    QTimer::singleShot(latencyMs / 4, leaving, &QNetworkReply::abort);
    QVERIFY(leavingDone.wait(5000));
    QCOMPARE(leaving->error(), QNetworkReply::OperationCanceledError);
    delete leaving;

    SimHttp http(m_sim->endpoint());
    const HttpResult after = http.get(QStringLiteral("/locations"), m_token);
    QCOMPARE(after.status, 200);
}

void TestSimLatency::latencyCanChange()
{
    m_sim->setLatencyMs(0);
    SimHttp http(m_sim->endpoint());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(http.get(QStringLiteral("/locations"), m_token).status, 200);
    qInfo("one GET without latency: %lld ms", clock.elapsed());
    m_sim->setLatencyMs(latencyMs);
    clock.restart();
    QCOMPARE(http.get(QStringLiteral("/locations"), m_token).status, 200);
    QVERIFY(clock.elapsed() >= latencyMs - 5);
}

QTEST_GUILESS_MAIN(TestSimLatency)
#include "tst_simlatency.moc"
