// Every Storage Box answer of the simulator against the 3.0 file, which has
// the Hetzner API's paths (the official 3.1 Cloud spec lacks them), with the
// checker tst_simspec uses.

#include "tests/support/openapi.h"
#include "tests/sim/openapichecker.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using hcloud::sim::SimOptions;
using hcloud::sim::SimProjectSpec;
using hcloud::sim::SimServer;

class TestSimStorageBoxesSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsFitTheSpec();
    void boxWritesFitTheSpec();
    void childWritesFitTheSpec();
    void errorsFitTheSpec();
    void foldersFitTheSpec();

private:
    bool fits(const HttpResult &r, const QString &specPath, const char *method, const QString &status);
    HttpResult get(const QString &path) { return m_http->get(path, m_token); }
    HttpResult post(const QString &path, const QJsonObject &body) { return m_http->send("POST", path, m_token, body); }

    std::unique_ptr<OpenApiChecker> m_checker;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<SimHttp> m_http;
    QString m_token = testToken('b');
    qint64 m_box = 0;
};

void TestSimStorageBoxesSpec::initTestCase()
{
    QJsonObject spec;
    HCLOUD_LOAD_OPENAPI(spec, testing::OpenApiFile::Hetzner);
    m_checker = std::make_unique<OpenApiChecker>(spec);
    SimOptions options{{SimProjectSpec(m_token, 1, 5)}, 0};
    options.actionMs = 0;
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen(0, 0));
    m_http = std::make_unique<SimHttp>(m_sim->hetznerEndpoint());
    m_box = get(QStringLiteral("/storage_boxes")).json[QStringLiteral("storage_boxes")][0][QStringLiteral("id")].toInteger();
    QVERIFY(m_box > 0);
}

