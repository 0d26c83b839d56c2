// What core/dns decides before anything is sent: record values per type,
// rrset names, TTLs, TXT quoting and 255-byte splitting, the requests the
// zone editor sends, the changes an import makes, and the rrset model.
#include "core/dns/primarynameservers.h"
#include "core/dns/recordcheck.h"
#include "core/dns/rrsetedit.h"
#include "core/models/rrsetmodel.h"
#include "core/dns/rrsetrequests.h"
#include "core/dns/txtstrings.h"
#include "core/dns/zonediff.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud::dns;

class TestDnsRecords : public QObject
{
    Q_OBJECT
private slots:
    void valuesPerType_data();
    void valuesPerType();
    void everyTypeHasAnExampleThatPasses();
    void names();
    void txtQuotingAndSplitting();
    void requests();
    void canonicalForms();
    void importChanges();
    void edits();
    void model();
};

void TestDnsRecords::valuesPerType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    auto row = [](const char *type, const char *value, bool valid) {
        QTest::addRow("%s %s", type, value) << QString::fromLatin1(type) << QString::fromUtf8(value) << valid;
    };
    row("A", "203.0.113.1", true);
    row("A", "203.0.113", false);
    row("A", "2001:db8::1", false);
    row("AAAA", "2001:db8::1", true);
    row("AAAA", "::ffff:1.2.3.4", false);
    row("CNAME", "www.example.com.", true);
    row("CNAME", "www", true);
    row("CNAME", "a b", false);
    row("CNAME", "bad_host-.", false);
    row("NS", "ns1.example.net.", true);
    row("PTR", "host.example.com.", true);
    row("MX", "10 mail.example.com.", true);
    row("MX", "70000 mail", false);
    row("MX", "mail.example.com.", false);
    row("TXT", "\"one\" \"two\"", true);
    row("TXT", "\"open", false);
    row("TXT", "bare words", false);
    row("SRV", "10 60 5060 sip.example.com.", true);
    row("SRV", "10 60 sip.example.com.", false);
    row("CAA", "0 issue \"letsencrypt.org\"", true);
    row("CAA", "0 issue letsencrypt.org", false);
    row("CAA", "256 issue \"x\"", false);
    row("TLSA", "3 1 1 0c72ac70", true);
    row("TLSA", "3 1 3 0c72ac70", false);
    row("TLSA", "3 1 1 0c7", false);
    row("DS", "12345 13 2 3A7C5B0E", true);
    row("DS", "12345 13 2 XYZ0", false);
    row("HTTPS", "1 . alpn=h2,h3", true);
    row("HTTPS", "0 svc.example.com.", true);
    row("HTTPS", "0 . alpn=h2", false);
    row("SVCB", "1 svc.example.com. port=8443 ipv6hint=2001:db8::1", true);
    row("SVCB", "1 svc.example.com. colour=red", false);
    row("HINFO", "\"x86_64\" \"Linux\"", true);
    row("HINFO", "x86_64 Linux", false);
    row("RP", "admin.example.com. info.example.com.", true);
    row("RP", "admin.example.com.", false);
    row("SOA", "ns. mail. 1 2 3 4 5", true);
    row("SOA", "ns. mail. 1 2 3 4", false);
    row("WKS", "anything", false);
}

void TestDnsRecords::valuesPerType()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = recordProblem(type, value);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestDnsRecords::everyTypeHasAnExampleThatPasses()
{
    for (const QString &type : recordTypes()) {
        QString example = recordExample(type);
        QVERIFY2(!example.isEmpty(), qPrintable(type));
        if (example.contains(QChar(0x2026)))  // "…": shortened hex, complete it
            example.replace(QChar(0x2026), QStringLiteral("00"));
        QVERIFY2(recordProblem(type, normalizedRecord(type, example)).isEmpty(), qPrintable(type + QLatin1Char(' ') + recordProblem(type, example)));
    }
}

