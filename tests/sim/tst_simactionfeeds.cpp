// The action feeds over loopback HTTP, as the official 3.1 spec has them:
// GET /{kind}/actions with id, sort, status and pages, /{kind}/actions/{id},
// /{kind}/{id}/actions and the deprecated /{kind}/{id}/actions/{action_id},
// for every kind with actions.
#include "tests/sim/kindaction.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

namespace {

QVector<qint64> idsOf(const QJsonArray &items)
{
    QVector<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item[QStringLiteral("id")].toInteger());
    return ids;
}

bool touches(const QJsonValue &action, const QString &type, qint64 id = 0)
{
    for (const QJsonValue &resource : action[QStringLiteral("resources")].toArray()) {
        if (resource[QStringLiteral("type")].toString() == type
            && (id == 0 || resource[QStringLiteral("id")].toInteger() == id))
            return true;
    }
    return false;
}

}  // namespace

class TestSimActionFeeds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverFeedPagesSortsAndFilters();
    void feedRejectsBadParameters_data();
    void feedRejectsBadParameters();
    void everyKindHasItsFeeds_data();
    void everyKindHasItsFeeds();

private:
    // Every action of a feed, following next_page at per_page=50.
    QJsonArray feed(const QString &path, const QString &query = QString()) const;

    QString m_token = testToken('f');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimActionFeeds::init()
{
    SimOptions options;
    options.projects = {SimProjectSpec(m_token, 70, 5)};
    options.actionMs = 0;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimActionFeeds::cleanup()
{
    delete m_http;
    delete m_sim;
}

QJsonArray TestSimActionFeeds::feed(const QString &path, const QString &query) const
{
    QJsonArray all;
    for (int page = 1; page < 100; ++page) {
        const HttpResult r = m_http->get(
            QStringLiteral("%1?per_page=50&page=%2%3").arg(path).arg(page).arg(query.isEmpty() ? QString() : QLatin1Char('&') + query),
            m_token);
        if (r.status != 200)
            return {};
        for (const QJsonValue &a : r.json[QStringLiteral("actions")].toArray())
            all.append(a);
        if (r.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("next_page")].isNull())
            break;
    }
    return all;
}

void TestSimActionFeeds::serverFeedPagesSortsAndFilters()
{
    const HttpResult first = m_http->get(QStringLiteral("/servers/actions"), m_token);
    QCOMPARE(first.status, 200);
    const QJsonObject pagination = first.json[QStringLiteral("meta")][QStringLiteral("pagination")].toObject();
    QCOMPARE(pagination[QStringLiteral("page")].toInt(), 1);
    QCOMPARE(pagination[QStringLiteral("per_page")].toInt(), 25);
    QVERIFY(pagination[QStringLiteral("previous_page")].isNull());
    const int total = pagination[QStringLiteral("total_entries")].toInt();
    QVERIFY2(total > 50, qPrintable(QString::number(total)));  // 70 servers, one create_server each at least
    QCOMPARE(pagination[QStringLiteral("last_page")].toInt(), (total + 24) / 25);
    QCOMPARE(pagination[QStringLiteral("next_page")].toInt(), 2);
    QVERIFY(first.header("Link").contains("rel=\"next\""));
    QCOMPARE(first.json[QStringLiteral("actions")].toArray().size(), 25);

    const QJsonArray all = feed(QStringLiteral("/servers/actions"));
    QCOMPARE(all.size(), total);
    QVector<qint64> ids = idsOf(all);
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    for (const QJsonValue &a : all)
        QVERIFY(touches(a, QStringLiteral("server")));

    // id:desc turns the feed round.
    const QJsonArray newestFirst = feed(QStringLiteral("/servers/actions"), QStringLiteral("sort=id:desc"));
    QVector<qint64> reversed = idsOf(newestFirst);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, ids);

    // status=running, and status repeated.
    const QJsonArray running = feed(QStringLiteral("/servers/actions"), QStringLiteral("status=running"));
    QVERIFY(!running.isEmpty());
    QVERIFY(running.size() < all.size());
    for (const QJsonValue &a : running)
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("running"));
    const QJsonArray both = feed(QStringLiteral("/servers/actions"), QStringLiteral("status=running&status=success"));
    QCOMPARE(both.size(), all.size());

    // id filters, repeated; ids of no server action are left out.
    const QString query = QStringLiteral("id=%1&id=%2&id=1").arg(ids.at(3)).arg(ids.at(0));
    const HttpResult picked = m_http->get(QStringLiteral("/servers/actions?") + query, m_token);
    QCOMPARE(picked.status, 200);
    QCOMPARE(idsOf(picked.json[QStringLiteral("actions")].toArray()), (QVector<qint64>{ids.at(0), ids.at(3)}));
    QCOMPARE(picked.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("total_entries")].toInt(), 2);

    // One action through the kind's feed.
    const HttpResult one = m_http->get(QStringLiteral("/servers/actions/%1").arg(ids.at(5)), m_token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json[QStringLiteral("action")], all.at(5));
    QCOMPARE(m_http->get(QStringLiteral("/servers/actions/1"), m_token).errorCode(), QStringLiteral("not_found"));
    // A server action is not a volume action.
    QCOMPARE(m_http->get(QStringLiteral("/volumes/actions/%1").arg(ids.at(5)), m_token).status, 404);
}

