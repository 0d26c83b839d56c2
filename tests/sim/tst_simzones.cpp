// DNS zones over loopback HTTP: the seeded zones, create with its refusals,
// rrsets and their actions over time, protection, the zone file export and
// import (errors by line), and secondary zones.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimZones : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void seededZones();
    void createAndRefusals();
    void rrsetsAndTheirActions();
    void recordValuesPerType_data();
    void recordValuesPerType();
    void protection();
    void exportAndImport();
    void importErrorsByLine();
    void secondaryZones();

private:
    HttpResult post(const QString &path, const QJsonObject &body) { return m_http->send("POST", path, m_token, body); }
    HttpResult get(const QString &path) { return m_http->get(path, m_token); }
    QJsonObject rrset(const QString &zone, const QString &name, const QString &type)
    {
        return get(QStringLiteral("/zones/%1/rrsets/%2/%3").arg(zone, name, type)).json[QStringLiteral("rrset")].toObject();
    }
    QStringList values(const QJsonObject &rrset)
    {
        QStringList result;
        for (const QJsonValue &r : rrset[QStringLiteral("records")].toArray())
            result.append(r[QStringLiteral("value")].toString());
        result.sort();
        return result;
    }
    static QString fieldOf(const HttpResult &r, int i = 0)
    {
        return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][i][QStringLiteral("name")].toString();
    }
    static QJsonObject records(std::initializer_list<const char *> values)
    {
        QJsonArray list;
        for (const char *v : values)
            list.append(QJsonObject{{QStringLiteral("value"), QString::fromUtf8(v)}});
        return {{QStringLiteral("records"), list}};
    }

    QString m_token = testToken('z');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimZones::init()
{
    SimOptions options{{SimProjectSpec(m_token, 2, 3)}, 0};
    options.actionMs = 0;  // every action has ended by the next request
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimZones::cleanup()
{
    delete m_http;
    delete m_sim;
}

void TestSimZones::seededZones()
{
    const QJsonArray zones = m_http->all(QStringLiteral("zones"), m_token);
    QCOMPARE(zones.size(), 3);
    QCOMPARE(get(QStringLiteral("/zones?mode=secondary")).json[QStringLiteral("zones")].toArray().size(), 1);
    QCOMPARE(get(QStringLiteral("/zones?mode=tertiary")).errorCode(), QStringLiteral("invalid_input"));

    // By id and by name alike.
    const HttpResult byName = get(QStringLiteral("/zones/example.com"));
    QCOMPARE(byName.status, 200);
    const qint64 id = byName.json[QStringLiteral("zone")][QStringLiteral("id")].toInteger();
    QCOMPARE(get(QStringLiteral("/zones/%1").arg(id)).json[QStringLiteral("zone")], byName.json[QStringLiteral("zone")]);
    QCOMPARE(get(QStringLiteral("/zones/nothing.example")).status, 404);

    // One page of up to 100 holds them all; 25 a page by default.
    const HttpResult page = get(QStringLiteral("/zones/example.com/rrsets?per_page=200"));
    QCOMPARE(page.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("per_page")].toInt(), 100);
    QCOMPARE(get(QStringLiteral("/zones/example.com/rrsets")).json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("per_page")].toInt(), 25);
    QCOMPARE(get(QStringLiteral("/zones?per_page=200")).json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("per_page")].toInt(), 50);
    const QJsonArray rrsets = page.json[QStringLiteral("rrsets")].toArray();
    QSet<QString> types;
    int recordCount = 0;
    for (const QJsonValue &r : rrsets) {
        types.insert(r[QStringLiteral("type")].toString());
        recordCount += int(r[QStringLiteral("records")].toArray().size());
        QCOMPARE(r[QStringLiteral("zone")].toInteger(), id);
        QCOMPARE(r[QStringLiteral("id")].toString(), r[QStringLiteral("name")].toString() + QLatin1Char('/') + r[QStringLiteral("type")].toString());
    }
    // Every type the API lists is seeded.
    QCOMPARE(types.size(), 16);
    QCOMPARE(byName.json[QStringLiteral("zone")][QStringLiteral("record_count")].toInt(), recordCount);
    const QJsonObject www = rrset(QStringLiteral("example.com"), QStringLiteral("www"), QStringLiteral("A"));
    QCOMPARE(www[QStringLiteral("ttl")].toInt(), 300);
    QCOMPARE(values(www), (QStringList{QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11")}));
    // Multi-line parentheses join into one value.
    QCOMPARE(values(rrset(QStringLiteral("example.com"), QStringLiteral("sel1._domainkey"), QStringLiteral("TXT"))).first().count(QLatin1Char('"')), 4);
    // Filters by type, several at once.
    const QJsonArray mx = get(QStringLiteral("/zones/example.com/rrsets?type=MX&type=A")).json[QStringLiteral("rrsets")].toArray();
    QVERIFY(mx.size() >= 3);
    for (const QJsonValue &r : mx)
        QVERIFY(r[QStringLiteral("type")] == QStringLiteral("MX") || r[QStringLiteral("type")] == QStringLiteral("A"));
}

void TestSimZones::createAndRefusals()
{
    const HttpResult created = post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("shop.de")},
                                                               {QStringLiteral("mode"), QStringLiteral("primary")},
                                                               {QStringLiteral("ttl"), 600},
                                                               {QStringLiteral("labels"), QJsonObject{{QStringLiteral("team"), QStringLiteral("web")}}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create_zone"));
    QCOMPARE(created.json[QStringLiteral("zone")][QStringLiteral("ttl")].toInt(), 600);
    // A default SOA and the three assigned nameservers.
    QCOMPARE(values(rrset(QStringLiteral("shop.de"), QStringLiteral("@"), QStringLiteral("NS"))),
             (QStringList{QStringLiteral("helium.ns.hetzner.de."), QStringLiteral("hydrogen.ns.hetzner.com."), QStringLiteral("oxygen.ns.hetzner.com.")}));
    QCOMPARE(rrset(QStringLiteral("shop.de"), QStringLiteral("@"), QStringLiteral("SOA"))[QStringLiteral("records")].toArray().size(), 1);
    QCOMPARE(get(QStringLiteral("/zones/shop.de")).json[QStringLiteral("zone")][QStringLiteral("record_count")].toInt(), 4);
    QCOMPARE(get(QStringLiteral("/zones/shop.de")).json[QStringLiteral("zone")][QStringLiteral("status")].toString(), QStringLiteral("ok"));

    QCOMPARE(post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("shop.de")}, {QStringLiteral("mode"), QStringLiteral("primary")}}).errorCode(),
             QStringLiteral("uniqueness_error"));
    for (const char *bad : {"www.shop.de", "Shop.de", "shop.de.", "localhost", "-x.de"}) {
        const HttpResult r = post(QStringLiteral("/zones"), {{QStringLiteral("name"), QString::fromLatin1(bad)}, {QStringLiteral("mode"), QStringLiteral("primary")}});
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(fieldOf(r), QStringLiteral("name"));
    }
    QCOMPARE(post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("shop.co.uk")}, {QStringLiteral("mode"), QStringLiteral("primary")}}).status, 201);
    const HttpResult ttl = post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("a.de")}, {QStringLiteral("mode"), QStringLiteral("primary")}, {QStringLiteral("ttl"), 30}});
    QCOMPARE(fieldOf(ttl), QStringLiteral("ttl"));

    // Created with rrsets, checked like any others.
    const QJsonObject badRrset{{QStringLiteral("name"), QStringLiteral("www")}, {QStringLiteral("type"), QStringLiteral("A")},
                               {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("2001:db8::1")}}}}};
    const HttpResult withBad = post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("b.de")}, {QStringLiteral("mode"), QStringLiteral("primary")},
                                                               {QStringLiteral("rrsets"), QJsonArray{badRrset}}});
    QCOMPARE(fieldOf(withBad), QStringLiteral("rrsets[0].records[0].value"));

    // Labels change with PUT, nothing else does.
    QCOMPARE(m_http->send("PUT", QStringLiteral("/zones/shop.de"), m_token, {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("x"), QStringLiteral("y")}}}})
                 .json[QStringLiteral("zone")][QStringLiteral("labels")][QStringLiteral("x")].toString(),
             QStringLiteral("y"));
    QCOMPARE(m_http->send("PUT", QStringLiteral("/zones/shop.de"), m_token, {{QStringLiteral("name"), QStringLiteral("other.de")}}).errorCode(), QStringLiteral("invalid_input"));

    const HttpResult deleted = m_http->send("DELETE", QStringLiteral("/zones/shop.de"), m_token);
    QCOMPARE(deleted.status, 201);
    QCOMPARE(deleted.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("delete_zone"));
    QCOMPARE(get(QStringLiteral("/zones/shop.de")).status, 404);
}

