// The official hcloud CLI against the hcloud-sim process: what the CLI
// shows must be what the simulator holds. The simulator's own data is read
// directly over HTTP and compared with the CLI's output.

#include "tests/sim/simcli.h"
#include "tests/sim/simhttp.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

namespace {

constexpr int serverCount = 500;

QSet<qint64> idSet(const QJsonArray &items)
{
    QSet<qint64> ids;
    for (const auto &item : items)
        ids.insert(item[QStringLiteral("id")].toInteger());
    return ids;
}

QSet<QString> nameSet(const QJsonArray &items)
{
    QSet<QString> names;
    for (const auto &item : items)
        names.insert(item[QStringLiteral("name")].toString());
    return names;
}

}  // namespace

class TestSimCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void serverListJsonHasEveryServerOnce();
    void serverListTable();
    void serverListSorted();
    void serverListWithSelector_data();
    void serverListWithSelector();
    void invalidSelectorIsReported();
    void describeServer();
    void describeServerJson();
    void catalogLists_data();
    void catalogLists();
    void kindListAndDescribe_data();
    void kindListAndDescribe();
    void sshKeyCreateListDelete();
    void readTokenCannotWrite();
    void serverLifecycle();
    void volumeCreateResizeDelete();

private:
    CliResult cli(const QStringList &args, const QString &token = {});
    QJsonArray cliJson(const QStringList &args);
    // `hcloud <command> list -o json` shows what the simulator holds.
    void listMatches(const QString &command, const QJsonArray &held);

    SimProcess m_sim;
    QUrl m_endpoint;
    std::unique_ptr<HcloudCli> m_cli;
    std::unique_ptr<SimHttp> m_http;
    QJsonArray m_servers;  // as the simulator holds them
    QString m_token = testToken('c');
    QString m_readToken = testToken('q');
};

void TestSimCli::initTestCase()
{
    if (HcloudCli::path().isEmpty())
        QSKIP("the hcloud CLI is not installed (Debian package hcloud-cli)");
    QString error;
    QVERIFY2(m_sim.start({QStringLiteral("--token"), m_token, QStringLiteral("--read-token"), m_readToken,
                          QStringLiteral("--servers"), QString::number(serverCount), QStringLiteral("--seed"),
                          QStringLiteral("42"), QStringLiteral("--action-ms"), QStringLiteral("100"),
                          // CLI 1.30.3 (2022) shows each server's datacenter and lists
                          // datacenters: the API before `datacenter` went on 2026-07-01.
                          QStringLiteral("--api-date"), QStringLiteral("2026-06-30")},
                         &error),
             qPrintable(error));
    m_endpoint = m_sim.endpoint();
    m_cli = std::make_unique<HcloudCli>(m_endpoint, m_token);
    QVERIFY(m_endpoint.port() > 0);
    QCOMPARE(m_endpoint.path(), QStringLiteral("/v1"));

    m_http = std::make_unique<SimHttp>(m_endpoint);
    m_servers = m_http->all(QStringLiteral("servers"), m_token);
    QCOMPARE(m_servers.size(), serverCount);
}

void TestSimCli::cleanupTestCase() {}

CliResult TestSimCli::cli(const QStringList &args, const QString &token)
{
    return m_cli->run(args, token);
}

