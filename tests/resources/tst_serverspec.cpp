// New Server's checks and request body, without a dialog.
#include "core/resources/serverspec.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud;

namespace {
ServerSpec ready()
{
    ServerSpec spec;
    spec.name = QStringLiteral(" web-9 ");
    spec.location = QStringLiteral("nbg1");
    spec.serverType = QStringLiteral("cx22");
    spec.image = 114690387;
    return spec;
}
} // namespace

class TestServerSpec : public QObject
{
    Q_OBJECT
private slots:
    void problems_data();
    void problems();
    void nameTaken();
    void minimalBody();
    void fullBody();
    void newKey();
};

void TestServerSpec::problems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ready") << "" << "";
    QTest::newRow("no name") << "name" << "Give the server a name.";
    QTest::newRow("not a hostname") << "hostname" << "hostname";
    QTest::newRow("loading") << "loading" << "Loading locations";
    QTest::newRow("no type") << "type" << "Choose a server type";
    QTest::newRow("no image") << "image" << "Choose an image.";
    QTest::newRow("bad label") << "labels" << "Line 2:";
    QTest::newRow("user data too long") << "userdata" << "32 KiB";
    QTest::newRow("not a key") << "key" << "OpenSSH public key";
    QTest::newRow("no public IP") << "ips" << "IPv4, IPv6 or both";
}

void TestServerSpec::problems()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    ServerSpec spec = ready();
    bool loaded = true;
    if (change == QLatin1String("name"))
        spec.name = QStringLiteral("  ");
    else if (change == QLatin1String("hostname"))
        spec.name = QStringLiteral("web_9");
    else if (change == QLatin1String("loading"))
        loaded = false;
    else if (change == QLatin1String("type"))
        spec.serverType.clear();
    else if (change == QLatin1String("image"))
        spec.image = 0;
    else if (change == QLatin1String("labels"))
        spec.labelsText = QStringLiteral("env=prod\nrole=we b");
    else if (change == QLatin1String("userdata"))
        spec.userData = QString(ServerSpec::kUserDataLimit + 1, QLatin1Char('x'));
    else if (change == QLatin1String("key"))
        spec.newPublicKey = QStringLiteral("AAAAC3NzaC1lZDI1NTE5 me@host");
    else if (change == QLatin1String("ips"))
        spec.ipv4 = spec.ipv6 = false;
    const QString found = spec.problem({}, loaded);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestServerSpec::nameTaken()
{
    const ServerSpec spec = ready();
    QVERIFY(spec.problem({QStringLiteral("web-9")}).contains(QStringLiteral("“web-9” exists")));
    // A name problem comes before the lists are waited for.
    QVERIFY(spec.problem({QStringLiteral("web-9")}, false).contains(QStringLiteral("exists")));
    QVERIFY(spec.problem({QStringLiteral("web-1")}).isEmpty());
}

void TestServerSpec::minimalBody()
{
    const QJsonObject body = ready().body();
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("web-9"));
    QCOMPARE(body.value(QStringLiteral("location")).toString(), QStringLiteral("nbg1"));
    QCOMPARE(body.value(QStringLiteral("server_type")).toString(), QStringLiteral("cx22"));
    QCOMPARE(body.value(QStringLiteral("image")).toString(), QStringLiteral("114690387")); // ID or name: a string
    QCOMPARE(body.value(QStringLiteral("start_after_create")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("public_net")).toObject(),
             (QJsonObject{{QStringLiteral("enable_ipv4"), true}, {QStringLiteral("enable_ipv6"), true}}));
    QCOMPARE(body.value(QStringLiteral("labels")).toObject(), QJsonObject());
    // What was not chosen is not sent.
    for (const char *absent : {"ssh_keys", "firewalls", "networks", "placement_group", "user_data"})
        QVERIFY2(!body.contains(QLatin1String(absent)), absent);
}

void TestServerSpec::fullBody()
{
    ServerSpec spec = ready();
    spec.sshKeys = {11, 12};
    spec.ipv6 = false;
    spec.startAfterCreate = false;
    spec.userData = QStringLiteral("#cloud-config\n");
    spec.labelsText = QStringLiteral("env=test\nrole=web");
    spec.firewalls = {5};
    spec.networks = {7, 8};
    spec.placementGroup = 3;
    const QJsonObject body = spec.body(13);
    QCOMPARE(body.value(QStringLiteral("ssh_keys")).toArray(), (QJsonArray{11, 12, 13}));
    QCOMPARE(body.value(QStringLiteral("public_net"))[QStringLiteral("enable_ipv6")].toBool(), false);
    QCOMPARE(body.value(QStringLiteral("start_after_create")).toBool(), false);
    QCOMPARE(body.value(QStringLiteral("user_data")).toString(), QStringLiteral("#cloud-config\n"));
    QCOMPARE(body.value(QStringLiteral("labels")).toObject(),
             (QJsonObject{{QStringLiteral("env"), QStringLiteral("test")}, {QStringLiteral("role"), QStringLiteral("web")}}));
    QCOMPARE(body.value(QStringLiteral("firewalls")).toArray(), (QJsonArray{QJsonObject{{QStringLiteral("firewall"), 5}}}));
    QCOMPARE(body.value(QStringLiteral("networks")).toArray(), (QJsonArray{7, 8}));
    QCOMPARE(body.value(QStringLiteral("placement_group")).toInteger(), 3);
}

void TestServerSpec::newKey()
{
    ServerSpec spec = ready();
    spec.newPublicKey = QStringLiteral("  ssh-ed25519 AAAA me@host\n");
    QVERIFY(spec.problem({}).isEmpty());
    QCOMPARE(spec.newKeyBody(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("web-9-key")},
                                             {QStringLiteral("public_key"), QStringLiteral("ssh-ed25519 AAAA me@host")}}));
}

QTEST_GUILESS_MAIN(TestServerSpec)
#include "tst_serverspec.moc"