void TestDnsRecords::names()
{
    const QString zone = QStringLiteral("example.com");
    for (const char *good : {"@", "www", "_sip._tcp", "*.dev", "a-b.c_d"})
        QVERIFY2(rrsetNameProblem(QString::fromLatin1(good), zone).isEmpty(), good);
    for (const char *bad : {"", "www.", "www.example.com", "example.com", "WWW", "a..b", "-a"})
        QVERIFY2(!rrsetNameProblem(QString::fromLatin1(bad), zone).isEmpty(), bad);
    QVERIFY(ttlProblem(60).isEmpty());
    QVERIFY(!ttlProblem(59).isEmpty());
    QVERIFY(!ttlProblem(2147483648LL).isEmpty());
}

void TestDnsRecords::txtQuotingAndSplitting()
{
    QCOMPARE(quotedTxt(QStringLiteral("v=spf1 mx -all")), QStringLiteral("\"v=spf1 mx -all\""));
    QCOMPARE(quotedTxt(QStringLiteral("say \"hi\" \\o/")), QStringLiteral("\"say \\\"hi\\\" \\\\o/\""));
    // Already quoted strings stay as they are.
    QCOMPARE(quotedTxt(QStringLiteral("\"a\" \"b\"")), QStringLiteral("\"a\" \"b\""));
    QCOMPARE(plainTxt(QStringLiteral("\"a\" \"b\\\"c\"")), QStringLiteral("ab\"c"));
    QCOMPARE(plainTxt(QStringLiteral("\"caf\\195\\169\"")), QStringLiteral("café"));

    // 600 ASCII bytes: 255 + 255 + 90.
    const QString long600(600, QLatin1Char('k'));
    const QStringList strings = txtStrings(quotedTxt(long600));
    QCOMPARE(strings.size(), 3);
    QCOMPARE(txtStringBytes(strings.at(0)), 255);
    QCOMPARE(txtStringBytes(strings.at(2)), 90);
    QCOMPARE(plainTxt(strings.join(QLatin1Char(' '))), long600);
    QVERIFY(recordProblem(QStringLiteral("TXT"), quotedTxt(long600)).isEmpty());

    // A quoted string over 255 bytes is split too, and UTF-8 stays whole:
    // 200 two-byte characters are 400 bytes, 127 characters fit a string.
    const QString umlauts(200, QChar(0x00E4));
    const QStringList split = txtStrings(quotedTxt(QLatin1Char('"') + umlauts + QLatin1Char('"')));
    QCOMPARE(split.size(), 2);
    QCOMPARE(txtStringBytes(split.at(0)), 254);
    QCOMPARE(plainTxt(split.join(QLatin1Char(' '))), umlauts);
    QVERIFY(!recordProblem(QStringLiteral("TXT"), QLatin1Char('"') + umlauts + QLatin1Char('"')).isEmpty());

    // Escaped quotes are never cut in half.
    const QString quotes = QStringLiteral("a\"").repeated(150);
    const QStringList escaped = txtStrings(quotedTxt(quotes));
    QCOMPARE(escaped.size(), 2);
    QCOMPARE(plainTxt(escaped.join(QLatin1Char(' '))), quotes);
    QCOMPARE(quotedTxt(QString()), QStringLiteral("\"\""));
}

