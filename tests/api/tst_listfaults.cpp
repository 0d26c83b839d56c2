// A whole list under the fault mix of issue 12 (10 % 503, 5 % dropped
// connections, five 429s every 50 requests), from the simulator's own
// fault mode: exact every time, with a bounded number of requests. Small
// pages keep the in-process simulator cheap under the sanitizers.
#include "core/api/apiclient.h"
#include "core/sim/simserver.h"

#include <QSet>
#include <QTest>

using namespace hcloud;
using hcloud::sim::FaultSpec;
using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {

const QString kToken = QStringLiteral("faultsFAULTSfaultsFAULTSfaultsFA") + QStringLiteral("0123456789abcdefghijklmnopqrstuv");
constexpr int kServers = 250;
constexpr int kPerPage = 10;
constexpr int kPages = kServers / kPerPage;

} // namespace

class TestListFaults : public QObject
{
    Q_OBJECT
private slots:
    void exactUnderTheFaultMix_data();
    void exactUnderTheFaultMix();
};

void TestListFaults::exactUnderTheFaultMix_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("maxRequests"); // about twice what the fault rate costs
    for (int seed = 1; seed <= 3; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
            << QStringLiteral("%1:5xx=0.1,drop=0.05,burst429=50").arg(seed) << kPages * 2;
    // Worse than the mix: more than half the requests fail.
    QTest::newRow("half fail") << QStringLiteral("9:5xx=0.3,drop=0.2,burst429=20") << kPages * 6;
}

void TestListFaults::exactUnderTheFaultMix()
{
    QFETCH(QString, faults);
    QFETCH(int, maxRequests);
    QString error;
    const std::optional<FaultSpec> spec = FaultSpec::parse(faults, &error);
    QVERIFY2(spec, qPrintable(error));
    SimOptions options{{{kToken, kServers, 1}}, 0, 0};
    options.faults = *spec;
    SimServer simulator(options);
    QVERIFY(simulator.listen(0));

    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(kToken);
    client.setPerPage(kPerPage);
    // Short waits keep the test quick; a 429 still holds every page.
    client.setRetryPolicy(RetryPolicy{4, 20, 400});
    ListCall *call = client.listAll(QStringLiteral("/servers"), QStringLiteral("servers"));
    int finished = 0;
    int requests = 0;
    ApiError failure;
    QSet<qint64> ids;
    int items = 0;
    connect(call, &ListCall::finished, this, [&] {
        ++finished;
        failure = call->error();
        requests = call->requests();
        for (const QJsonObject &item : call->items())
            ids.insert(item.value(QLatin1String("id")).toInteger());
        items = int(call->items().size());
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 60000);
    QVERIFY2(!failure.isError(), qPrintable(failure.code + QLatin1Char(' ') + failure.message));
    QCOMPARE(items, kServers);
    QCOMPARE(ids.size(), kServers);
    // Each failed request costs one more. Qt itself may send a GET again
    // on a dropped connection, so the simulator can count a few more.
    const int onTheWire = simulator.requestCount();
    QVERIFY(requests <= onTheWire);
    QVERIFY2(onTheWire <= maxRequests, qPrintable(QStringLiteral("%1 requests for %2 pages").arg(onTheWire).arg(kPages)));
    QVERIFY(onTheWire > kPages); // the faults did hit
}

QTEST_GUILESS_MAIN(TestListFaults)
#include "tst_listfaults.moc"