bool TestSimStorageBoxesSpec::fits(const HttpResult &r, const QString &specPath, const char *method, const QString &status)
{
    const QJsonObject schema = m_checker->responseSchema(specPath, QLatin1String(method), status);
    if (schema.isEmpty()) {
        qWarning("no schema for %s %s %s", method, qPrintable(specPath), qPrintable(status));
        return false;
    }
    if (status != QLatin1String("4xx") && QString::number(r.status) != status) {
        qWarning("%s %s answered %d, not %s: %s", method, qPrintable(specPath), r.status, qPrintable(status), r.body.constData());
        return false;
    }
    const QStringList problems = m_checker->check(r.json, schema);
    if (!problems.isEmpty())
        qWarning("%s %s: %s", method, qPrintable(specPath), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    return problems.isEmpty();
}

void TestSimStorageBoxesSpec::readsFitTheSpec()
{
    const QString box = QStringLiteral("/storage_boxes/%1").arg(m_box);
    const qint64 sub = get(box + QStringLiteral("/subaccounts")).json[QStringLiteral("subaccounts")][0][QStringLiteral("id")].toInteger();
    const qint64 snap = get(box + QStringLiteral("/snapshots")).json[QStringLiteral("snapshots")][0][QStringLiteral("id")].toInteger();
    const qint64 type = get(QStringLiteral("/storage_box_types")).json[QStringLiteral("storage_box_types")][0][QStringLiteral("id")].toInteger();
    // An action to read back.
    const qint64 action = post(box + QStringLiteral("/snapshots"), {}).json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
    const QVector<QPair<QString, QString>> reads{
        {QStringLiteral("/storage_box_types"), QStringLiteral("/storage_box_types")},
        {QStringLiteral("/storage_box_types/%1").arg(type), QStringLiteral("/storage_box_types/{id}")},
        {QStringLiteral("/storage_boxes"), QStringLiteral("/storage_boxes")},
        {QStringLiteral("/storage_boxes?sort=stats.size:desc&label_selector=env"), QStringLiteral("/storage_boxes")},
        {box, QStringLiteral("/storage_boxes/{id}")},
        {box + QStringLiteral("/subaccounts"), QStringLiteral("/storage_boxes/{id}/subaccounts")},
        {box + QStringLiteral("/subaccounts/%1").arg(sub), QStringLiteral("/storage_boxes/{id}/subaccounts/{subaccount_id}")},
        {box + QStringLiteral("/snapshots"), QStringLiteral("/storage_boxes/{id}/snapshots")},
        {box + QStringLiteral("/snapshots/%1").arg(snap), QStringLiteral("/storage_boxes/{id}/snapshots/{snapshot_id}")},
        {QStringLiteral("/storage_boxes/actions"), QStringLiteral("/storage_boxes/actions")},
        {QStringLiteral("/storage_boxes/actions?id=%1").arg(action), QStringLiteral("/storage_boxes/actions")},
        {QStringLiteral("/storage_boxes/actions/%1").arg(action), QStringLiteral("/storage_boxes/actions/{id}")},
        {box + QStringLiteral("/actions"), QStringLiteral("/storage_boxes/{id}/actions")},
        {box + QStringLiteral("/actions/%1").arg(action), QStringLiteral("/storage_boxes/{id}/actions/{action_id}")},
        {box + QStringLiteral("/folders"), QStringLiteral("/storage_boxes/{id}/folders")},
        {box + QStringLiteral("/folders?path=./backups"), QStringLiteral("/storage_boxes/{id}/folders")},
    };
    for (const auto &[url, specPath] : reads)
        QVERIFY2(fits(get(url), specPath, "get", QStringLiteral("200")), qPrintable(url));
}

void TestSimStorageBoxesSpec::boxWritesFitTheSpec()
{
    const HttpResult created = post(QStringLiteral("/storage_boxes"), {{QStringLiteral("name"), QStringLiteral("spec-box")},
                                                                       {QStringLiteral("location"), QStringLiteral("hel1")},
                                                                       {QStringLiteral("storage_box_type"), QStringLiteral("bx11")},
                                                                       {QStringLiteral("password"), QStringLiteral("Spec-box-password-1")}});
    QVERIFY(fits(created, QStringLiteral("/storage_boxes"), "post", QStringLiteral("201")));
    const qint64 id = created.json[QStringLiteral("storage_box")][QStringLiteral("id")].toInteger();
    const QString box = QStringLiteral("/storage_boxes/%1").arg(id);
    QVERIFY(fits(m_http->send("PUT", box, m_token, {{QStringLiteral("name"), QStringLiteral("spec-box-2")}}), QStringLiteral("/storage_boxes/{id}"), "put",
                 QStringLiteral("200")));
    const QString actions = QStringLiteral("/storage_boxes/{id}/actions/");
    const QVector<QPair<const char *, QJsonObject>> writes{
        {"change_protection", {{QStringLiteral("delete"), false}}},
        {"change_type", {{QStringLiteral("storage_box_type"), QStringLiteral("bx21")}}},
        {"reset_password", {{QStringLiteral("password"), QStringLiteral("Another-password-2")}}},
        {"update_access_settings", {{QStringLiteral("webdav_enabled"), true}}},
        {"enable_snapshot_plan", {{QStringLiteral("max_snapshots"), 3}, {QStringLiteral("hour"), 1}, {QStringLiteral("minute"), 0}}},
        {"disable_snapshot_plan", {}},
    };
    for (const auto &[command, body] : writes) {
        const QString name = QLatin1String(command);
        QVERIFY2(fits(post(box + QStringLiteral("/actions/") + name, body), actions + name, "post", QStringLiteral("201")), command);
        QVERIFY(fits(get(box), QStringLiteral("/storage_boxes/{id}"), "get", QStringLiteral("200")));
    }
    const qint64 snap = post(box + QStringLiteral("/snapshots"), {}).json[QStringLiteral("snapshot")][QStringLiteral("id")].toInteger();
    QVERIFY(fits(post(box + QStringLiteral("/actions/rollback_snapshot"), {{QStringLiteral("snapshot"), QString::number(snap)}}),
                 actions + QStringLiteral("rollback_snapshot"), "post", QStringLiteral("201")));
    QVERIFY(fits(m_http->send("DELETE", box, m_token), QStringLiteral("/storage_boxes/{id}"), "delete", QStringLiteral("201")));
}

void TestSimStorageBoxesSpec::childWritesFitTheSpec()
{
    const QString box = QStringLiteral("/storage_boxes/%1").arg(m_box);
    const QString subs = QStringLiteral("/storage_boxes/{id}/subaccounts");
    const HttpResult created = post(box + QStringLiteral("/subaccounts"), {{QStringLiteral("home_directory"), QStringLiteral("spec")},
                                                                           {QStringLiteral("password"), QStringLiteral("Spec-sub-password-1")}});
    QVERIFY(fits(created, subs, "post", QStringLiteral("201")));
    const QString sub = box + QStringLiteral("/subaccounts/%1").arg(created.json[QStringLiteral("subaccount")][QStringLiteral("id")].toInteger());
    QVERIFY(fits(m_http->send("PUT", sub, m_token, {{QStringLiteral("name"), QStringLiteral("spec")}}), subs + QStringLiteral("/{subaccount_id}"), "put",
                 QStringLiteral("200")));
    QVERIFY(fits(post(sub + QStringLiteral("/actions/change_home_directory"), {{QStringLiteral("home_directory"), QStringLiteral("spec2")}}),
                 subs + QStringLiteral("/{subaccount_id}/actions/change_home_directory"), "post", QStringLiteral("201")));
    QVERIFY(fits(post(sub + QStringLiteral("/actions/reset_subaccount_password"), {{QStringLiteral("password"), QStringLiteral("Spec-sub-password-2")}}),
                 subs + QStringLiteral("/{subaccount_id}/actions/reset_subaccount_password"), "post", QStringLiteral("201")));
    QVERIFY(fits(post(sub + QStringLiteral("/actions/update_access_settings"), {{QStringLiteral("readonly"), true}}),
                 subs + QStringLiteral("/{subaccount_id}/actions/update_access_settings"), "post", QStringLiteral("201")));
    QVERIFY(fits(get(sub), subs + QStringLiteral("/{subaccount_id}"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->send("DELETE", sub, m_token), subs + QStringLiteral("/{subaccount_id}"), "delete", QStringLiteral("201")));

    const QString snaps = QStringLiteral("/storage_boxes/{id}/snapshots");
    const HttpResult snapshot = post(box + QStringLiteral("/snapshots"), {{QStringLiteral("description"), QStringLiteral("spec")}});
    QVERIFY(fits(snapshot, snaps, "post", QStringLiteral("201")));
    const QString snap = box + QStringLiteral("/snapshots/%1").arg(snapshot.json[QStringLiteral("snapshot")][QStringLiteral("id")].toInteger());
    QVERIFY(fits(m_http->send("PUT", snap, m_token, {{QStringLiteral("description"), QStringLiteral("spec 2")}}), snaps + QStringLiteral("/{snapshot_id}"), "put",
                 QStringLiteral("200")));
    QVERIFY(fits(m_http->send("DELETE", snap, m_token), snaps + QStringLiteral("/{snapshot_id}"), "delete", QStringLiteral("201")));
}

void TestSimStorageBoxesSpec::errorsFitTheSpec()
{
    struct Case
    {
        HttpResult reply;
        QString path;
        const char *method;
    };
    const QString box = QStringLiteral("/storage_boxes/%1").arg(m_box);
    const QVector<Case> cases{
        {get(QStringLiteral("/storage_boxes/1")), QStringLiteral("/storage_boxes/{id}"), "get"},
        {post(QStringLiteral("/storage_boxes"), {}), QStringLiteral("/storage_boxes"), "post"},
        {post(box + QStringLiteral("/actions/rollback_snapshot"), {{QStringLiteral("snapshot"), QStringLiteral("none")}}),
         QStringLiteral("/storage_boxes/{id}/actions/rollback_snapshot"), "post"},
        {post(box + QStringLiteral("/subaccounts"), {}), QStringLiteral("/storage_boxes/{id}/subaccounts"), "post"},
        {m_http->get(QStringLiteral("/storage_boxes"), testToken('x')), QStringLiteral("/storage_boxes"), "get"},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.reply.status >= 400 && c.reply.status < 500, c.reply.body.constData());
        QVERIFY(fits(c.reply, c.path, c.method, QStringLiteral("4xx")));
    }
}

// The folders a box holds: the seeded ones and its subaccounts' homes, by
// path; a path that is not a folder, or leaves the box, is refused.
void TestSimStorageBoxesSpec::foldersFitTheSpec()
{
    const QString box = QStringLiteral("/storage_boxes/%1").arg(m_box);
    const auto folders = [&](const QString &query) {
        const HttpResult r = get(box + QStringLiteral("/folders") + query);
        if (!fits(r, QStringLiteral("/storage_boxes/{id}/folders"), "get", QStringLiteral("200")))
            return QStringList{QStringLiteral("(does not fit)")};
        QStringList names;
        for (const QJsonValue &f : r.json[QStringLiteral("folders")].toArray())
            names.append(f.toString());
        return names;
    };
    const QStringList top = folders(QString());
    QVERIFY2(top.contains(QStringLiteral("backups")) && top.contains(QStringLiteral("photos")) && top.contains(QStringLiteral("uploads")),
             qPrintable(top.join(QLatin1Char(','))));
    QCOMPARE(folders(QStringLiteral("?path=.")), top);
    QVERIFY(folders(QStringLiteral("?path=backups")).contains(QStringLiteral("daily")));
    QCOMPARE(folders(QStringLiteral("?path=./photos/")), QStringList{QStringLiteral("2026")});
    QCOMPARE(folders(QStringLiteral("?path=photos/2026")), QStringList());

    // A new subaccount's home is made with it.
    const HttpResult sub = post(box + QStringLiteral("/subaccounts"), {{QStringLiteral("home_directory"), QStringLiteral("exports/eu")},
                                                                      {QStringLiteral("password"), QStringLiteral("Folder-test-password-1")}});
    QCOMPARE(sub.status, 201);
    QTRY_VERIFY(folders(QString()).contains(QStringLiteral("exports")));
    QCOMPARE(folders(QStringLiteral("?path=exports")), QStringList{QStringLiteral("eu")});

    for (const QString &bad : {QStringLiteral("?path=nowhere"), QStringLiteral("?path=../etc")}) {
        const HttpResult r = get(box + QStringLiteral("/folders") + bad);
        QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(bad));
        QVERIFY(fits(r, QStringLiteral("/storage_boxes/{id}/folders"), "get", QStringLiteral("4xx")));
    }
}

QTEST_GUILESS_MAIN(TestSimStorageBoxesSpec)
#include "tst_simstorageboxes_spec.moc"