void TestDnsRecords::requests()
{
    RecordSet mx;
    mx.name = QStringLiteral("@");
    mx.type = QStringLiteral("MX");
    mx.records = {{QStringLiteral("10 a."), QStringLiteral("first")}, {QStringLiteral("20 b."), QString()}};

    const ZoneWrite add = addRecords(7, QStringLiteral("_sip._tcp"), QStringLiteral("SRV"), {{QStringLiteral("1 2 3 t."), QString()}}, 300);
    QCOMPARE(add.method, QByteArray("POST"));
    QCOMPARE(add.path, QStringLiteral("/zones/7/rrsets/_sip._tcp/SRV/actions/add_records"));
    QCOMPARE(add.body[QStringLiteral("ttl")].toInt(), 300);
    QCOMPARE(add.body[QStringLiteral("records")][0][QStringLiteral("value")].toString(), QStringLiteral("1 2 3 t."));
    QVERIFY(!add.body[QStringLiteral("records")][0].toObject().contains(QStringLiteral("comment")));
    QVERIFY(!addRecords(7, QStringLiteral("a"), QStringLiteral("A"), {{QStringLiteral("203.0.113.1"), QString()}}).body.contains(QStringLiteral("ttl")));
    QCOMPARE(rrsetPath(7, QStringLiteral("*.dev"), QStringLiteral("A")), QStringLiteral("/zones/7/rrsets/*.dev/A"));

    // Editing one record sets them all, comments kept.
    const ZoneWrite replace = replaceRecord(7, mx, QStringLiteral("20 b."), {QStringLiteral("30 c."), QStringLiteral("new")});
    QCOMPARE(replace.path, QStringLiteral("/zones/7/rrsets/@/MX/actions/set_records"));
    const QJsonArray records = replace.body[QStringLiteral("records")].toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0][QStringLiteral("comment")].toString(), QStringLiteral("first"));
    QCOMPARE(records[1][QStringLiteral("value")].toString(), QStringLiteral("30 c."));

    QCOMPARE(removeRecords(7, mx, {QStringLiteral("10 a.")}).path, QStringLiteral("/zones/7/rrsets/@/MX/actions/remove_records"));
    QVERIFY(changeRrsetTtl(7, mx, std::nullopt).body[QStringLiteral("ttl")].isNull());
    QCOMPARE(changeRrsetTtl(7, mx, 600).body[QStringLiteral("ttl")].toInt(), 600);
    QCOMPARE(changeRrsetProtection(7, mx, true).body[QStringLiteral("change")].toBool(), true);
    QCOMPARE(deleteRrset(7, mx).method, QByteArray("DELETE"));
    QCOMPARE(importZoneFile(7, QStringLiteral("example.com"), QStringLiteral("x")).path, QStringLiteral("/zones/7/actions/import_zonefile"));
    QCOMPARE(changeZoneTtl(7, QStringLiteral("example.com"), 900).body[QStringLiteral("ttl")].toInt(), 900);
    QVERIFY(add.description.contains(QStringLiteral("_sip._tcp")));

    QString problem;
    const ZoneWrite primaries = changePrimaryNameservers(7, QStringLiteral("example.net"),
                                                         {QStringLiteral("198.51.100.1"), QString(), QStringLiteral(" 2001:db8::53   5353 ")}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(primaries.path, QStringLiteral("/zones/7/actions/change_primary_nameservers"));
    const QJsonArray list = primaries.body[QStringLiteral("primary_nameservers")].toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][QStringLiteral("port")].toInt(), 53);
    QCOMPARE(list[1][QStringLiteral("address")].toString(), QStringLiteral("2001:db8::53"));
    QCOMPARE(list[1][QStringLiteral("port")].toInt(), 5353);
    QCOMPARE(primaryNameserverLines(list),
             (QStringList{QStringLiteral("198.51.100.1"), QStringLiteral("2001:db8::53 5353")}));
    changePrimaryNameservers(7, QString(), {QStringLiteral("ns1.example.net")}, &problem);
    QVERIFY(problem.startsWith(QStringLiteral("Line 1")));
    changePrimaryNameservers(7, QString(), {QStringLiteral("198.51.100.1 70000")}, &problem);
    QVERIFY(problem.contains(QStringLiteral("65535")));
    changePrimaryNameservers(7, QString(), {QStringLiteral("198.51.100.1"), QStringLiteral("198.51.100.1 53")}, &problem);
    QVERIFY(problem.startsWith(QStringLiteral("Line 2")));
    changePrimaryNameservers(7, QString(), {QString()}, &problem);
    QVERIFY(!problem.isEmpty());

    // A signed transfer: algorithm and key, with or without the port.
    const PrimaryNameservers signedOnes = parsePrimaryNameservers(
        {QStringLiteral("203.0.113.7 HMAC-SHA256 c2VjcmV0LWtleQ=="), QStringLiteral("198.51.100.9 5353 hmac-md5 a2V5")});
    QVERIFY2(signedOnes.problem.isEmpty(), qPrintable(signedOnes.problem));
    QCOMPARE(signedOnes.json[0].toObject(), (QJsonObject{{QStringLiteral("address"), QStringLiteral("203.0.113.7")},
                                                         {QStringLiteral("port"), 53},
                                                         {QStringLiteral("tsig_algorithm"), QStringLiteral("hmac-sha256")},
                                                         {QStringLiteral("tsig_key"), QStringLiteral("c2VjcmV0LWtleQ==")}}));
    QCOMPARE(signedOnes.json[1][QStringLiteral("port")].toInt(), 5353);
    QCOMPARE(primaryNameserverLines(signedOnes.json),
             (QStringList{QStringLiteral("203.0.113.7 hmac-sha256 c2VjcmV0LWtleQ=="), QStringLiteral("198.51.100.9 5353 hmac-md5 a2V5")}));
    QVERIFY(parsePrimaryNameservers({QStringLiteral("203.0.113.7 53 hmac-sha512 a2V5")}).problem.contains(QStringLiteral("hmac-sha256")));
    QVERIFY(parsePrimaryNameservers({QStringLiteral("203.0.113.7 53 hmac-sha1 not*base64")}).problem.contains(QStringLiteral("base64")));
    QVERIFY(parsePrimaryNameservers({QStringLiteral("203.0.113.7 53 a2V5")}).problem.startsWith(QStringLiteral("Line 1")));
    QVERIFY(parsePrimaryNameservers({QStringLiteral("203.0.113.7 53 hmac-sha1 a2V5 extra")}).problem.startsWith(QStringLiteral("Line 1")));
    QVERIFY(parsePrimaryNameservers({QStringLiteral("203.0.113.7 53 hmac-sha1 a2V5 extra")}).json.isEmpty());
}