void TestSimZones::rrsetsAndTheirActions()
{
    const QString base = QStringLiteral("/zones/example.org/rrsets");
    const HttpResult created = post(base, {{QStringLiteral("name"), QStringLiteral("api")}, {QStringLiteral("type"), QStringLiteral("AAAA")},
                                           {QStringLiteral("ttl"), 120},
                                           {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("2001:db8::5")},
                                                                                              {QStringLiteral("comment"), QStringLiteral("blue")}}}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[QStringLiteral("rrset")][QStringLiteral("id")].toString(), QStringLiteral("api/AAAA"));
    QCOMPARE(post(base, {{QStringLiteral("name"), QStringLiteral("api")}, {QStringLiteral("type"), QStringLiteral("AAAA")}, {QStringLiteral("records"), records({"2001:db8::6"})[QStringLiteral("records")]}})
                 .errorCode(),
             QStringLiteral("uniqueness_error"));
    // A CNAME shares its name with nothing.
    QCOMPARE(post(base, {{QStringLiteral("name"), QStringLiteral("api")}, {QStringLiteral("type"), QStringLiteral("CNAME")}, {QStringLiteral("records"), records({"www"})[QStringLiteral("records")]}})
                 .errorCode(),
             QStringLiteral("invalid_input"));
    QCOMPARE(fieldOf(post(base, {{QStringLiteral("name"), QStringLiteral("api.example.org")}, {QStringLiteral("type"), QStringLiteral("A")},
                                 {QStringLiteral("records"), records({"203.0.113.1"})[QStringLiteral("records")]}})),
             QStringLiteral("name"));

    const QString actions = base + QStringLiteral("/api/AAAA/actions/");
    const HttpResult added = post(actions + QStringLiteral("add_records"), records({"2001:db8::6", "2001:db8::5"}));
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("add_rrset_records"));
    QCOMPARE(added.json[QStringLiteral("action")][QStringLiteral("resources")][0][QStringLiteral("type")].toString(), QStringLiteral("zone"));
    QCOMPARE(values(rrset(QStringLiteral("example.org"), QStringLiteral("api"), QStringLiteral("AAAA"))),
             (QStringList{QStringLiteral("2001:db8::5"), QStringLiteral("2001:db8::6")}));
    // The comment of the record already there stays.
    QCOMPARE(rrset(QStringLiteral("example.org"), QStringLiteral("api"), QStringLiteral("AAAA"))[QStringLiteral("records")][0][QStringLiteral("comment")].toString(),
             QStringLiteral("blue"));

    // add_records makes an rrset that is not there.
    QCOMPARE(post(base + QStringLiteral("/mail/MX/actions/add_records"), records({"10 mx.example.org."})).status, 201);
    QCOMPARE(values(rrset(QStringLiteral("example.org"), QStringLiteral("mail"), QStringLiteral("MX"))), QStringList{QStringLiteral("10 mx.example.org.")});

    QJsonObject comments = records({"2001:db8::6"});
    QJsonObject commented = comments[QStringLiteral("records")].toArray().first().toObject();
    commented.insert(QStringLiteral("comment"), QStringLiteral("green"));
    QCOMPARE(post(actions + QStringLiteral("update_records"), {{QStringLiteral("records"), QJsonArray{commented}}}).status, 200);
    QCOMPARE(fieldOf(post(actions + QStringLiteral("update_records"), comments)), QStringLiteral("records[0].comment"));

    QCOMPARE(post(actions + QStringLiteral("set_records"), records({"2001:db8::7"})).status, 201);
    QCOMPARE(values(rrset(QStringLiteral("example.org"), QStringLiteral("api"), QStringLiteral("AAAA"))), QStringList{QStringLiteral("2001:db8::7")});

    QCOMPARE(post(actions + QStringLiteral("change_ttl"), {{QStringLiteral("ttl"), QJsonValue()}}).status, 201);
    QVERIFY(rrset(QStringLiteral("example.org"), QStringLiteral("api"), QStringLiteral("AAAA"))[QStringLiteral("ttl")].isNull());
    QCOMPARE(fieldOf(post(actions + QStringLiteral("change_ttl"), {{QStringLiteral("ttl"), 5}})), QStringLiteral("ttl"));

    // The SOA serial goes up with each change.
    const QString soaBefore = values(rrset(QStringLiteral("example.org"), QStringLiteral("@"), QStringLiteral("SOA"))).first();
    QCOMPARE(post(actions + QStringLiteral("remove_records"), records({"2001:db8::7"})).status, 201);
    QCOMPARE(get(base + QStringLiteral("/api/AAAA")).status, 404);  // gone with its last record
    const QString soaAfter = values(rrset(QStringLiteral("example.org"), QStringLiteral("@"), QStringLiteral("SOA"))).first();
    QVERIFY(soaAfter.section(QLatin1Char(' '), 2, 2).toLongLong() > soaBefore.section(QLatin1Char(' '), 2, 2).toLongLong());

    QCOMPARE(m_http->send("DELETE", base + QStringLiteral("/mail/MX"), m_token).status, 201);
    QCOMPARE(get(base + QStringLiteral("/mail/MX")).status, 404);
    QCOMPARE(m_http->send("DELETE", base + QStringLiteral("/@/SOA"), m_token).errorCode(), QStringLiteral("invalid_input"));
    QCOMPARE(get(base + QStringLiteral("/www/BOGUS")).errorCode(), QStringLiteral("invalid_input"));

    // Labels of an rrset change with PUT.
    QCOMPARE(m_http->send("PUT", base + QStringLiteral("/www/CNAME"), m_token, {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}})
                 .json[QStringLiteral("rrset")][QStringLiteral("labels")][QStringLiteral("k")].toString(),
             QStringLiteral("v"));
}

