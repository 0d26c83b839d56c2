// Read-only tokens and SSH keys in the simulator, over loopback HTTP: a
// Read token reads but every write answers token_readonly; the empty
// POST /ssh_keys tells the two kinds of token apart without creating
// anything; SSH keys are created, renamed, refused and deleted as the API
// does, with fingerprints that match ssh-keygen's.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud::sim;

namespace {
const QString kKey = QStringLiteral(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl test@example");
}

class TestSimSshKeys : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readTokenReadsButNeverWrites();
    void emptyKeyTellsPermission();
    void createRenameDelete();
    void refusals();
    void fingerprintMatchesSshKeygen();

private:
    QString m_rw = testToken('w');
    QString m_ro = testToken('r');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimSshKeys::init()
{
    SimProjectSpec spec;
    spec.token = m_rw;
    spec.readTokens = {m_ro};
    spec.servers = 3;
    m_sim = new SimServer({{spec}, 0});
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimSshKeys::cleanup()
{
    delete m_http;
    delete m_sim;
}

void TestSimSshKeys::readTokenReadsButNeverWrites()
{
    QCOMPARE(m_http->get(QStringLiteral("/servers"), m_ro).status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/ssh_keys"), m_ro).status, 200);
    const qint64 server = m_sim->serverIds(0).first();
    const qint64 key = m_http->get(QStringLiteral("/ssh_keys"), m_ro).json[QLatin1String("ssh_keys")][0][QLatin1String("id")].toInteger();
    const QList<QPair<QByteArray, QString>> writes = {
        {"POST", QStringLiteral("/ssh_keys")},
        {"PUT", QStringLiteral("/ssh_keys/%1").arg(key)},
        {"DELETE", QStringLiteral("/ssh_keys/%1").arg(key)},
        {"POST", QStringLiteral("/servers")},
        {"PUT", QStringLiteral("/servers/%1").arg(server)},
        {"DELETE", QStringLiteral("/servers/%1").arg(server)},
        {"POST", QStringLiteral("/servers/%1/actions/reboot").arg(server)},
    };
    for (const auto &[method, path] : writes) {
        const HttpResult r = m_http->send(method, path, m_ro, {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("token_readonly"));
    }
    // Nothing changed.
    QCOMPARE(m_http->all(QStringLiteral("ssh_keys"), m_rw).size(), 2);
    QCOMPARE(m_sim->serverIds(0).size(), 3);
}

void TestSimSshKeys::emptyKeyTellsPermission()
{
    const HttpResult rw = m_http->send("POST", QStringLiteral("/ssh_keys"), m_rw);
    QCOMPARE(rw.status, 400);
    QCOMPARE(rw.errorCode(), QStringLiteral("invalid_input"));
    QStringList fields;
    for (const QJsonValue &f : rw.json[QLatin1String("error")][QLatin1String("details")][QLatin1String("fields")].toArray())
        fields.append(f[QLatin1String("name")].toString());
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("public_key")}));
    const HttpResult ro = m_http->send("POST", QStringLiteral("/ssh_keys"), m_ro);
    QCOMPARE(ro.errorCode(), QStringLiteral("token_readonly"));
    QCOMPARE(m_http->all(QStringLiteral("ssh_keys"), m_rw).size(), 2);
}

void TestSimSshKeys::createRenameDelete()
{
    const HttpResult created = m_http->send("POST", QStringLiteral("/ssh_keys"), m_rw,
                                            {{QStringLiteral("name"), QStringLiteral("desk")},
                                             {QStringLiteral("public_key"), kKey},
                                             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("team"), QStringLiteral("ops")}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject key = created.json.value(QLatin1String("ssh_key")).toObject();
    const qint64 id = key.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(key.value(QLatin1String("public_key")).toString(), kKey);
    QCOMPARE(key[QLatin1String("labels")][QLatin1String("team")].toString(), QStringLiteral("ops"));
    QCOMPARE(m_http->get(QStringLiteral("/ssh_keys?name=desk"), m_rw).json[QLatin1String("ssh_keys")].toArray().size(), 1);

    const HttpResult renamed = m_http->send("PUT", QStringLiteral("/ssh_keys/%1").arg(id), m_rw,
                                            {{QStringLiteral("name"), QStringLiteral("desk-2")}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/ssh_keys/%1").arg(id), m_rw).json[QLatin1String("ssh_key")][QLatin1String("name")].toString(),
             QStringLiteral("desk-2"));
    QCOMPARE(m_http->get(QStringLiteral("/ssh_keys?label_selector=team%3Dops"), m_rw).json[QLatin1String("ssh_keys")].toArray().size(), 1);

    QCOMPARE(m_http->send("DELETE", QStringLiteral("/ssh_keys/%1").arg(id), m_rw).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/ssh_keys/%1").arg(id), m_rw).status, 404);
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/ssh_keys/%1").arg(id), m_rw).errorCode(), QStringLiteral("not_found"));
}

void TestSimSshKeys::refusals()
{
    const QJsonArray seeded = m_http->all(QStringLiteral("ssh_keys"), m_rw);
    QCOMPARE(seeded.size(), 2);
    const QString takenName = seeded.at(0)[QLatin1String("name")].toString();
    const QString takenKey = seeded.at(1)[QLatin1String("public_key")].toString();

    HttpResult r = m_http->send("POST", QStringLiteral("/ssh_keys"), m_rw,
                                {{QStringLiteral("name"), takenName}, {QStringLiteral("public_key"), kKey}});
    QCOMPARE(r.errorCode(), QStringLiteral("uniqueness_error"));
    r = m_http->send("POST", QStringLiteral("/ssh_keys"), m_rw,
                     {{QStringLiteral("name"), QStringLiteral("again")}, {QStringLiteral("public_key"), takenKey}});
    QCOMPARE(r.errorCode(), QStringLiteral("uniqueness_error"));
    for (const QString &bad : {QStringLiteral("ssh-ed25519 not*base64"), QStringLiteral("ssh-dss AAAA"),
                               QStringLiteral("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl")}) {
        r = m_http->send("POST", QStringLiteral("/ssh_keys"), m_rw,
                         {{QStringLiteral("name"), QStringLiteral("bad")}, {QStringLiteral("public_key"), bad}});
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(r.json[QLatin1String("error")][QLatin1String("details")][QLatin1String("fields")][0][QLatin1String("name")].toString(),
                 QStringLiteral("public_key"));
    }
    r = m_http->send("POST", QStringLiteral("/ssh_keys"), m_rw,
                     {{QStringLiteral("name"), QStringLiteral("lbl")}, {QStringLiteral("public_key"), kKey},
                      {QStringLiteral("labels"), QJsonObject{{QStringLiteral("bad key!"), QStringLiteral("x")}}}});
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    QCOMPARE(m_http->all(QStringLiteral("ssh_keys"), m_rw).size(), 2);
}

void TestSimSshKeys::fingerprintMatchesSshKeygen()
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        QSKIP("ssh-keygen (openssh-client) is not installed");
    const QJsonArray keys = m_http->all(QStringLiteral("ssh_keys"), m_rw);
    QTemporaryDir dir;
    for (const QJsonValue &key : keys) {
        const QString path = dir.filePath(QStringLiteral("key.pub"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(key[QLatin1String("public_key")].toString().toLatin1() + '\n');
        file.close();
        QProcess p;
        p.start(keygen, {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("md5"), QStringLiteral("-f"), path});
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 10000);
        const QString out = QString::fromLatin1(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("MD5:") + key[QLatin1String("fingerprint")].toString()), qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestSimSshKeys)
#include "tst_simsshkeys.moc"