QJsonArray TestSimCli::cliJson(const QStringList &args)
{
    const CliResult r = cli(args);
    if (r.exitCode != 0) {
        qWarning("hcloud %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("hcloud printed no JSON: %s", qPrintable(error.errorString()));
    return doc.array();
}

void TestSimCli::serverListJsonHasEveryServerOnce()
{
    const QJsonArray listed = cliJson(
        {QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(listed.size(), serverCount);
    QCOMPARE(idSet(listed).size(), serverCount);  // each once
    QCOMPARE(idSet(listed), idSet(m_servers));

    QHash<qint64, QJsonObject> byId;
    for (const auto &s : m_servers)
        byId.insert(s[QStringLiteral("id")].toInteger(), s.toObject());
    for (const auto &s : listed) {
        const QJsonObject held = byId.value(s[QStringLiteral("id")].toInteger());
        QCOMPARE(s[QStringLiteral("name")], held[QStringLiteral("name")]);
        QCOMPARE(s[QStringLiteral("status")], held[QStringLiteral("status")]);
        QCOMPARE(s[QStringLiteral("labels")], held[QStringLiteral("labels")]);
        QCOMPARE(s[QStringLiteral("server_type")][QStringLiteral("name")],
                 held[QStringLiteral("server_type")][QStringLiteral("name")]);
    }
}

void TestSimCli::serverListTable()
{
    const CliResult r = cli({QStringLiteral("server"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), serverCount + 1);
    QVERIFY(lines.first().startsWith("ID"));
    const QJsonObject first = m_servers.first().toObject();
    QVERIFY(lines.at(1).startsWith(QByteArray::number(first[QStringLiteral("id")].toInteger())));
    QVERIFY(lines.at(1).contains(first[QStringLiteral("name")].toString().toUtf8()));
    QVERIFY(lines.at(1).contains(
        first[QStringLiteral("datacenter")][QStringLiteral("name")].toString().toUtf8()));
}

void TestSimCli::serverListSorted()
{
    // -s goes to the API as sort=...; the order printed is the simulator's.
    const CliResult r = cli({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("-s"),
                             QStringLiteral("name:desc"), QStringLiteral("-o"), QStringLiteral("noheader"),
                             QStringLiteral("-o"), QStringLiteral("columns=name")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList printed;
    for (const QByteArray &line : r.out.trimmed().split('\n'))
        printed.append(QString::fromUtf8(line.trimmed()));
    QStringList expected;
    for (const auto &s : m_http->all(QStringLiteral("servers"), m_token, QStringLiteral("&sort=name:desc")))
        expected.append(s[QStringLiteral("name")].toString());
    QCOMPARE(printed, expected);
    QVERIFY(printed.first() > printed.last());
}

using ServerPredicate = std::function<bool(const QJsonObject &labels)>;
Q_DECLARE_METATYPE(ServerPredicate)

void TestSimCli::serverListWithSelector_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<ServerPredicate>("expected");
    auto value = [](const QJsonObject &l, const char *key) { return l.value(QLatin1String(key)).toString(); };
    QTest::newRow("k=v") << "env=prod" << ServerPredicate([=](const QJsonObject &l) {
        return value(l, "env") == QLatin1String("prod");
    });
    QTest::newRow("in") << "team in (data,web)" << ServerPredicate([=](const QJsonObject &l) {
        return value(l, "team") == QLatin1String("data") || value(l, "team") == QLatin1String("web");
    });
    QTest::newRow("notin and absent")
        << "env notin (prod,staging),!managed-by" << ServerPredicate([=](const QJsonObject &l) {
               return value(l, "env") != QLatin1String("prod") && value(l, "env") != QLatin1String("staging")
                   && !l.contains(QLatin1String("managed-by"));
           });
}

void TestSimCli::serverListWithSelector()
{
    QFETCH(QString, selector);
    QFETCH(ServerPredicate, expected);

    QSet<qint64> wanted;
    for (const auto &s : m_servers) {
        if (expected(s[QStringLiteral("labels")].toObject()))
            wanted.insert(s[QStringLiteral("id")].toInteger());
    }
    QVERIFY(!wanted.isEmpty() && wanted.size() < serverCount);
    const QJsonArray listed = cliJson({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("-l"),
                                       selector, QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(listed.size(), wanted.size());
    QCOMPARE(idSet(listed), wanted);
}

void TestSimCli::invalidSelectorIsReported()
{
    const CliResult r = cli({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("-l"),
                             QStringLiteral("env in (prod")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("invalid_input"), r.err.constData());
    QVERIFY2(r.err.contains("label_selector"), r.err.constData());
}

void TestSimCli::describeServer()
{
    const QJsonObject server = m_servers.at(123).toObject();
    const QString name = server[QStringLiteral("name")].toString();
    const CliResult r = cli({QStringLiteral("server"), QStringLiteral("describe"), name});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QStringLiteral("ID:\t\t%1\n").arg(server[QStringLiteral("id")].toInteger())));
    QVERIFY(text.contains(QStringLiteral("Name:\t\t%1\n").arg(name)));
    QVERIFY(
        text.contains(QStringLiteral("Status:\t\t%1\n").arg(server[QStringLiteral("status")].toString())));
    QVERIFY(text.contains(QStringLiteral("Server Type:\t%1 (ID: %2)")
                              .arg(server[QStringLiteral("server_type")][QStringLiteral("name")].toString())
                              .arg(server[QStringLiteral("server_type")][QStringLiteral("id")].toInteger())));
    QVERIFY(text.contains(QStringLiteral("Name:\t\t%1\n")
                              .arg(server[QStringLiteral("datacenter")][QStringLiteral("name")].toString())));
    const QJsonValue ipv4 = server[QStringLiteral("public_net")][QStringLiteral("ipv4")];
    if (ipv4.isNull())
        QVERIFY(text.contains(QStringLiteral("No Primary IPv4")));
    else
        QVERIFY(text.contains(ipv4[QStringLiteral("ip")].toString()));
    const QJsonObject labels = server[QStringLiteral("labels")].toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        QVERIFY(text.contains(QStringLiteral("  %1: %2\n").arg(it.key(), it.value().toString())));

    const CliResult missing
        = cli({QStringLiteral("server"), QStringLiteral("describe"), QStringLiteral("no-such-server")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY(missing.err.contains("not found"));
}

void TestSimCli::describeServerJson()
{
    // By name (a list call) and by id (a get call): both the simulator's object.
    const QJsonObject server = m_servers.at(321).toObject();
    for (const QString &ref : {server[QStringLiteral("name")].toString(),
                               QString::number(server[QStringLiteral("id")].toInteger())}) {
        const CliResult r = cli({QStringLiteral("server"), QStringLiteral("describe"), ref,
                                 QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject described = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(described[QStringLiteral("id")], server[QStringLiteral("id")]);
        QCOMPARE(described[QStringLiteral("name")], server[QStringLiteral("name")]);
        QCOMPARE(described[QStringLiteral("labels")], server[QStringLiteral("labels")]);
        QCOMPARE(described[QStringLiteral("datacenter")], server[QStringLiteral("datacenter")]);
        QCOMPARE(described[QStringLiteral("public_net")], server[QStringLiteral("public_net")]);
    }
}

void TestSimCli::listMatches(const QString &command, const QJsonArray &held)
{
    QVERIFY(!held.isEmpty());
    const QJsonArray listed = cliJson({command, QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
    if (command == QLatin1String("primary-ip") && held.size() > 50) {
        // CLI 1.30.3 reads only the first page of primary IPs; fixed in
        // hetznercloud/cli#415 (a later release). The page is ours, though.
        QCOMPARE(listed.size(), 50);
        QVERIFY(idSet(held).contains(idSet(listed)));
        return;
    }
    QCOMPARE(listed.size(), held.size());
    QCOMPARE(idSet(listed), idSet(held));
    QCOMPARE(nameSet(listed), nameSet(held));
}

void TestSimCli::catalogLists_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("query");
    QTest::newRow("server types") << "server-type"
                                  << "server_types"
                                  << "";
    QTest::newRow("locations") << "location"
                               << "locations"
                               << "";
    QTest::newRow("datacenters") << "datacenter"
                                 << "datacenters"
                                 << "";
    // The CLI lists deprecated images too.
    QTest::newRow("images") << "image"
                            << "images"
                            << "&include_deprecated=true";
}

void TestSimCli::catalogLists()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    QFETCH(QString, query);

    const QJsonArray held = m_http->all(kind, m_token, query);
    listMatches(command, held);
    if (QTest::currentTestFailed())
        return;

    // The table view too: one row per item plus the header.
    const CliResult table = cli({command, QStringLiteral("list")});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QCOMPARE(table.out.trimmed().split('\n').size(), held.size() + 1);
}

void TestSimCli::kindListAndDescribe_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("query");
    QTest::newRow("volumes") << "volume" << "volumes" << "";
    QTest::newRow("floating IPs") << "floating-ip" << "floating_ips" << "";
    QTest::newRow("placement groups") << "placement-group" << "placement_groups" << "";
    QTest::newRow("certificates") << "certificate" << "certificates" << "";
    QTest::newRow("firewalls") << "firewall" << "firewalls" << "";
    QTest::newRow("networks") << "network" << "networks" << "";
    QTest::newRow("load balancers") << "load-balancer" << "load_balancers" << "";
    QTest::newRow("load balancer types") << "load-balancer-type" << "load_balancer_types" << "";
    QTest::newRow("primary IPs") << "primary-ip" << "primary_ips" << "";
    QTest::newRow("ssh keys") << "ssh-key" << "ssh_keys" << "";
    QTest::newRow("images") << "image" << "images" << "&include_deprecated=true";
    QTest::newRow("isos") << "iso" << "isos" << "";
}

// list -o json holds what the simulator holds; describe (table and JSON)
// finds each object by id.
void TestSimCli::kindListAndDescribe()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    QFETCH(QString, query);

    const QJsonArray held = m_http->all(kind, m_token, query);
    listMatches(command, held);
    if (QTest::currentTestFailed())
        return;

    for (const QJsonValue &value : {held.first(), held.last()}) {
        const QJsonObject object = value.toObject();
        const QString id = QString::number(object[QStringLiteral("id")].toInteger());
        const CliResult table = cli({command, QStringLiteral("describe"), id});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY2(table.out.contains(object[QStringLiteral("name")].toString().toUtf8()), table.out.constData());
        const CliResult json = cli({command, QStringLiteral("describe"), id, QStringLiteral("-o"), QStringLiteral("json")});
        // CLI 1.30.3 says "got invalid JSON response" here although its
        // --debug log shows the same well-formed {"placement_group": ...} that
        // the table view reads; an XPASS means a CLI update fixed it.
        QEXPECT_FAIL("placement groups", "hcloud 1.30.3: placement-group describe -o json fails", Abort);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject described = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(described[QStringLiteral("id")], object[QStringLiteral("id")]);
        QCOMPARE(described[QStringLiteral("name")], object[QStringLiteral("name")]);
    }
}

void TestSimCli::sshKeyCreateListDelete()
{
    const QString key = QStringLiteral(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl cli@example");
    CliResult r = cli({QStringLiteral("ssh-key"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("cli-key"), QStringLiteral("--public-key"), key, QStringLiteral("--label"),
                       QStringLiteral("team=ops")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray keys = cliJson({QStringLiteral("ssh-key"), QStringLiteral("list"), QStringLiteral("-o"),
                                     QStringLiteral("json"), QStringLiteral("-l"), QStringLiteral("team=ops")});
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0)[QStringLiteral("name")].toString(), QStringLiteral("cli-key"));
    QCOMPARE(keys.at(0)[QStringLiteral("public_key")].toString(), key);
    // The same name again is refused with the API's words.
    r = cli({QStringLiteral("ssh-key"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-key"),
             QStringLiteral("--public-key"), key});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("uniqueness_error") || r.err.contains("already exists"), r.err.constData());
    r = cli({QStringLiteral("ssh-key"), QStringLiteral("delete"), QStringLiteral("cli-key")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_http->get(QStringLiteral("/ssh_keys?name=cli-key"), m_token).json[QStringLiteral("ssh_keys")].toArray().size(), 0);
}

void TestSimCli::readTokenCannotWrite()
{
    CliResult r = cli({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")},
                      m_readToken);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("ssh-key"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("ro"),
             QStringLiteral("--public-key"),
             QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl ro")},
            m_readToken);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("token_readonly") || r.err.contains("read-only"), r.err.constData());
}

void TestSimCli::serverLifecycle()
{
    // The official CLI waits for each action by polling, as with the real API.
    auto ok = [this](const QStringList &args) {
        const CliResult r = cli(args);
        if (r.exitCode != 0)
            qWarning("hcloud %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.exitCode == 0;
    };
    auto server = [this]() {
        return m_http->get(QStringLiteral("/servers?name=cli-web"), m_token).json[QStringLiteral("servers")][0].toObject();
    };
    const QString s = QStringLiteral("server");
    QVERIFY(ok({s, QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-web"), QStringLiteral("--type"),
                QStringLiteral("cpx11"), QStringLiteral("--image"), QStringLiteral("ubuntu-24.04"), QStringLiteral("--location"),
                QStringLiteral("fsn1")}));
    QCOMPARE(server()[QStringLiteral("status")].toString(), QStringLiteral("running"));
    QVERIFY(ok({s, QStringLiteral("poweroff"), QStringLiteral("cli-web")}));
    QCOMPARE(server()[QStringLiteral("status")].toString(), QStringLiteral("off"));
    QVERIFY(ok({s, QStringLiteral("change-type"), QStringLiteral("cli-web"), QStringLiteral("cpx21")}));
    QCOMPARE(server()[QStringLiteral("server_type")][QStringLiteral("name")].toString(), QStringLiteral("cpx21"));
    QVERIFY(ok({s, QStringLiteral("poweron"), QStringLiteral("cli-web")}));
    QVERIFY(ok({s, QStringLiteral("reboot"), QStringLiteral("cli-web")}));
    QCOMPARE(server()[QStringLiteral("status")].toString(), QStringLiteral("running"));
    QVERIFY(ok({s, QStringLiteral("enable-rescue"), QStringLiteral("cli-web")}));
    QVERIFY(server()[QStringLiteral("rescue_enabled")].toBool());
    QVERIFY(ok({s, QStringLiteral("create-image"), QStringLiteral("--type"), QStringLiteral("snapshot"),
                QStringLiteral("--description"), QStringLiteral("cli snapshot"), QStringLiteral("cli-web")}));
    bool snapshot = false;
    for (const QJsonValue &image : m_http->all(QStringLiteral("images"), m_token, QStringLiteral("&type=snapshot")))
        snapshot = snapshot || image[QStringLiteral("description")].toString() == QLatin1String("cli snapshot");
    QVERIFY(snapshot);
    QVERIFY(ok({s, QStringLiteral("enable-protection"), QStringLiteral("cli-web"), QStringLiteral("delete"),
                QStringLiteral("rebuild")}));
    QVERIFY(server()[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    // Protected: the CLI reports the API's refusal.
    const CliResult refused = cli({s, QStringLiteral("delete"), QStringLiteral("cli-web")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("protected"), refused.err.constData());
    QVERIFY(ok({s, QStringLiteral("disable-protection"), QStringLiteral("cli-web"), QStringLiteral("delete"),
                QStringLiteral("rebuild")}));
    QVERIFY(ok({s, QStringLiteral("delete"), QStringLiteral("cli-web")}));
    QTRY_VERIFY_WITH_TIMEOUT(server().isEmpty(), 5000);
}

void TestSimCli::volumeCreateResizeDelete()
{
    const QString v = QStringLiteral("volume");
    CliResult r = cli({v, QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-vol"), QStringLiteral("--size"),
                       QStringLiteral("20"), QStringLiteral("--location"), QStringLiteral("fsn1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto volume = [this] {
        return m_http->get(QStringLiteral("/volumes?name=cli-vol"), m_token).json[QStringLiteral("volumes")][0].toObject();
    };
    QCOMPARE(volume()[QStringLiteral("size")].toInt(), 20);
    QCOMPARE(volume()[QStringLiteral("location")][QStringLiteral("name")].toString(), QStringLiteral("fsn1"));
    const QJsonArray listed = cliJson({v, QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(listed.size(), m_http->all(QStringLiteral("volumes"), m_token).size());
    r = cli({v, QStringLiteral("resize"), QStringLiteral("cli-vol"), QStringLiteral("--size"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(volume()[QStringLiteral("size")].toInt(), 30);
    r = cli({v, QStringLiteral("delete"), QStringLiteral("cli-vol")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(volume().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