void TestSimZones::recordValuesPerType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    auto row = [](const char *type, const char *value, bool valid) {
        QTest::addRow("%s %s", type, value) << QString::fromLatin1(type) << QString::fromUtf8(value) << valid;
    };
    row("A", "198.51.100.4", true);
    row("A", "198.51.100.400", false);
    row("AAAA", "2001:db8::4", true);
    row("AAAA", "198.51.100.4", false);
    row("CNAME", "target.example.com.", true);
    row("CNAME", "two words", false);
    row("MX", "10 mx", true);
    row("MX", "mx", false);
    row("TXT", "\"hello world\"", true);
    row("TXT", "hello", false);
    row("TXT", "\"unclosed", false);
    row("SRV", "0 5 443 srv.example.com.", true);
    row("SRV", "0 5 99999 srv", false);
    row("CAA", "0 issue \"ca.example\"", true);
    row("CAA", "0 issue ca.example", false);
    row("TLSA", "3 1 1 ABCDEF01", true);
    row("TLSA", "4 1 1 ABCDEF01", false);
    row("DS", "2371 13 2 ABCDEF0123", true);
    row("DS", "2371 13 2 XYZ", false);
    row("HTTPS", "1 . alpn=h2", true);
    row("HTTPS", "0 . alpn=h2", false);
    row("SVCB", "1 svc port=853", true);
    row("SVCB", "1 svc color=blue", false);
    row("NS", "ns1.example.net.", true);
    row("PTR", "host.example.com.", true);
    row("HINFO", "\"cpu\" \"os\"", true);
    row("HINFO", "\"cpu\"", false);
    row("RP", "mbox.example.com. txt.example.com.", true);
    row("RP", "mbox", false);
    const QString longTxt = QLatin1Char('"') + QString(256, QLatin1Char('a')) + QLatin1Char('"');
    QTest::addRow("TXT 256 bytes") << QStringLiteral("TXT") << longTxt << false;
}

