// The demo's living cloud (SimOptions::livelySeconds) over loopback HTTP:
// the seeded transitions end through their seeded actions, with the status
// they lead to; someone else reboots or snapshots now and then; and none of
// it happens unless asked for.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace hcloud::sim;

namespace {
const QStringList kTransitional = {QStringLiteral("initializing"), QStringLiteral("starting"), QStringLiteral("stopping"),
                                   QStringLiteral("rebuilding"), QStringLiteral("migrating")};
}

class TestSimLife : public QObject
{
    Q_OBJECT
private slots:
    void seededTransitionsEnd();
    void othersActNowAndThen();
    void stillWithoutIt();

private:
    std::unique_ptr<SimServer> start(int livelySeconds);
    QJsonArray runningActions() const
    {
        return m_http->get(QStringLiteral("/servers/actions?status=running&per_page=50"), m_token)
            .json[QStringLiteral("actions")].toArray();
    }
    QHash<qint64, QString> transitionalServers() const;
    // Every page of GET /servers/actions.
    QJsonArray serverActions() const
    {
        QJsonArray all;
        for (int page = 1; page > 0;) {
            const QJsonObject json
                = m_http->get(QStringLiteral("/servers/actions?per_page=50&page=%1").arg(page), m_token).json;
            for (const QJsonValue &a : json[QStringLiteral("actions")].toArray())
                all.append(a);
            const QJsonValue next = json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("next_page")];
            page = next.isDouble() ? next.toInt() : 0;
        }
        return all;
    }

    QString m_token = testToken('l');
    std::unique_ptr<SimHttp> m_http;
};

std::unique_ptr<SimServer> TestSimLife::start(int livelySeconds)
{
    SimOptions options;
    options.projects = {SimProjectSpec(m_token, 150, 11)};
    options.actionMs = 100;
    options.livelySeconds = livelySeconds;
    auto sim = std::make_unique<SimServer>(options);
    if (!sim->listen(0))
        return nullptr;
    m_http = std::make_unique<SimHttp>(sim->endpoint());
    return sim;
}

QHash<qint64, QString> TestSimLife::transitionalServers() const
{
    QHash<qint64, QString> found;
    for (const QJsonValue &s : m_http->all(QStringLiteral("servers"), m_token)) {
        const QString status = s[QStringLiteral("status")].toString();
        if (kTransitional.contains(status))
            found.insert(s[QStringLiteral("id")].toInteger(), status);
    }
    return found;
}

void TestSimLife::seededTransitionsEnd()
{
    auto sim = start(3600); // lively, but nobody else acts during this test
    QVERIFY(sim);
    // Actions first: the seeded ones end from 400 ms on, and a server stays
    // in transition only while its action runs, so this order cannot see
    // fewer actions than servers however slow the run (ASan).
    const QJsonArray seeded = runningActions();
    const QHash<qint64, QString> before = transitionalServers();
    QVERIFY2(before.size() >= 3, "the seed has servers in transition");
    QVERIFY(seeded.size() >= before.size());

    // Each ends, as a real one does: the action succeeds, the server arrives.
    QTRY_VERIFY_WITH_TIMEOUT(transitionalServers().isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(runningActions().isEmpty(), 5000);
    for (const QJsonValue &a : seeded) {
        const qint64 id = a[QStringLiteral("id")].toInteger();
        const QJsonObject now = m_http->get(QStringLiteral("/actions?id=%1").arg(id), m_token)
                                    .json[QStringLiteral("actions")].toArray().first().toObject();
        QCOMPARE(now[QStringLiteral("status")].toString(), QStringLiteral("success"));
        QCOMPARE(now[QStringLiteral("progress")].toInt(), 100);
        QVERIFY(!now[QStringLiteral("finished")].isNull());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString status = m_http->get(QStringLiteral("/servers/%1").arg(it.key()), m_token)
                                   .json[QStringLiteral("server")][QStringLiteral("status")].toString();
        QCOMPARE(status, it.value() == QLatin1String("stopping") ? QStringLiteral("off") : QStringLiteral("running"));
    }
}

void TestSimLife::othersActNowAndThen()
{
    auto sim = start(1);
    QVERIFY(sim);
    QSet<qint64> known;
    for (const QJsonValue &a : serverActions())
        known.insert(a[QStringLiteral("id")].toInteger());
    // Requests come and go; between them, others act through the API.
    QSet<QString> commands;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (const QJsonValue &a : serverActions()) {
                                     if (!known.contains(a[QStringLiteral("id")].toInteger()))
                                         commands.insert(a[QStringLiteral("command")].toString());
                                 }
                                 return commands.contains(QStringLiteral("reboot_server"))
                                     && commands.contains(QStringLiteral("create_image"));
                             }()),
                             30000);

    // A snapshot taken by someone else is an image of the project.
    bool snapshot = false;
    for (const QJsonValue &i : m_http->all(QStringLiteral("images"), m_token, QStringLiteral("&type=snapshot")))
        snapshot = snapshot || i[QStringLiteral("description")].toString().endsWith(QLatin1String(" before deploy"));
    QVERIFY(snapshot);
}

void TestSimLife::stillWithoutIt()
{
    auto sim = start(0);
    QVERIFY(sim);
    const QHash<qint64, QString> before = transitionalServers();
    QVERIFY(!before.isEmpty());
    const int running = runningActions().size();
    // A while of requests (many action times) changes nothing by itself.
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(50);
        QCOMPARE(runningActions().size(), running);
    }
    QCOMPARE(transitionalServers(), before);
}

QTEST_GUILESS_MAIN(TestSimLife)
#include "tst_simlife.moc"