void TestDnsRecords::canonicalForms()
{
    const QString zone = QStringLiteral("example.com");
    QCOMPARE(canonicalRecord(QStringLiteral("CNAME"), QStringLiteral("WWW"), zone), QStringLiteral("www.example.com."));
    QCOMPARE(canonicalRecord(QStringLiteral("CNAME"), QStringLiteral("@"), zone), QStringLiteral("example.com."));
    QCOMPARE(canonicalRecord(QStringLiteral("MX"), QStringLiteral("10   mail"), zone), QStringLiteral("10 mail.example.com."));
    QCOMPARE(canonicalRecord(QStringLiteral("SRV"), QStringLiteral("1 2 3 sip"), zone), QStringLiteral("1 2 3 sip.example.com."));
    QCOMPARE(canonicalRecord(QStringLiteral("HTTPS"), QStringLiteral("1 . alpn=h2"), zone), QStringLiteral("1 . alpn=h2"));
    QCOMPARE(canonicalRecord(QStringLiteral("TLSA"), QStringLiteral("3 1 1 abcd"), zone), QStringLiteral("3 1 1 ABCD"));
    QCOMPARE(canonicalRecord(QStringLiteral("TXT"), QStringLiteral("\"ab\" \"c\""), zone), canonicalRecord(QStringLiteral("TXT"), QStringLiteral("\"abc\""), zone));
    QVERIFY(canonicalRecord(QStringLiteral("TXT"), QStringLiteral("\"ab\""), zone) != canonicalRecord(QStringLiteral("TXT"), QStringLiteral("\"abc\""), zone));
    QCOMPARE(canonicalRecord(QStringLiteral("A"), QStringLiteral(" 203.0.113.1 "), zone), QStringLiteral("203.0.113.1"));
}