void TestSimZones::recordValuesPerType()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const HttpResult r = post(QStringLiteral("/zones/example.org/rrsets"), {{QStringLiteral("name"), QStringLiteral("t")}, {QStringLiteral("type"), type},
                                                                          {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), value}}}}});
    QCOMPARE(r.status, valid ? 201 : 400);
    if (!valid) {
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(fieldOf(r), QStringLiteral("records[0].value"));
    }
}

void TestSimZones::protection()
{
    // The seeded example.org apex A is protected against changes.
    const QString a = QStringLiteral("/zones/example.org/rrsets/@/A");
    QCOMPARE(post(a + QStringLiteral("/actions/set_records"), records({"198.51.100.8"})).errorCode(), QStringLiteral("protected"));
    QCOMPARE(m_http->send("DELETE", a, m_token).errorCode(), QStringLiteral("protected"));
    QCOMPARE(post(QStringLiteral("/zones/example.org/actions/import_zonefile"), {{QStringLiteral("zonefile"), QStringLiteral("")}}).errorCode(),
             QStringLiteral("protected"));
    QCOMPARE(post(a + QStringLiteral("/actions/change_protection"), {{QStringLiteral("change"), false}}).status, 201);
    QCOMPARE(post(a + QStringLiteral("/actions/set_records"), records({"198.51.100.8"})).status, 201);
    QCOMPARE(values(rrset(QStringLiteral("example.org"), QStringLiteral("@"), QStringLiteral("A"))), QStringList{QStringLiteral("198.51.100.8")});

    QCOMPARE(post(QStringLiteral("/zones/example.org/actions/change_protection"), {{QStringLiteral("delete"), true}}).status, 201);
    QCOMPARE(get(QStringLiteral("/zones/example.org")).json[QStringLiteral("zone")][QStringLiteral("protection")][QStringLiteral("delete")].toBool(), true);
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/zones/example.org"), m_token).errorCode(), QStringLiteral("protected"));
    QCOMPARE(post(QStringLiteral("/zones/example.org/actions/change_ttl"), {{QStringLiteral("ttl"), 900}}).status, 201);
    QCOMPARE(get(QStringLiteral("/zones/example.org")).json[QStringLiteral("zone")][QStringLiteral("ttl")].toInt(), 900);
}

