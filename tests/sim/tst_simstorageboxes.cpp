// Storage Boxes on the simulator's second port, the Hetzner API: the seed,
// the same tokens and budget as the Cloud API, boxes and their refusals,
// subaccounts, snapshots and roll back, snapshot plans, access settings,
// type changes, protection, and actions over time with their feeds.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimStorageBoxes : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void seededInEveryProject();
    void sameTokensAndBudget();
    void createAndRefusals();
    void renameProtectAndDelete();
    void subaccounts();
    void snapshotsAndRollback();
    void snapshotPlan();
    void accessSettingsTypeAndPassword();
    void actionsTakeTimeAndAreListed();

private:
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return m_box->send("POST", path, token.isEmpty() ? m_token : token, body);
    }
    HttpResult get(const QString &path) { return m_box->get(path, m_token); }
    QJsonObject box(qint64 id) { return get(QStringLiteral("/storage_boxes/%1").arg(id)).json[QStringLiteral("storage_box")].toObject(); }
    qint64 firstBox() { return get(QStringLiteral("/storage_boxes")).json[QStringLiteral("storage_boxes")][0][QStringLiteral("id")].toInteger(); }
    static QString fieldOf(const HttpResult &r, int i = 0)
    {
        return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][i][QStringLiteral("name")].toString();
    }
    static QStringList fields(const HttpResult &r)
    {
        QStringList names;
        for (const QJsonValue &f : r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray())
            names.append(f[QStringLiteral("name")].toString());
        names.sort();
        return names;
    }
    void start(int actionMs);

    QString m_token = testToken('s');
    QString m_other = testToken('t');
    QString m_reader = testToken('r');
    SimServer *m_sim = nullptr;
    SimHttp *m_cloud = nullptr;
    SimHttp *m_box = nullptr;
};

void TestSimStorageBoxes::start(int actionMs)
{
    cleanup();
    SimOptions options{{SimProjectSpec(m_token, 2, 3, {m_reader}), SimProjectSpec(m_other, 2, 4)}, 0};
    options.actionMs = actionMs;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0, 0));
    QVERIFY(m_sim->hetznerPort() != 0);
    QVERIFY(m_sim->hetznerPort() != m_sim->port());
    m_cloud = new SimHttp(m_sim->endpoint());
    m_box = new SimHttp(m_sim->hetznerEndpoint());
}

void TestSimStorageBoxes::init()
{
    start(0);  // every action has ended by the next request
}

void TestSimStorageBoxes::cleanup()
{
    delete m_box;
    delete m_cloud;
    delete m_sim;
    m_box = m_cloud = nullptr;
    m_sim = nullptr;
}

void TestSimStorageBoxes::seededInEveryProject()
{
    for (const QString &token : {m_token, m_other}) {
        const QJsonArray boxes = m_box->get(QStringLiteral("/storage_boxes"), token).json[QStringLiteral("storage_boxes")].toArray();
        QCOMPARE(boxes.size(), 2);
        for (const QJsonValue &b : boxes) {
            QCOMPARE(b[QStringLiteral("status")].toString(), QStringLiteral("active"));
            const QString path = QStringLiteral("/storage_boxes/%1/").arg(b[QStringLiteral("id")].toInteger());
            QVERIFY(!m_box->get(path + QStringLiteral("subaccounts"), token).json[QStringLiteral("subaccounts")].toArray().isEmpty());
            QVERIFY(!m_box->get(path + QStringLiteral("snapshots"), token).json[QStringLiteral("snapshots")].toArray().isEmpty());
            // Used space is the data plus the snapshots.
            const QJsonObject stats = b[QStringLiteral("stats")].toObject();
            QCOMPARE(stats[QStringLiteral("size")].toInteger(),
                     stats[QStringLiteral("size_data")].toInteger() + stats[QStringLiteral("size_snapshots")].toInteger());
        }
        QVERIFY(!boxes[0][QStringLiteral("snapshot_plan")].isNull());
    }
    // Each API serves its own paths only.
    QCOMPARE(m_cloud->get(QStringLiteral("/storage_boxes"), m_token).status, 404);
    QCOMPARE(m_box->get(QStringLiteral("/servers"), m_token).status, 404);
    // Types, filters and sorting.
    const QJsonArray types = get(QStringLiteral("/storage_box_types")).json[QStringLiteral("storage_box_types")].toArray();
    QCOMPARE(types.size(), 4);
    QCOMPARE(get(QStringLiteral("/storage_box_types/%1").arg(types[1][QStringLiteral("id")].toInteger())).json[QStringLiteral("storage_box_type")]
                 [QStringLiteral("name")].toString(),
             QStringLiteral("bx21"));
    QCOMPARE(get(QStringLiteral("/storage_boxes?name=backup")).json[QStringLiteral("storage_boxes")].toArray().size(), 1);
    const QJsonArray bySize = get(QStringLiteral("/storage_boxes?sort=stats.size:desc")).json[QStringLiteral("storage_boxes")].toArray();
    QVERIFY(bySize[0][QStringLiteral("stats")][QStringLiteral("size")].toInteger() >= bySize[1][QStringLiteral("stats")][QStringLiteral("size")].toInteger());
    QCOMPARE(get(QStringLiteral("/storage_boxes?sort=size")).errorCode(), QStringLiteral("invalid_input"));
    const qint64 id = firstBox();
    QCOMPARE(get(QStringLiteral("/storage_boxes/%1/snapshots?is_automatic=false").arg(id)).json[QStringLiteral("snapshots")].toArray().size(), 0);
    QCOMPARE(get(QStringLiteral("/storage_boxes/%1/snapshots?is_automatic=maybe").arg(id)).errorCode(), QStringLiteral("invalid_input"));
}