void TestDnsRecords::importChanges()
{
    const QString zone = QStringLiteral("example.com");
    auto set = [](const char *name, const char *type, QStringList values, std::optional<qint64> ttl = {}) {
        RecordSet s;
        s.name = QString::fromLatin1(name);
        s.type = QString::fromLatin1(type);
        s.ttl = ttl;
        for (const QString &v : values)
            s.records.append({v, QString()});
        return s;
    };
    const QVector<RecordSet> current{set("@", "SOA", {QStringLiteral("ns. mail. 1 2 3 4 5")}), set("www", "A", {QStringLiteral("203.0.113.1")}),
                                     set("old", "TXT", {QStringLiteral("\"x\"")}), set("mx", "MX", {QStringLiteral("10 mail.example.com.")})};
    const QVector<RecordSet> imported{set("@", "SOA", {QStringLiteral("ns. mail. 99 2 3 4 5")}), set("www", "A", {QStringLiteral("203.0.113.2")}),
                                      set("mx", "MX", {QStringLiteral("10 mail")}), set("new", "AAAA", {QStringLiteral("2001:db8::1")})};
    const QVector<RrsetChange> changes = zoneChanges(current, imported, zone);
    QCOMPARE(changes.size(), 5);
    QCOMPARE(changeCount(changes), 3);
    QHash<QString, RrsetChange::Kind> kinds;
    for (const RrsetChange &c : changes)
        kinds.insert(c.before.name.isEmpty() ? c.after.id() : c.before.id(), c.kind);
    QCOMPARE(kinds.value(QStringLiteral("@/SOA")), RrsetChange::Unchanged);  // only the serial moved
    QCOMPARE(kinds.value(QStringLiteral("www/A")), RrsetChange::Changed);
    QCOMPARE(kinds.value(QStringLiteral("old/TXT")), RrsetChange::Removed);
    QCOMPARE(kinds.value(QStringLiteral("mx/MX")), RrsetChange::Unchanged);  // the same name, written relative
    QCOMPARE(kinds.value(QStringLiteral("new/AAAA")), RrsetChange::Added);
    QCOMPARE(changes.first().before.name, QStringLiteral("@"));

    // A TTL that equals the zone's default is no change.
    QVERIFY(sameRecords({set("a", "A", {QStringLiteral("203.0.113.1")})}, {set("a", "A", {QStringLiteral("203.0.113.1")}, 3600)}, zone, 3600));
    QVERIFY(!sameRecords({set("a", "A", {QStringLiteral("203.0.113.1")})}, {set("a", "A", {QStringLiteral("203.0.113.1")}, 600)}, zone, 3600));
}

