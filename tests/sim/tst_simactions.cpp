// The simulator's server state machine over loopback HTTP: each action's
// transitions over time, locked while one runs, protected, not stopped,
// invalid input with its fields, uniqueness, a failing action's error.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimActions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void actionsChangeTheServer_data();
    void actionsChangeTheServer();
    void lockedWhileRunning();
    void protectedAndNotStopped();
    void createValidatesAndNamesAreUnique();
    void createRunsAndDeleteRemoves();
    void failedActionCarriesItsError();
    void snapshotBecomesAvailable();
    void metrics();
    void volumes();

private:
    QJsonObject server(qint64 id) const { return m_http->get(QStringLiteral("/servers/%1").arg(id), m_token).json[QStringLiteral("server")].toObject(); }
    QJsonObject action(qint64 id) const { return m_http->get(QStringLiteral("/actions/%1").arg(id), m_token).json[QStringLiteral("action")].toObject(); }
    qint64 serverWithStatus(const QString &status) const;
    HttpResult post(qint64 server, const QString &command, const QJsonObject &body = {}) const
    {
        return m_http->send("POST", QStringLiteral("/servers/%1/actions/%2").arg(server).arg(command), m_token, body);
    }

    QString m_token = testToken('a');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimActions::init()
{
    SimOptions options;
    options.projects = {SimProjectSpec(m_token, 40, 9)};
    options.actionMs = 150;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimActions::cleanup()
{
    delete m_http;
    delete m_sim;
}

qint64 TestSimActions::serverWithStatus(const QString &status) const
{
    for (const QJsonValue &s : m_http->all(QStringLiteral("servers"), m_token)) {
        if (s[QStringLiteral("status")].toString() == status && !s[QStringLiteral("protection")][QStringLiteral("delete")].toBool()
            && !s[QStringLiteral("protection")][QStringLiteral("rebuild")].toBool())
            return s[QStringLiteral("id")].toInteger();
    }
    return 0;
}

void TestSimActions::actionsChangeTheServer_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("during");
    QTest::addColumn<QString>("field");   // checked at the end
    QTest::addColumn<QString>("expected");
    QTest::newRow("poweroff") << "running" << "poweroff" << "stopping" << "status" << "off";
    QTest::newRow("shutdown") << "running" << "shutdown" << "stopping" << "status" << "off";
    QTest::newRow("poweron") << "off" << "poweron" << "starting" << "status" << "running";
    QTest::newRow("reboot") << "running" << "reboot" << "starting" << "status" << "running";
    QTest::newRow("reset") << "running" << "reset" << "starting" << "status" << "running";
    QTest::newRow("rebuild") << "running" << "rebuild" << "rebuilding" << "status" << "running";
    QTest::newRow("rescue") << "running" << "enable_rescue" << "running" << "rescue_enabled" << "true";
    QTest::newRow("backup") << "running" << "enable_backup" << "running" << "backup_window" << "22-02";
    QTest::newRow("iso") << "running" << "attach_iso" << "running" << "iso.name" << "virtio-win-0.1.248.iso";
    QTest::newRow("protection") << "running" << "change_protection" << "running" << "protection.delete" << "true";
}