void TestSimStorageBoxes::sameTokensAndBudget()
{
    QCOMPARE(m_box->get(QStringLiteral("/storage_boxes"), testToken('x')).errorCode(), QStringLiteral("unauthorized"));
    // One project, one budget, whichever API is asked.
    const HttpResult a = m_cloud->get(QStringLiteral("/servers"), m_token);
    const HttpResult b = m_box->get(QStringLiteral("/storage_boxes"), m_token);
    QCOMPARE(b.header("RateLimit-Limit"), QByteArray("3600"));
    QCOMPARE(b.header("RateLimit-Remaining").toInt(), a.header("RateLimit-Remaining").toInt() - 1);
    QVERIFY(!b.header("RateLimit-Reset").isEmpty());
    // Another project's box is not found, and a Read token cannot write.
    const qint64 other = m_box->get(QStringLiteral("/storage_boxes"), m_other).json[QStringLiteral("storage_boxes")][0][QStringLiteral("id")].toInteger();
    QCOMPARE(get(QStringLiteral("/storage_boxes/%1").arg(other)).errorCode(), QStringLiteral("not_found"));
    QCOMPARE(m_box->get(QStringLiteral("/storage_boxes"), m_reader).status, 200);
    const HttpResult refused = post(QStringLiteral("/storage_boxes/%1/snapshots").arg(firstBox()), {}, m_reader);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("token_readonly"));
}