void TestDnsRecords::edits()
{
    const QString zone = QStringLiteral("example.com");
    RecordSet www;
    www.name = QStringLiteral("www");
    www.type = QStringLiteral("A");
    www.records = {{QStringLiteral("203.0.113.1"), QStringLiteral("blue")}, {QStringLiteral("203.0.113.2"), QString()}};
    RecordSet cname;
    cname.name = QStringLiteral("shop");
    cname.type = QStringLiteral("CNAME");
    cname.records = {{QStringLiteral("www"), QString()}};
    const QVector<RecordSet> existing{www, cname};

    RrsetEdit txt{QStringLiteral("note"), QStringLiteral("TXT"), std::nullopt, {QStringLiteral("hello world"), QString(), QStringLiteral("\"two\" \"strings\"")}};
    QVERIFY(txt.problem(zone, existing).isEmpty());
    QCOMPARE(txt.values(), (QStringList{QStringLiteral("\"hello world\""), QStringLiteral("\"two\" \"strings\"")}));
    const QVector<ZoneWrite> created = rrsetWrites(3, nullptr, txt);
    QCOMPARE(created.size(), 1);
    QVERIFY(created.first().path.endsWith(QStringLiteral("/note/TXT/actions/add_records")));

    // Per line, with the line named.
    RrsetEdit bad{QStringLiteral("x"), QStringLiteral("A"), std::nullopt, {QStringLiteral("203.0.113.1"), QStringLiteral("nope")}};
    QVERIFY(bad.problem(zone, existing).startsWith(QStringLiteral("Line 2: ")));
    QVERIFY(!RrsetEdit({QStringLiteral("www"), QStringLiteral("A"), std::nullopt, {QStringLiteral("203.0.113.9")}}).problem(zone, existing).isEmpty());
    QVERIFY(!RrsetEdit({QStringLiteral("shop"), QStringLiteral("A"), std::nullopt, {QStringLiteral("203.0.113.9")}}).problem(zone, existing).isEmpty());
    QVERIFY(!RrsetEdit({QStringLiteral("www"), QStringLiteral("CNAME"), std::nullopt, {QStringLiteral("a")}}).problem(zone, existing).isEmpty());
    QVERIFY(!RrsetEdit({QStringLiteral("@"), QStringLiteral("CNAME"), std::nullopt, {QStringLiteral("a")}}).problem(zone, existing).isEmpty());
    QVERIFY(!RrsetEdit({QStringLiteral("n"), QStringLiteral("A"), 59, {QStringLiteral("203.0.113.9")}}).problem(zone, existing).isEmpty());
    QVERIFY(!RrsetEdit({QStringLiteral("n"), QStringLiteral("A"), std::nullopt, {QString()}}).problem(zone, existing).isEmpty());

    // Editing: values and TTL each their own action; comments stay.
    RrsetEdit edit{www.name, www.type, 600, {QStringLiteral("203.0.113.1"), QStringLiteral("203.0.113.3")}};
    QVERIFY(edit.problem(zone, existing, &www).isEmpty());
    const QVector<ZoneWrite> writes = rrsetWrites(3, &www, edit);
    QCOMPARE(writes.size(), 2);
    QVERIFY(writes[0].path.endsWith(QStringLiteral("/set_records")));
    QCOMPARE(writes[0].body[QStringLiteral("records")][0][QStringLiteral("comment")].toString(), QStringLiteral("blue"));
    QCOMPARE(writes[0].body[QStringLiteral("records")][1][QStringLiteral("value")].toString(), QStringLiteral("203.0.113.3"));
    QVERIFY(writes[1].path.endsWith(QStringLiteral("/change_ttl")));
    // Nothing changed, nothing sent; the order of values does not matter.
    QVERIFY(rrsetWrites(3, &www, {www.name, www.type, std::nullopt, {QStringLiteral("203.0.113.2"), QStringLiteral("203.0.113.1")}}).isEmpty());

    const ZoneWrite removed = removeRrset(3, www);
    QVERIFY(removed.path.endsWith(QStringLiteral("/www/A/actions/remove_records")));
    QCOMPARE(removed.body[QStringLiteral("records")].toArray().size(), 2);
}

void TestDnsRecords::model()
{
    RrsetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto rrset = [](const char *name, const char *type, QStringList values) {
        QJsonArray records;
        for (const QString &v : values)
            records.append(QJsonObject{{QStringLiteral("value"), v}});
        return RecordSet::fromJson(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}, {QStringLiteral("type"), QString::fromLatin1(type)},
                                               {QStringLiteral("ttl"), QJsonValue()}, {QStringLiteral("records"), records}});
    };
    model.setZoneTtl(3600);
    model.setRows({rrset("@", "A", {QStringLiteral("203.0.113.1")}), rrset("www", "A", {QStringLiteral("203.0.113.1"), QStringLiteral("203.0.113.2")})});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, int(RrsetModel::Column::Records)).data().toString(), QStringLiteral("203.0.113.1\n203.0.113.2"));
    QVERIFY(model.index(1, int(RrsetModel::Column::Ttl)).data().toString().contains(QStringLiteral("3600")));

    // Updated by id: a changed row gets dataChanged, nothing is reset.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setRows({rrset("www", "A", {QStringLiteral("203.0.113.9")}), rrset("mx", "MX", {QStringLiteral("10 m.")})});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.rowOf(QStringLiteral("www"), QStringLiteral("A")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("mx"), QStringLiteral("MX")), 1);
    QCOMPARE(model.index(0, int(RrsetModel::Column::Records)).data().toString(), QStringLiteral("203.0.113.9"));
    model.setZoneTtl(600);
    QVERIFY(model.index(0, int(RrsetModel::Column::Ttl)).data().toString().contains(QStringLiteral("600")));
}

QTEST_GUILESS_MAIN(TestDnsRecords)
#include "tst_dnsrecords.moc"