void TestSimZones::exportAndImport()
{
    const HttpResult exported = get(QStringLiteral("/zones/example.com/zonefile"));
    QCOMPARE(exported.status, 200);
    const QString text = exported.json[QStringLiteral("zonefile")].toString();
    QVERIFY(text.startsWith(QStringLiteral("$ORIGIN example.com.\n$TTL 3600\n")));
    const QJsonArray before = get(QStringLiteral("/zones/example.com/rrsets?per_page=50")).json[QStringLiteral("rrsets")].toArray();

    // The export imports into another zone of the same name as the same rrsets.
    SimOptions options{{SimProjectSpec(testToken('y'), 0, 9)}, 0};
    options.actionMs = 0;
    SimServer other(options);
    QVERIFY(other.listen(0));
    SimHttp otherHttp(other.endpoint());
    const QString otherToken = testToken('y');
    QCOMPARE(otherHttp.send("DELETE", QStringLiteral("/zones/example.com"), otherToken).status, 201);
    const HttpResult created = otherHttp.send("POST", QStringLiteral("/zones"), otherToken,
                                              {{QStringLiteral("name"), QStringLiteral("example.com")}, {QStringLiteral("mode"), QStringLiteral("primary")},
                                               {QStringLiteral("zonefile"), text}});
    QCOMPARE(created.status, 201);
    const QJsonArray after = otherHttp.get(QStringLiteral("/zones/example.com/rrsets?per_page=50"), otherToken).json[QStringLiteral("rrsets")].toArray();
    QCOMPARE(after.size(), before.size());
    QMap<QString, QStringList> a;
    QMap<QString, QStringList> b;
    for (const QJsonValue &r : before)
        a.insert(r[QStringLiteral("id")].toString() + QLatin1Char(' ') + QString::number(r[QStringLiteral("ttl")].toInt(-1)), values(r.toObject()));
    for (const QJsonValue &r : after)
        b.insert(r[QStringLiteral("id")].toString() + QLatin1Char(' ') + QString::number(r[QStringLiteral("ttl")].toInt(-1)), values(r.toObject()));
    // Only the SOA serial differs (it moved on with the import).
    a.remove(QStringLiteral("@/SOA -1"));
    b.remove(QStringLiteral("@/SOA -1"));
    QCOMPARE(b, a);

    // import_zonefile replaces everything, and $TTL becomes the zone's TTL.
    const QString small = QStringLiteral("$ORIGIN example.com.\n$TTL 1h\n"
                                         "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\n"
                                         "@ IN 10800 NS hydrogen.ns.hetzner.com. ; class before TTL\n"
                                         "  IN 10800 NS oxygen.ns.hetzner.com.\n"
                                         "  IN 10800 NS helium.ns.hetzner.de.\n"
                                         "www 60 IN A 203.0.113.99\n");
    QCOMPARE(post(QStringLiteral("/zones/example.com/actions/import_zonefile"), {{QStringLiteral("zonefile"), small}}).status, 201);
    const QJsonArray replaced = get(QStringLiteral("/zones/example.com/rrsets")).json[QStringLiteral("rrsets")].toArray();
    QCOMPARE(replaced.size(), 3);
    QCOMPARE(get(QStringLiteral("/zones/example.com")).json[QStringLiteral("zone")][QStringLiteral("ttl")].toInt(), 3600);
    QCOMPARE(rrset(QStringLiteral("example.com"), QStringLiteral("@"), QStringLiteral("NS"))[QStringLiteral("ttl")].toInt(), 10800);
}