void TestSimStorageBoxes::createAndRefusals()
{
    HttpResult r = post(QStringLiteral("/storage_boxes"), {});
    QCOMPARE(r.status, 400);
    QCOMPARE(fields(r), (QStringList{QStringLiteral("location"), QStringLiteral("name"), QStringLiteral("password"), QStringLiteral("storage_box_type")}));
    const QJsonObject good{{QStringLiteral("name"), QStringLiteral("new-box")},
                           {QStringLiteral("location"), QStringLiteral("fsn1")},
                           {QStringLiteral("storage_box_type"), QStringLiteral("bx11")},
                           {QStringLiteral("password"), QStringLiteral("Correct-horse-7-battery")},
                           {QStringLiteral("access_settings"), QJsonObject{{QStringLiteral("ssh_enabled"), true}}}};
    QJsonObject weak = good;
    weak.insert(QStringLiteral("password"), QStringLiteral("password"));
    QCOMPARE(fieldOf(post(QStringLiteral("/storage_boxes"), weak)), QStringLiteral("password"));
    QJsonObject nowhere = good;
    nowhere.insert(QStringLiteral("location"), QStringLiteral("ash"));
    QCOMPARE(fieldOf(post(QStringLiteral("/storage_boxes"), nowhere)), QStringLiteral("location"));
    QJsonObject badAccess = good;
    badAccess.insert(QStringLiteral("access_settings"), QJsonObject{{QStringLiteral("ftp_enabled"), true}});
    QCOMPARE(fieldOf(post(QStringLiteral("/storage_boxes"), badAccess)), QStringLiteral("access_settings.ftp_enabled"));
    QJsonObject taken = good;
    taken.insert(QStringLiteral("name"), QStringLiteral("backup"));
    QCOMPARE(post(QStringLiteral("/storage_boxes"), taken).errorCode(), QStringLiteral("uniqueness_error"));

    r = post(QStringLiteral("/storage_boxes"), good);
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json[QStringLiteral("storage_box")].toObject();
    QCOMPARE(created[QStringLiteral("status")].toString(), QStringLiteral("initializing"));
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create"));
    QVERIFY(created[QStringLiteral("access_settings")][QStringLiteral("ssh_enabled")].toBool());
    QVERIFY(!created[QStringLiteral("access_settings")][QStringLiteral("samba_enabled")].toBool());
    QVERIFY(!r.body.contains("Correct-horse"));  // the password is never echoed
    const QJsonObject later = box(created[QStringLiteral("id")].toInteger());
    QCOMPARE(later[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(later[QStringLiteral("storage_box_type")][QStringLiteral("name")].toString(), QStringLiteral("bx11"));
    QCOMPARE(later[QStringLiteral("location")][QStringLiteral("name")].toString(), QStringLiteral("fsn1"));
    QCOMPARE(get(QStringLiteral("/storage_boxes")).json[QStringLiteral("storage_boxes")].toArray().size(), 3);
    QCOMPARE(m_box->send("PUT", QStringLiteral("/storage_boxes/abc"), m_token, {}).status, 404);
    QCOMPARE(post(QStringLiteral("/storage_boxes"), {}).header("Content-Type"), QByteArray("application/json"));
}

void TestSimStorageBoxes::renameProtectAndDelete()
{
    const qint64 id = firstBox();
    const QString path = QStringLiteral("/storage_boxes/%1").arg(id);
    HttpResult r = m_box->send("PUT", path, m_token, {{QStringLiteral("name"), QStringLiteral("renamed")}, {QStringLiteral("labels"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(box(id)[QStringLiteral("name")].toString(), QStringLiteral("renamed"));
    QCOMPARE(fieldOf(m_box->send("PUT", path, m_token, {{QStringLiteral("location"), QStringLiteral("hel1")}})), QStringLiteral("location"));
    QCOMPARE(m_box->send("PUT", path, m_token, {{QStringLiteral("name"), QStringLiteral("media-archive")}}).errorCode(), QStringLiteral("uniqueness_error"));

    QCOMPARE(post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), true}}).status, 201);
    QVERIFY(box(id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    QCOMPARE(m_box->send("DELETE", path, m_token).errorCode(), QStringLiteral("protected"));
    QCOMPARE(fieldOf(post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), QStringLiteral("yes")}})), QStringLiteral("delete"));
    QCOMPARE(post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), false}}).status, 201);
    r = m_box->send("DELETE", path, m_token);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("delete"));
    QCOMPARE(get(path).status, 404);
    QCOMPARE(get(path + QStringLiteral("/subaccounts")).status, 404);
}