void TestSimActions::actionsChangeTheServer()
{
    QFETCH(QString, from);
    QFETCH(QString, command);
    QFETCH(QString, during);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const qint64 id = serverWithStatus(from);
    QVERIFY(id > 0);
    QJsonObject body;
    if (command == QLatin1String("rebuild"))
        body = {{QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}};
    if (command == QLatin1String("attach_iso")) {
        const QString arch = server(id)[QStringLiteral("server_type")][QStringLiteral("architecture")].toString();
        for (const QJsonValue &iso : m_http->all(QStringLiteral("isos"), m_token)) {
            const QString isoArch = iso[QStringLiteral("architecture")].toString();
            if (isoArch.isEmpty() || isoArch == arch) {
                expected = iso[QStringLiteral("name")].toString();
                break;
            }
        }
        body = {{QStringLiteral("iso"), expected}};
    }
    if (command == QLatin1String("change_protection"))
        body = {{QStringLiteral("delete"), true}, {QStringLiteral("rebuild"), true}};
    const HttpResult started = post(id, command, body);
    QVERIFY2(started.status == 201, started.body.constData());
    const QJsonObject a = started.json[QStringLiteral("action")].toObject();
    QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("running"));
    QCOMPARE(a[QStringLiteral("resources")][0][QStringLiteral("id")].toInteger(), id);
    QCOMPARE(server(id)[QStringLiteral("status")].toString(), during);
    if (command == QLatin1String("rebuild") || command == QLatin1String("enable_rescue"))
        QVERIFY(!started.json[QStringLiteral("root_password")].toString().isEmpty());

    const qint64 actionId = a[QStringLiteral("id")].toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(action(actionId)[QStringLiteral("status")].toString(), QStringLiteral("success"), 5000);
    QCOMPARE(action(actionId)[QStringLiteral("progress")].toInt(), 100);
    QJsonValue value = server(id);
    for (const QString &part : field.split(QLatin1Char('.')))
        value = value[part];
    const QString shown = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : value.toString();
    QCOMPARE(shown, expected);
}

void TestSimActions::lockedWhileRunning()
{
    const qint64 id = serverWithStatus(QStringLiteral("running"));
    const HttpResult reboot = post(id, QStringLiteral("reboot"));
    QCOMPARE(reboot.status, 201);
    const qint64 rebootId = reboot.json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
    const HttpResult again = post(id, QStringLiteral("poweroff"));
    QCOMPARE(again.status, 423);
    QCOMPARE(again.errorCode(), QStringLiteral("locked"));
    QCOMPARE(m_http->send("PUT", QStringLiteral("/servers/%1").arg(id), m_token, {{QStringLiteral("name"), QStringLiteral("x")}}).errorCode(),
             QStringLiteral("locked"));
    // Once it ends, the server takes actions again.
    QTRY_COMPARE_WITH_TIMEOUT(action(rebootId)[QStringLiteral("status")].toString(), QStringLiteral("success"), 5000);
    QCOMPARE(post(id, QStringLiteral("poweroff")).status, 201);
}

void TestSimActions::protectedAndNotStopped()
{
    const qint64 id = serverWithStatus(QStringLiteral("running"));
    HttpResult r = post(id, QStringLiteral("change_type"), {{QStringLiteral("server_type"), QStringLiteral("cpx31")},
                                                          {QStringLiteral("upgrade_disk"), true}});
    QCOMPARE(r.errorCode(), QStringLiteral("server_not_stopped"));
    r = post(id, QStringLiteral("change_protection"), {{QStringLiteral("delete"), true}, {QStringLiteral("rebuild"), true}});
    const qint64 actionId = r.json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(action(actionId)[QStringLiteral("status")].toString(), QStringLiteral("success"), 5000);
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/servers/%1").arg(id), m_token).errorCode(), QStringLiteral("protected"));
    QCOMPARE(post(id, QStringLiteral("rebuild"), {{QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}}).errorCode(),
             QStringLiteral("protected"));
    QVERIFY(m_sim->serverIds(0).contains(id));
}

void TestSimActions::createValidatesAndNamesAreUnique()
{
    HttpResult r = m_http->send("POST", QStringLiteral("/servers"), m_token, {{QStringLiteral("name"), QStringLiteral("bad_name")}});
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    QStringList fields;
    for (const QJsonValue &f : r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray())
        fields.append(f[QStringLiteral("name")].toString());
    QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("server_type"), QStringLiteral("image")}));
    const QString taken = server(m_sim->serverIds(0).first())[QStringLiteral("name")].toString();
    r = m_http->send("POST", QStringLiteral("/servers"), m_token,
                     {{QStringLiteral("name"), taken}, {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                      {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}});
    QCOMPARE(r.errorCode(), QStringLiteral("uniqueness_error"));
    QCOMPARE(m_sim->serverIds(0).size(), 40);
}