void TestSimActionFeeds::feedRejectsBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("id not a number") << "id=abc" << "id";
    QTest::newRow("id zero") << "id=0" << "id";
    QTest::newRow("unknown status") << "status=done" << "status";
    QTest::newRow("joined statuses") << "status=running,error" << "status";
    QTest::newRow("sort by name") << "sort=name" << "sort";
    QTest::newRow("sort direction") << "sort=id:down" << "sort";
    QTest::newRow("page") << "page=0" << "page";
    QTest::newRow("per_page") << "per_page=x" << "per_page";
}

void TestSimActionFeeds::feedRejectsBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    for (const QString &kind : {QStringLiteral("servers"), QStringLiteral("volumes")}) {
        const HttpResult r = m_http->get(QStringLiteral("/%1/actions?%2").arg(kind, query), m_token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
        const QJsonArray fields = r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields[0][QStringLiteral("name")].toString(), field);
    }
}

void TestSimActionFeeds::everyKindHasItsFeeds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("type");
    QTest::newRow("servers") << "servers" << "server";
    QTest::newRow("volumes") << "volumes" << "volume";
    QTest::newRow("floating_ips") << "floating_ips" << "floating_ip";
    QTest::newRow("primary_ips") << "primary_ips" << "primary_ip";
    QTest::newRow("load_balancers") << "load_balancers" << "load_balancer";
    QTest::newRow("networks") << "networks" << "network";
    QTest::newRow("firewalls") << "firewalls" << "firewall";
    QTest::newRow("certificates") << "certificates" << "certificate";
    QTest::newRow("images") << "images" << "image";
}

void TestSimActionFeeds::everyKindHasItsFeeds()
{
    QFETCH(QString, kind);
    QFETCH(QString, type);
    const auto [resource, action] = startKindAction(*m_http, m_token, kind);
    QVERIFY2(resource > 0 && action > 0, qPrintable(kind));

    const QJsonArray kindFeed = feed(QStringLiteral("/%1/actions").arg(kind));
    QVERIFY(idsOf(kindFeed).contains(action));
    for (const QJsonValue &a : kindFeed)
        QVERIFY(touches(a, type));

    const HttpResult one = m_http->get(QStringLiteral("/%1/actions/%2").arg(kind).arg(action), m_token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json[QStringLiteral("action")][QStringLiteral("id")].toInteger(), action);
    QCOMPARE(one.json[QStringLiteral("action")][QStringLiteral("status")].toString(), QStringLiteral("success"));

    const QJsonArray own = feed(QStringLiteral("/%1/%2/actions").arg(kind).arg(resource));
    QVERIFY(idsOf(own).contains(action));
    for (const QJsonValue &a : own)
        QVERIFY(touches(a, type, resource));
    const QJsonArray ownSuccess = feed(QStringLiteral("/%1/%2/actions").arg(kind).arg(resource), QStringLiteral("status=success&sort=id:desc"));
    QCOMPARE(ownSuccess.first()[QStringLiteral("id")].toInteger(), action);

    // The deprecated single read, and a resource it does not belong to.
    const HttpResult deprecated = m_http->get(QStringLiteral("/%1/%2/actions/%3").arg(kind).arg(resource).arg(action), m_token);
    QCOMPARE(deprecated.status, 200);
    QCOMPARE(deprecated.json[QStringLiteral("action")], one.json[QStringLiteral("action")]);
    const HttpResult elsewhere = m_http->get(QStringLiteral("/%1/%2/actions/%3").arg(kind).arg(resource + 1).arg(action), m_token);
    QCOMPARE(elsewhere.status, 404);
    QCOMPARE(elsewhere.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(m_http->get(QStringLiteral("/%1/%2/actions").arg(kind).arg(resource + 100000000), m_token).status, 404);
}

QTEST_GUILESS_MAIN(TestSimActionFeeds)
#include "tst_simactionfeeds.moc"