void TestSimStorageBoxes::subaccounts()
{
    const qint64 id = firstBox();
    const QString base = QStringLiteral("/storage_boxes/%1/subaccounts").arg(id);
    const int before = int(get(base).json[QStringLiteral("subaccounts")].toArray().size());
    HttpResult r = post(base, {{QStringLiteral("home_directory"), QStringLiteral("../etc")}, {QStringLiteral("password"), QStringLiteral("short")}});
    QCOMPARE(fields(r), (QStringList{QStringLiteral("home_directory"), QStringLiteral("password")}));
    r = post(base, {{QStringLiteral("home_directory"), QStringLiteral("team/photos")},
                    {QStringLiteral("password"), QStringLiteral("Sub-account-pass-42")},
                    {QStringLiteral("name"), QStringLiteral("photos")},
                    {QStringLiteral("access_settings"), QJsonObject{{QStringLiteral("readonly"), true}, {QStringLiteral("samba_enabled"), true}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create_subaccount"));
    const qint64 sub = r.json[QStringLiteral("subaccount")][QStringLiteral("id")].toInteger();
    QCOMPARE(r.json[QStringLiteral("subaccount")][QStringLiteral("storage_box")].toInteger(), id);
    const QString one = base + QStringLiteral("/%1").arg(sub);
    QJsonObject s = get(one).json[QStringLiteral("subaccount")].toObject();
    QCOMPARE(s[QStringLiteral("home_directory")].toString(), QStringLiteral("team/photos"));
    QVERIFY(s[QStringLiteral("access_settings")][QStringLiteral("readonly")].toBool());
    QVERIFY(s[QStringLiteral("username")].toString().startsWith(box(id)[QStringLiteral("username")].toString() + QStringLiteral("-sub")));
    QCOMPARE(get(base).json[QStringLiteral("subaccounts")].toArray().size(), before + 1);
    QCOMPARE(get(base + QStringLiteral("?username=") + s[QStringLiteral("username")].toString()).json[QStringLiteral("subaccounts")].toArray().size(), 1);

    QCOMPARE(m_box->send("PUT", one, m_token, {{QStringLiteral("description"), QStringLiteral("the team's photos")}}).status, 200);
    QCOMPARE(fieldOf(m_box->send("PUT", one, m_token, {{QStringLiteral("home_directory"), QStringLiteral("x")}})), QStringLiteral("home_directory"));
    QCOMPARE(post(one + QStringLiteral("/actions/change_home_directory"), {{QStringLiteral("home_directory"), QStringLiteral("photos")}}).status, 201);
    QCOMPARE(post(one + QStringLiteral("/actions/update_access_settings"), {{QStringLiteral("readonly"), false}, {QStringLiteral("webdav_enabled"), true}}).status, 201);
    QCOMPARE(fieldOf(post(one + QStringLiteral("/actions/update_access_settings"), {{QStringLiteral("zfs_enabled"), true}})), QStringLiteral("zfs_enabled"));
    QCOMPARE(fieldOf(post(one + QStringLiteral("/actions/reset_subaccount_password"), {{QStringLiteral("password"), QStringLiteral("abc")}})), QStringLiteral("password"));
    r = post(one + QStringLiteral("/actions/reset_subaccount_password"), {{QStringLiteral("password"), QStringLiteral("New-sub-pass-2026")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("resources")].toArray().size(), 2);
    s = get(one).json[QStringLiteral("subaccount")].toObject();
    QCOMPARE(s[QStringLiteral("home_directory")].toString(), QStringLiteral("photos"));
    QCOMPARE(s[QStringLiteral("description")].toString(), QStringLiteral("the team's photos"));
    QVERIFY(!s[QStringLiteral("access_settings")][QStringLiteral("readonly")].toBool());
    QVERIFY(s[QStringLiteral("access_settings")][QStringLiteral("webdav_enabled")].toBool());

    QCOMPARE(m_box->send("DELETE", one, m_token).status, 201);
    QCOMPARE(get(one).status, 404);
    QCOMPARE(get(base + QStringLiteral("/999999")).errorCode(), QStringLiteral("not_found"));
}

void TestSimStorageBoxes::snapshotsAndRollback()
{
    const qint64 id = firstBox();
    const QString base = QStringLiteral("/storage_boxes/%1/snapshots").arg(id);
    const QJsonObject before = box(id);
    HttpResult r = post(base, {{QStringLiteral("description"), QStringLiteral("before upgrade")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create_snapshot"));
    const qint64 snap = r.json[QStringLiteral("snapshot")][QStringLiteral("id")].toInteger();
    const QJsonObject snapshot = get(base + QStringLiteral("/%1").arg(snap)).json[QStringLiteral("snapshot")].toObject();
    QCOMPARE(snapshot[QStringLiteral("description")].toString(), QStringLiteral("before upgrade"));
    QVERIFY(!snapshot[QStringLiteral("is_automatic")].toBool());
    QCOMPARE(snapshot[QStringLiteral("stats")][QStringLiteral("size_filesystem")].toInteger(),
             before[QStringLiteral("stats")][QStringLiteral("size_data")].toInteger());
    // The snapshot counts in the box's used space.
    QCOMPARE(box(id)[QStringLiteral("stats")][QStringLiteral("size_snapshots")].toInteger(),
             before[QStringLiteral("stats")][QStringLiteral("size_snapshots")].toInteger() + snapshot[QStringLiteral("stats")][QStringLiteral("size")].toInteger());

    // Roll back to an older snapshot, by name: the data is what it held.
    const QJsonObject oldest = get(base + QStringLiteral("?sort=created:asc")).json[QStringLiteral("snapshots")][0].toObject();
    QCOMPARE(post(QStringLiteral("/storage_boxes/%1/actions/rollback_snapshot").arg(id), {{QStringLiteral("snapshot"), QStringLiteral("nope")}}).errorCode(),
             QStringLiteral("not_found"));
    QCOMPARE(fieldOf(post(QStringLiteral("/storage_boxes/%1/actions/rollback_snapshot").arg(id), {})), QStringLiteral("snapshot"));
    r = post(QStringLiteral("/storage_boxes/%1/actions/rollback_snapshot").arg(id), {{QStringLiteral("snapshot"), oldest[QStringLiteral("name")]}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("rollback_snapshot"));
    QCOMPARE(box(id)[QStringLiteral("stats")][QStringLiteral("size_data")].toInteger(), oldest[QStringLiteral("stats")][QStringLiteral("size_filesystem")].toInteger());
    // And by id, to the new one.
    QCOMPARE(post(QStringLiteral("/storage_boxes/%1/actions/rollback_snapshot").arg(id), {{QStringLiteral("snapshot"), QString::number(snap)}}).status, 201);
    QCOMPARE(box(id)[QStringLiteral("stats")][QStringLiteral("size_data")].toInteger(), before[QStringLiteral("stats")][QStringLiteral("size_data")].toInteger());

    QCOMPARE(m_box->send("PUT", base + QStringLiteral("/%1").arg(snap), m_token, {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("keep"), QStringLiteral("yes")}}}}).status, 200);
    QCOMPARE(m_box->send("DELETE", base + QStringLiteral("/%1").arg(snap), m_token).status, 201);
    QCOMPARE(get(base + QStringLiteral("/%1").arg(snap)).status, 404);
    QCOMPARE(box(id)[QStringLiteral("stats")][QStringLiteral("size_snapshots")].toInteger(), before[QStringLiteral("stats")][QStringLiteral("size_snapshots")].toInteger());
}

void TestSimStorageBoxes::snapshotPlan()
{
    const QJsonArray boxes = get(QStringLiteral("/storage_boxes")).json[QStringLiteral("storage_boxes")].toArray();
    const qint64 planless = boxes[1][QStringLiteral("id")].toInteger();
    const QString actions = QStringLiteral("/storage_boxes/%1/actions/").arg(planless);
    QCOMPARE(post(actions + QStringLiteral("disable_snapshot_plan"), {}).errorCode(), QStringLiteral("snapshot_plan_not_enabled"));
    HttpResult r = post(actions + QStringLiteral("enable_snapshot_plan"), {{QStringLiteral("max_snapshots"), 0}, {QStringLiteral("hour"), 24}, {QStringLiteral("minute"), 5}});
    QCOMPARE(fields(r), (QStringList{QStringLiteral("hour"), QStringLiteral("max_snapshots")}));
    r = post(actions + QStringLiteral("enable_snapshot_plan"),
             {{QStringLiteral("max_snapshots"), 5}, {QStringLiteral("hour"), 2}, {QStringLiteral("minute"), 15}, {QStringLiteral("day_of_week"), 7}});
    QCOMPARE(r.status, 201);
    const QJsonObject plan = box(planless)[QStringLiteral("snapshot_plan")].toObject();
    QCOMPARE(plan[QStringLiteral("max_snapshots")].toInt(), 5);
    QCOMPARE(plan[QStringLiteral("day_of_week")].toInt(), 7);
    QVERIFY(plan[QStringLiteral("day_of_month")].isNull());
    QCOMPARE(post(actions + QStringLiteral("disable_snapshot_plan"), {}).status, 201);
    QVERIFY(box(planless)[QStringLiteral("snapshot_plan")].isNull());
}

void TestSimStorageBoxes::accessSettingsTypeAndPassword()
{
    const qint64 id = firstBox();
    const QString actions = QStringLiteral("/storage_boxes/%1/actions/").arg(id);
    QCOMPARE(post(actions + QStringLiteral("update_access_settings"), {{QStringLiteral("samba_enabled"), true}, {QStringLiteral("zfs_enabled"), false}}).status, 201);
    const QJsonObject access = box(id)[QStringLiteral("access_settings")].toObject();
    QVERIFY(access[QStringLiteral("samba_enabled")].toBool());
    QVERIFY(!access[QStringLiteral("zfs_enabled")].toBool());
    QVERIFY(access[QStringLiteral("ssh_enabled")].toBool());  // untouched
    QCOMPARE(fieldOf(post(actions + QStringLiteral("update_access_settings"), {{QStringLiteral("readonly"), true}})), QStringLiteral("readonly"));

    QCOMPARE(fieldOf(post(actions + QStringLiteral("change_type"), {{QStringLiteral("storage_box_type"), QStringLiteral("bx99")}})), QStringLiteral("storage_box_type"));
    // The seeded bx21 holds more than a bx11's terabyte.
    QCOMPARE(post(actions + QStringLiteral("change_type"), {{QStringLiteral("storage_box_type"), QStringLiteral("bx11")}}).errorCode(),
             QStringLiteral("storage_box_type_too_small"));
    QCOMPARE(post(actions + QStringLiteral("change_type"), {{QStringLiteral("storage_box_type"), QStringLiteral("bx31")}}).status, 201);
    QCOMPARE(box(id)[QStringLiteral("storage_box_type")][QStringLiteral("name")].toString(), QStringLiteral("bx31"));

    QCOMPARE(fieldOf(post(actions + QStringLiteral("reset_password"), {})), QStringLiteral("password"));
    const HttpResult r = post(actions + QStringLiteral("reset_password"), {{QStringLiteral("password"), QStringLiteral("Fresh-password-2026!")}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("reset_password"));
    QVERIFY(!box(id).contains(QStringLiteral("password")));
}

void TestSimStorageBoxes::actionsTakeTimeAndAreListed()
{
    start(60000);  // actions outlast the test
    const qint64 id = firstBox();
    const HttpResult r = post(QStringLiteral("/storage_boxes/%1/snapshots").arg(id), {});
    QCOMPARE(r.status, 201);
    const QJsonObject action = r.json[QStringLiteral("action")].toObject();
    const qint64 actionId = action[QStringLiteral("id")].toInteger();
    QCOMPARE(action[QStringLiteral("status")].toString(), QStringLiteral("running"));
    QCOMPARE(box(id)[QStringLiteral("status")].toString(), QStringLiteral("locked"));
    // A second write waits for the first.
    QCOMPARE(post(QStringLiteral("/storage_boxes/%1/actions/change_protection").arg(id), {{QStringLiteral("delete"), true}}).errorCode(), QStringLiteral("locked"));
    QCOMPARE(post(QStringLiteral("/storage_boxes/%1/snapshots").arg(id), {}).status, 423);
    // Reads still answer.
    QCOMPARE(get(QStringLiteral("/storage_boxes/%1/snapshots").arg(id)).status, 200);

    const HttpResult polled = get(QStringLiteral("/storage_boxes/actions?id=%1").arg(actionId));
    QCOMPARE(polled.json[QStringLiteral("actions")].toArray().size(), 1);
    QCOMPARE(polled.json[QStringLiteral("actions")][0][QStringLiteral("command")].toString(), QStringLiteral("create_snapshot"));
    QVERIFY(polled.json.contains(QStringLiteral("meta")));
    QCOMPARE(get(QStringLiteral("/storage_boxes/actions/%1").arg(actionId)).json[QStringLiteral("action")][QStringLiteral("id")].toInteger(), actionId);
    QCOMPARE(get(QStringLiteral("/storage_boxes/%1/actions").arg(id)).json[QStringLiteral("actions")].toArray().size(), 1);
    QCOMPARE(get(QStringLiteral("/storage_boxes/%1/actions/%2").arg(id).arg(actionId)).status, 200);
    QCOMPARE(get(QStringLiteral("/storage_boxes/actions?status=running")).json[QStringLiteral("actions")].toArray().size(), 1);
    // The Cloud API does not know the Hetzner API's actions.
    QCOMPARE(m_cloud->get(QStringLiteral("/actions?id=%1").arg(actionId), m_token).json[QStringLiteral("actions")].toArray().size(), 0);
    QCOMPARE(m_cloud->get(QStringLiteral("/actions/%1").arg(actionId), m_token).status, 404);
}

QTEST_GUILESS_MAIN(TestSimStorageBoxes)
#include "tst_simstorageboxes.moc"