void TestSimActions::createRunsAndDeleteRemoves()
{
    HttpResult r = m_http->send("POST", QStringLiteral("/servers"), m_token,
                                {{QStringLiteral("name"), QStringLiteral("fresh-1")}, {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                                 {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}, {QStringLiteral("location"), QStringLiteral("nbg1")}});
    QVERIFY2(r.status == 201, r.body.constData());
    const qint64 id = r.json[QStringLiteral("server")][QStringLiteral("id")].toInteger();
    QCOMPARE(r.json[QStringLiteral("server")][QStringLiteral("status")].toString(), QStringLiteral("initializing"));
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create_server"));
    QCOMPARE(r.json[QStringLiteral("next_actions")][0][QStringLiteral("command")].toString(), QStringLiteral("start_server"));
    QVERIFY(!r.json[QStringLiteral("root_password")].toString().isEmpty()); // no SSH key given
    QTRY_COMPARE_WITH_TIMEOUT(server(id)[QStringLiteral("status")].toString(), QStringLiteral("running"), 5000);
    QCOMPARE(server(id)[QStringLiteral("location")][QStringLiteral("name")].toString(), QStringLiteral("nbg1"));

    r = m_http->send("DELETE", QStringLiteral("/servers/%1").arg(id), m_token);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("delete_server"));
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/servers/%1").arg(id), m_token).status, 404, 5000);
}

void TestSimActions::failedActionCarriesItsError()
{
    const qint64 id = serverWithStatus(QStringLiteral("running"));
    m_sim->failNextAction(0, QStringLiteral("action_failed"), QStringLiteral("the host did not answer"));
    const HttpResult r = post(id, QStringLiteral("poweroff"));
    const qint64 actionId = r.json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(action(actionId)[QStringLiteral("status")].toString(), QStringLiteral("error"), 5000);
    QCOMPARE(action(actionId)[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("action_failed"));
    QCOMPARE(action(actionId)[QStringLiteral("error")][QStringLiteral("message")].toString(), QStringLiteral("the host did not answer"));
    // The server is as it was.
    QCOMPARE(server(id)[QStringLiteral("status")].toString(), QStringLiteral("running"));
}

void TestSimActions::snapshotBecomesAvailable()
{
    const qint64 id = serverWithStatus(QStringLiteral("running"));
    const HttpResult r = post(id, QStringLiteral("create_image"), {{QStringLiteral("type"), QStringLiteral("snapshot")},
                                                                 {QStringLiteral("description"), QStringLiteral("before upgrade")}});
    QCOMPARE(r.status, 201);
    const qint64 image = r.json[QStringLiteral("image")][QStringLiteral("id")].toInteger();
    QCOMPARE(r.json[QStringLiteral("image")][QStringLiteral("status")].toString(), QStringLiteral("creating"));
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/images/%1").arg(image), m_token).json[QStringLiteral("image")][QStringLiteral("status")].toString(),
                              QStringLiteral("available"), 5000);
    const QJsonObject done = m_http->get(QStringLiteral("/images/%1").arg(image), m_token).json[QStringLiteral("image")].toObject();
    QCOMPARE(done[QStringLiteral("type")].toString(), QStringLiteral("snapshot"));
    QCOMPARE(done[QStringLiteral("created_from")][QStringLiteral("id")].toInteger(), id);
    QVERIFY(done[QStringLiteral("image_size")].toDouble() > 0);
}

void TestSimActions::metrics()
{
    const qint64 id = m_sim->serverIds(0).first();
    const HttpResult r = m_http->get(QStringLiteral("/servers/%1/metrics?type=cpu,network&start=2026-11-28T10:00:00Z&end=2026-11-28T11:00:00Z&step=60").arg(id), m_token);
    QCOMPARE(r.status, 200);
    const QJsonObject series = r.json[QStringLiteral("metrics")][QStringLiteral("time_series")].toObject();
    QVERIFY(series.contains(QStringLiteral("cpu")));
    QVERIFY(series.contains(QStringLiteral("network.0.bandwidth.in")));
    QVERIFY(!series.contains(QStringLiteral("disk.0.iops.read")));
    QCOMPARE(series[QStringLiteral("cpu")][QStringLiteral("values")].toArray().size(), 61);
    QVERIFY(series[QStringLiteral("cpu")][QStringLiteral("values")][0][1].isString());
    QCOMPARE(m_http->get(QStringLiteral("/servers/%1/metrics?type=gpu&start=2026-11-28T10:00:00Z&end=2026-11-28T11:00:00Z").arg(id), m_token).errorCode(),
             QStringLiteral("invalid_input"));
}

