// The client's zone file reader on its own, and a file with every record
// type in a round trip through the simulator: imported, exported, and read
// back by both readers (client and simulator each have their own), with the
// records compared by meaning.
#include "core/api/apiclient.h"
#include "core/dns/recordset.h"
#include "core/dns/zonediff.h"
#include "core/dns/zonefileparser.h"
#include "core/sim/simserver.h"
#include "core/sim/zonefile.h"  // the simulator's reader, for the other side

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {

QString everyType()
{
    QFile file(QStringLiteral(HCLOUD_ZONES_DIR "/everytype.zone"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString kZone = QStringLiteral("example.com");
const QString kToken = QString(64, QLatin1Char('f'));

} // namespace

class TestZoneFile : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryFeature();
    void errorsByLine();
    void ttls();
    void simulatorReaderAgrees();
    void roundTripThroughTheApi();

private:
    QJsonObject call(ApiCall *c)
    {
        QSignalSpy done(c, &ApiCall::finished);
        if (!done.wait(10000))
            return {};
        if (c->error().kind != ApiError::Kind::None)
            qWarning("%s", qPrintable(c->error().message));
        return c->json();
    }
};

void TestZoneFile::readsEveryFeature()
{
    const dns::ZoneFile file = dns::parseZoneFile(everyType(), kZone);
    QVERIFY2(file.errors.isEmpty(), qPrintable(file.errorText()));
    QCOMPARE(file.defaultTtl, std::optional<qint64>(3600));
    QSet<QString> types;
    for (const dns::ZoneFileEntry &e : file.entries)
        types.insert(e.type);
    QCOMPARE(types.size(), dns::recordTypes().size());

    const QVector<dns::RecordSet> sets = file.recordSets();
    auto find = [&](const char *name, const char *type) {
        for (const dns::RecordSet &s : sets) {
            if (s.name == QLatin1String(name) && s.type == QLatin1String(type))
                return s;
        }
        return dns::RecordSet();
    };
    // Parentheses across lines with comments inside.
    QCOMPARE(find("@", "SOA").values(), QStringList{QStringLiteral("hydrogen.ns.hetzner.com. dns.hetzner.com. 2026120101 86400 10800 3600000 3600")});
    // A blank owner repeats the previous one; class before TTL.
    QCOMPARE(find("@", "NS").records.size(), 3);
    QCOMPARE(find("@", "NS").ttl, std::optional<qint64>(10800));
    // Absolute and relative owners land in one rrset.
    QCOMPARE(find("www", "A").values(), (QStringList{QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.11")}));
    QCOMPARE(find("www", "A").ttl, std::optional<qint64>(300));
    // No class, no TTL.
    QCOMPARE(find("@", "A").values(), QStringList{QStringLiteral("203.0.113.10")});
    QVERIFY(!find("@", "A").ttl);
    // A ; inside quotes is text, escaped quotes stay.
    QCOMPARE(find("quote", "TXT").values(), QStringList{QStringLiteral("\"a \\\"quoted\\\" word; not a comment\"")});
    QCOMPARE(find("sel1._domainkey", "TXT").values().first().count(QLatin1Char('"')), 4);
    QCOMPARE(find("host", "HINFO").ttl, std::optional<qint64>(7200));
    QCOMPARE(find("_443._tcp.www", "TLSA").records.size(), 1);
}

void TestZoneFile::errorsByLine()
{
    const QString text = QStringLiteral("$ORIGIN example.org.\n"             // 1: wrong origin
                                        "@ IN SOA ns. mail. 1 2 3 4 5\n"       // 2
                                        "www IN A 203.0.113.300\n"             // 3: bad IPv4
                                        "\n"                                   // 4
                                        "txt IN TXT \"open\n"                  // 5: unclosed
                                        "ch CH TXT \"chaos\"\n"                // 6: class
                                        "out.example.net. IN A 203.0.113.1\n"  // 7: outside
                                        "x IN WKS 1\n"                         // 8: type
                                        "y 30 IN A 203.0.113.1\n"              // 9: TTL
                                        "mx IN MX mail\n"                      // 10: MX without priority
                                        "ok IN A 203.0.113.1\n"                // 11: fine
                                        "$INCLUDE other.zone\n"                // 12
                                        ".example.com. IN A 203.0.113.1\n"     // 13: an empty label
                                        "z IN A (203.0.113.1\n");              // 14: never closed
    const dns::ZoneFile file = dns::parseZoneFile(text, kZone);
    QVector<int> lines;
    for (const dns::ZoneFileError &e : file.errors)
        lines.append(e.line);
    QCOMPARE(lines, (QVector<int>{1, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14}));
    QVERIFY(file.errorText().startsWith(QStringLiteral("Line 1: ")));
    QVERIFY(file.errors.at(1).message.contains(QStringLiteral("IPv4")));
    // The good records are still read, for a preview of the rest.
    QCOMPARE(file.entries.size(), 2);

    QCOMPARE(dns::parseZoneFile(QStringLiteral("  IN A 203.0.113.1\n"), kZone).errors.first().line, 1);
}

void TestZoneFile::ttls()
{
    QCOMPARE(dns::parseTtl(QStringLiteral("3600")), std::optional<qint64>(3600));
    QCOMPARE(dns::parseTtl(QStringLiteral("1h30m")), std::optional<qint64>(5400));
    QCOMPARE(dns::parseTtl(QStringLiteral("2D")), std::optional<qint64>(172800));
    QCOMPARE(dns::parseTtl(QStringLiteral("1w")), std::optional<qint64>(604800));
    QVERIFY(!dns::parseTtl(QStringLiteral("1h30")));
    QVERIFY(!dns::parseTtl(QStringLiteral("h")));
    QVERIFY(!dns::parseTtl(QStringLiteral("")));
    QVERIFY(!dns::parseTtl(QStringLiteral("99999999999")));
}

void TestZoneFile::simulatorReaderAgrees()
{
    // Both readers of the same file find the same records.
    const QString text = everyType();
    const sim::ZoneFileContent simulated = sim::parseZoneFile(text, kZone);
    QVERIFY2(simulated.errors.isEmpty(), qPrintable(simulated.errors.join(QLatin1Char('\n'))));
    const dns::ZoneFile client = dns::parseZoneFile(text, kZone);
    QCOMPARE(simulated.records.size(), client.entries.size());
    for (int i = 0; i < client.entries.size(); ++i) {
        QCOMPARE(simulated.records.at(i).name, client.entries.at(i).name);
        QCOMPARE(simulated.records.at(i).type, client.entries.at(i).type);
        QCOMPARE(simulated.records.at(i).ttl, client.entries.at(i).ttl);
        QCOMPARE(simulated.records.at(i).value, client.entries.at(i).value);
    }
}

void TestZoneFile::roundTripThroughTheApi()
{
    sim::SimServer simulator(sim::SimOptions{{{kToken, 0, 4}}, 0, 0});
    QVERIFY(simulator.listen(0));
    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(kToken);

    const QString text = everyType();
    const QJsonObject zone = call(client.get(QStringLiteral("/zones/") + kZone));
    const qint64 id = zone[QStringLiteral("zone")][QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    const QJsonObject imported = call(client.post(QStringLiteral("/zones/%1/actions/import_zonefile").arg(id), {{QStringLiteral("zonefile"), text}}));
    QCOMPARE(imported[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("import_zonefile"));

    // The action has ended by the next request (action time 0).
    const QJsonObject after = call(client.get(QStringLiteral("/zones/%1").arg(id)));
    QCOMPARE(after[QStringLiteral("zone")][QStringLiteral("ttl")].toInt(), 3600);
    const QString exported = call(client.get(QStringLiteral("/zones/%1/zonefile").arg(id)))[QStringLiteral("zonefile")].toString();
    QVERIFY(!exported.isEmpty());

    // Read back by the client's reader: the same records as the file.
    const dns::ZoneFile original = dns::parseZoneFile(text, kZone);
    const dns::ZoneFile back = dns::parseZoneFile(exported, kZone);
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errorText() + QLatin1Char('\n') + exported));
    const auto changes = dns::zoneChanges(original.recordSets(), back.recordSets(), kZone, original.defaultTtl);
    for (const dns::RrsetChange &c : changes)
        QVERIFY2(c.kind == dns::RrsetChange::Unchanged, qPrintable(c.before.id() + QLatin1Char(' ') + c.after.id()));
    QCOMPARE(changes.size(), original.recordSets().size());

    // And by the simulator's: it reads its own export without complaint.
    QVERIFY(sim::parseZoneFile(exported, kZone).errors.isEmpty());

    // The rrsets the API lists mean the same as the file too.
    QVector<dns::RecordSet> listed;
    ListCall *list = client.listAll(QStringLiteral("/zones/%1/rrsets").arg(id), QStringLiteral("rrsets"));
    QSignalSpy listedSpy(list, &ListCall::finished);
    QVERIFY(listedSpy.wait(10000));
    for (const QJsonObject &rrset : list->items())
        listed.append(dns::RecordSet::fromJson(rrset));
    QVERIFY(dns::sameRecords(original.recordSets(), listed, kZone, original.defaultTtl));

    // A change shows: one record less is not the same zone.
    QVector<dns::RecordSet> fewer = listed;
    fewer.removeLast();
    QVERIFY(!dns::sameRecords(original.recordSets(), fewer, kZone, original.defaultTtl));
}

QTEST_GUILESS_MAIN(TestZoneFile)
#include "tst_zonefile.moc"