void TestSimZones::importErrorsByLine()
{
    const QString text = QStringLiteral("$ORIGIN example.org.\n"
                                        "@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\n"
                                        "@ IN NS hydrogen.ns.hetzner.com.\n"
                                        "www IN A 300.1.1.1\n"
                                        "txt IN TXT \"never closed\n"
                                        "ch CH A 203.0.113.1\n"
                                        "other.example.net. IN A 203.0.113.1\n"
                                        ".example.org. IN A 203.0.113.1\n");
    // The protected apex A stands in the way first.
    QCOMPARE(post(QStringLiteral("/zones/example.org/rrsets/@/A/actions/change_protection"), {{QStringLiteral("change"), false}}).status, 201);
    const HttpResult r = post(QStringLiteral("/zones/example.org/actions/import_zonefile"), {{QStringLiteral("zonefile"), text}});
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    QCOMPARE(fieldOf(r), QStringLiteral("zonefile"));
    const QJsonArray messages = r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("messages")].toArray();
    QStringList lines;
    for (const QJsonValue &m : messages)
        lines.append(m.toString().section(QLatin1Char(':'), 0, 0));
    QVERIFY2(lines.size() == 5, r.body.constData());
    QCOMPARE(lines, (QStringList{QStringLiteral("line 4"), QStringLiteral("line 5"), QStringLiteral("line 6"), QStringLiteral("line 7"), QStringLiteral("line 8")}));

    // A file without the assigned nameservers is refused too.
    const QString noNs = QStringLiteral("@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 1 86400 10800 3600000 3600\n");
    QVERIFY(post(QStringLiteral("/zones/example.org/actions/import_zonefile"), {{QStringLiteral("zonefile"), noNs}}).body.contains("nameserver"));
    const QString wrongOrigin = QStringLiteral("$ORIGIN example.com.\n");
    QVERIFY(post(QStringLiteral("/zones/example.org/actions/import_zonefile"), {{QStringLiteral("zonefile"), wrongOrigin}}).body.contains("line 1"));
}

void TestSimZones::secondaryZones()
{
    QCOMPARE(get(QStringLiteral("/zones/example.net/rrsets")).errorCode(), QStringLiteral("incorrect_zone_mode"));
    QCOMPARE(get(QStringLiteral("/zones/example.net/zonefile")).errorCode(), QStringLiteral("incorrect_zone_mode"));
    QCOMPARE(post(QStringLiteral("/zones/example.net/actions/change_ttl"), {{QStringLiteral("ttl"), 600}}).errorCode(), QStringLiteral("incorrect_zone_mode"));
    QCOMPARE(post(QStringLiteral("/zones/example.com/actions/change_primary_nameservers"), {{QStringLiteral("primary_nameservers"), QJsonArray()}}).errorCode(),
             QStringLiteral("incorrect_zone_mode"));
    const QJsonArray primaries{QJsonObject{{QStringLiteral("address"), QStringLiteral("203.0.113.53")}, {QStringLiteral("port"), 5353}},
                               QJsonObject{{QStringLiteral("address"), QStringLiteral("2001:db8::53")}}};
    QCOMPARE(post(QStringLiteral("/zones/example.net/actions/change_primary_nameservers"), {{QStringLiteral("primary_nameservers"), primaries}}).status, 201);
    const QJsonObject zone = get(QStringLiteral("/zones/example.net")).json[QStringLiteral("zone")].toObject();
    QCOMPARE(zone[QStringLiteral("primary_nameservers")].toArray().size(), 2);
    QCOMPARE(zone[QStringLiteral("primary_nameservers")][1][QStringLiteral("port")].toInt(), 53);
    const QJsonArray privateNs{QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1")}}};
    QCOMPARE(fieldOf(post(QStringLiteral("/zones/example.net/actions/change_primary_nameservers"), {{QStringLiteral("primary_nameservers"), privateNs}})),
             QStringLiteral("primary_nameservers[0].address"));
    QCOMPARE(fieldOf(post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("sec.de")}, {QStringLiteral("mode"), QStringLiteral("secondary")}})),
             QStringLiteral("primary_nameservers"));
}

QTEST_GUILESS_MAIN(TestSimZones)
#include "tst_simzones.moc"