void TestSimActions::volumes()
{
    const QJsonArray seeded = m_http->all(QStringLiteral("volumes"), m_token);
    QCOMPARE(seeded.size(), 4);
    // Seeded attachments show on both sides.
    const QJsonObject attached = seeded.at(0).toObject();
    const qint64 holder = attached[QStringLiteral("server")].toInteger();
    QVERIFY(holder > 0);
    QVERIFY(server(holder)[QStringLiteral("volumes")].toArray().contains(attached[QStringLiteral("id")]));

    const qint64 target = serverWithStatus(QStringLiteral("running"));
    HttpResult r = m_http->send("POST", QStringLiteral("/volumes"), m_token,
                                {{QStringLiteral("name"), QStringLiteral("db")}, {QStringLiteral("size"), 20},
                                 {QStringLiteral("server"), target}, {QStringLiteral("format"), QStringLiteral("xfs")}});
    QVERIFY2(r.status == 201, r.body.constData());
    const qint64 id = r.json[QStringLiteral("volume")][QStringLiteral("id")].toInteger();
    QCOMPARE(r.json[QStringLiteral("next_actions")][0][QStringLiteral("command")].toString(), QStringLiteral("attach_volume"));
    auto volume = [&] { return m_http->get(QStringLiteral("/volumes/%1").arg(id), m_token).json[QStringLiteral("volume")].toObject(); };
    QTRY_COMPARE_WITH_TIMEOUT(volume()[QStringLiteral("server")].toInteger(), target, 5000);
    QCOMPARE(volume()[QStringLiteral("status")].toString(), QStringLiteral("available"));
    QVERIFY(server(target)[QStringLiteral("volumes")].toArray().contains(QJsonValue(id)));

    // Attached: cannot be deleted; resize runs and locks it.
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/volumes/%1").arg(id), m_token).errorCode(), QStringLiteral("volume_attached"));
    QCOMPARE(m_http->send("POST", QStringLiteral("/volumes/%1/actions/resize").arg(id), m_token, {{QStringLiteral("size"), 10}}).errorCode(),
             QStringLiteral("invalid_input"));
    r = m_http->send("POST", QStringLiteral("/volumes/%1/actions/resize").arg(id), m_token, {{QStringLiteral("size"), 40}});
    QCOMPARE(r.status, 201);
    QCOMPARE(m_http->send("POST", QStringLiteral("/volumes/%1/actions/detach").arg(id), m_token).errorCode(), QStringLiteral("locked"));
    QTRY_COMPARE_WITH_TIMEOUT(volume()[QStringLiteral("size")].toInt(), 40, 5000);
    r = m_http->send("POST", QStringLiteral("/volumes/%1/actions/detach").arg(id), m_token);
    QCOMPARE(r.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(volume()[QStringLiteral("server")].isNull(), 5000);
    QVERIFY(!server(target)[QStringLiteral("volumes")].toArray().contains(QJsonValue(id)));
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/volumes/%1").arg(id), m_token).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/volumes/%1").arg(id), m_token).status, 404);
    QCOMPARE(m_http->send("POST", QStringLiteral("/volumes"), m_token, {{QStringLiteral("name"), QStringLiteral("tiny")}, {QStringLiteral("size"), 5},
                                                                         {QStringLiteral("location"), QStringLiteral("fsn1")}}).errorCode(),
             QStringLiteral("invalid_input"));
}

QTEST_GUILESS_MAIN(TestSimActions)
#include "tst_simactions.moc"
