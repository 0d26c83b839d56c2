// Every JSON answer of the simulator, field by field, against the OpenAPI
// description of the real API: required keys present, no key the API does
// not have, types, nullability, enums and date-times.

#include "tests/sim/kindaction.h"
#include "tests/support/openapi.h"
#include "tests/sim/openapichecker.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

class TestSimSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersFitTheSpec_data();
    void answersFitTheSpec();
    void errorsFitTheSpec_data();
    void errorsFitTheSpec();
    void checkerCatchesMistakes();
    void checkerReadsOpenApi31_data();
    void checkerReadsOpenApi31();
    void actionFeedsFitTheSpec_data();
    void actionFeedsFitTheSpec();
    void loadBalancerMetricsFitTheSpec();
    void sshKeyWritesFitTheSpec();
    void serverWritesFitTheSpec();
    void placementGroupWritesFitTheSpec();
    void certificateCreateFitsTheSpec();
    void firewallAndManagedCertificateWritesFitTheSpec();
    void networkAndLoadBalancerWritesFitTheSpec();
    void imageUpdateFitsTheSpec();
    void floatingIpWritesFitTheSpec();
    void primaryIpWritesFitTheSpec();

private:
    // Whether the answer fits the spec's response schema; says why not.
    bool fits(const HttpResult &r, const QString &specPath, const char *method, const QString &status);

    std::unique_ptr<OpenApiChecker> m_checker;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<SimHttp> m_http;
    QString m_token = testToken('s');
    qint64 m_serverId = 0;
    qint64 m_actionId = 0;
    qint64 m_keyId = 0;
};

void TestSimSpec::initTestCase()
{
    QJsonObject spec;
    HCLOUD_LOAD_OPENAPI(spec, testing::OpenApiFile::Cloud);
    m_checker = std::make_unique<OpenApiChecker>(spec);
    // The spec documents these for https services only; the API sends them
    // for http services too, and python3-hcloud 1.18.2 needs them there.
    for (const char *key : {"certificates", "redirect_http"})
        m_checker->tolerate(QStringLiteral("\\.services\\[\\d+\\]\\.http$"), QString::fromLatin1(key));

    SimOptions options;
    // Enough servers that every status, ISO-booted and IPv6-only ones occur.
    options.projects = {{m_token, 300, 5}};
    options.actionMs = 100;
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen());
    m_http = std::make_unique<SimHttp>(m_sim->endpoint());

    m_serverId = m_sim->serverIds(0).constFirst();
    const HttpResult actions = m_http->get(QStringLiteral("/servers/%1/actions").arg(m_serverId), m_token);
    m_actionId = actions.json[QStringLiteral("actions")][0][QStringLiteral("id")].toInteger();
    QVERIFY(m_actionId > 0);
    m_keyId = m_http->get(QStringLiteral("/ssh_keys"), m_token).json[QStringLiteral("ssh_keys")][0][QStringLiteral("id")].toInteger();
    QVERIFY(m_keyId > 0);
}

void TestSimSpec::answersFitTheSpec_data()
{
    QTest::addColumn<QString>("specPath");
    QTest::addColumn<QString>("request");

    // Whole lists at per_page=50, so every seeded object is checked.
    QTest::newRow("servers") << "/servers"
                             << "/servers?per_page=50&page=%P";
    QTest::newRow("server") << "/servers/{id}"
                            << "/servers/%S";
    QTest::newRow("server actions") << "/servers/{id}/actions"
                                    << "/servers/%S/actions";
    QTest::newRow("server_types") << "/server_types"
                                  << "/server_types?per_page=50";
    QTest::newRow("server_type") << "/server_types/{id}"
                                 << "/server_types/22";
    QTest::newRow("locations") << "/locations"
                               << "/locations";
    QTest::newRow("location") << "/locations/{id}"
                              << "/locations/6";
    QTest::newRow("images") << "/images"
                            << "/images?per_page=50&include_deprecated=true";
    QTest::newRow("image") << "/images/{id}"
                           << "/images/45557056";
    QTest::newRow("isos") << "/isos"
                          << "/isos";
    QTest::newRow("iso") << "/isos/{id}"
                         << "/isos/10471";
    QTest::newRow("actions") << "/actions"
                             << "/actions?id=%A";
    QTest::newRow("action") << "/actions/{id}"
                            << "/actions/%A";
    QTest::newRow("pricing") << "/pricing"
                             << "/pricing";
    QTest::newRow("ssh_keys") << "/ssh_keys"
                              << "/ssh_keys";
    QTest::newRow("ssh_key") << "/ssh_keys/{id}"
                             << "/ssh_keys/%K";
    // %F: the first object of the kind's list.
    QTest::newRow("firewalls") << "/firewalls"
                               << "/firewalls";
    QTest::newRow("firewall") << "/firewalls/{id}"
                              << "/firewalls/%F";
    QTest::newRow("volumes") << "/volumes"
                              << "/volumes";
    QTest::newRow("volume") << "/volumes/{id}"
                             << "/volumes/%F";
    QTest::newRow("floating_ips") << "/floating_ips"
                              << "/floating_ips";
    QTest::newRow("floating_ip") << "/floating_ips/{id}"
                             << "/floating_ips/%F";
    QTest::newRow("primary_ips") << "/primary_ips"
                              << "/primary_ips";
    QTest::newRow("primary_ip") << "/primary_ips/{id}"
                             << "/primary_ips/%F";
    QTest::newRow("floating_ip actions") << "/floating_ips/{id}/actions"
                                         << "/floating_ips/%F/actions";
    QTest::newRow("primary_ip actions") << "/primary_ips/{id}/actions"
                                        << "/primary_ips/%F/actions";
    QTest::newRow("placement_groups") << "/placement_groups"
                              << "/placement_groups";
    QTest::newRow("placement_group") << "/placement_groups/{id}"
                             << "/placement_groups/%F";
    QTest::newRow("networks") << "/networks"
                              << "/networks";
    QTest::newRow("network") << "/networks/{id}"
                             << "/networks/%F";
    QTest::newRow("load_balancers") << "/load_balancers"
                                    << "/load_balancers";
    QTest::newRow("load_balancer") << "/load_balancers/{id}"
                                   << "/load_balancers/%F";
    QTest::newRow("load_balancer_types") << "/load_balancer_types"
                                         << "/load_balancer_types";
    QTest::newRow("load_balancer_type") << "/load_balancer_types/{id}"
                                        << "/load_balancer_types/%F";
    QTest::newRow("certificates") << "/certificates"
                              << "/certificates";
    QTest::newRow("certificate") << "/certificates/{id}"
                             << "/certificates/%F";
}

void TestSimSpec::answersFitTheSpec()
{
    QFETCH(QString, specPath);
    QFETCH(QString, request);

    const QJsonObject schema
        = m_checker->responseSchema(specPath, QStringLiteral("get"), QStringLiteral("200"));
    QVERIFY2(!schema.isEmpty(), qPrintable(specPath));
    request.replace(QLatin1String("%S"), QString::number(m_serverId));
    request.replace(QLatin1String("%A"), QString::number(m_actionId));
    request.replace(QLatin1String("%K"), QString::number(m_keyId));
    if (request.contains(QLatin1String("%F"))) {
        const QString kind = request.section(QLatin1Char('/'), 1, 1);
        const qint64 first = m_http->get(QLatin1Char('/') + kind, m_token).json[kind][0][QStringLiteral("id")].toInteger();
        QVERIFY2(first > 0, qPrintable(kind));
        request.replace(QLatin1String("%F"), QString::number(first));
    }

    int page = 1;
    int checked = 0;
    while (page > 0) {
        const HttpResult r
            = m_http->get(QString(request).replace(QLatin1String("%P"), QString::number(page)), m_token);
        QCOMPARE(r.status, 200);
        const QStringList problems = m_checker->check(r.json, schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 15).join(QLatin1Char('\n'))));
        ++checked;
        const QJsonValue next
            = r.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("next_page")];
        page = request.contains(QLatin1String("%P")) && next.isDouble() ? next.toInt() : 0;
    }
    if (request.contains(QLatin1String("%P")))
        QCOMPARE(checked, 6);  // 300 servers in pages of 50
}

void TestSimSpec::errorsFitTheSpec_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<int>("status");
    QTest::newRow("unauthorized") << "/servers" << false << 401;
    QTest::newRow("not found") << "/servers/1" << true << 404;
    QTest::newRow("invalid input") << "/servers?label_selector=a%20in%20(" << true << 400;
    QTest::newRow("gone") << "/datacenters" << true << 410;
}

void TestSimSpec::errorsFitTheSpec()
{
    QFETCH(QString, request);
    QFETCH(bool, authenticated);
    QFETCH(int, status);

    const HttpResult r = m_http->get(request, authenticated ? m_token : QString());
    QCOMPARE(r.status, status);
    const QJsonObject schema
        = m_checker->responseSchema(QStringLiteral("/servers"), QStringLiteral("get"), QStringLiteral("4xx"));
    QVERIFY(!schema.isEmpty());
    const QStringList problems = m_checker->check(r.json, schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSimSpec::checkerCatchesMistakes()
{
    const HttpResult r = m_http->get(QStringLiteral("/servers/%1").arg(m_serverId), m_token);
    QJsonObject server = r.json[QStringLiteral("server")].toObject();
    server.remove(QStringLiteral("name"));
    server.insert(QStringLiteral("nickname"), QStringLiteral("x"));
    server.insert(QStringLiteral("status"), QStringLiteral("sleeping"));
    server.insert(QStringLiteral("created"), QStringLiteral("yesterday"));
    server.insert(QStringLiteral("locked"), QJsonValue::Null);
    const QStringList problems
        = m_checker->check(QJsonObject{{QStringLiteral("server"), server}},
                           m_checker->responseSchema(QStringLiteral("/servers/{id}"), QStringLiteral("get"),
                                                     QStringLiteral("200")));
    QCOMPARE(problems.size(), 5);
}

void TestSimSpec::checkerReadsOpenApi31_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("problems");
    QTest::newRow("nullable string, null") << R"({"type": ["string", "null"]})" << "null" << 0;
    QTest::newRow("nullable string, text") << R"({"type": ["string", "null"]})" << R"("a")" << 0;
    QTest::newRow("nullable string, number") << R"({"type": ["string", "null"]})" << "3" << 1;
    QTest::newRow("plain string, null") << R"({"type": "string"})" << "null" << 1;
    QTest::newRow("nullable object, null") << R"({"type": ["object", "null"], "properties": {"a": {"type": "integer"}}})" << "null" << 0;
    QTest::newRow("nullable object, wrong key") << R"({"type": ["object", "null"], "properties": {"a": {"type": "integer"}}})" << R"({"b": 1})" << 1;
    QTest::newRow("nullable integer, fraction") << R"({"type": ["integer", "null"]})" << "1.5" << 1;
    QTest::newRow("two types") << R"({"type": ["string", "integer"]})" << "7" << 0;
    QTest::newRow("const fits") << R"({"type": "string", "const": "server"})" << R"("server")" << 0;
    QTest::newRow("const differs") << R"({"type": "string", "const": "server"})" << R"("volume")" << 1;
    QTest::newRow("prefixItems fit") << R"({"type": "array", "items": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "string"}], "minItems": 2, "maxItems": 2}})" << R"([[1.5, "2"]])" << 0;
    QTest::newRow("prefixItems swapped") << R"({"type": "array", "items": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "string"}], "minItems": 2, "maxItems": 2}})" << R"([["2", 1.5]])" << 2;
    QTest::newRow("prefixItems too long") << R"({"type": "array", "prefixItems": [{"type": "number"}], "maxItems": 1})" << "[1, 2]" << 1;
    QTest::newRow("oneOf with null") << R"({"oneOf": [{"type": "integer"}, {"type": "null"}]})" << "null" << 0;
    QTest::newRow("enum") << R"({"type": "string", "enum": ["server"]})" << R"("unassigned")" << 1;
    QTest::newRow("enum value the prose announces")
        << R"({"type": "string", "enum": ["server"], "description": "As of 01 August 2026 `unassigned` will be returned if not assigned."})"
        << R"("unassigned")" << 0;
}

void TestSimSpec::checkerReadsOpenApi31()
{
    QFETCH(QString, schema);
    QFETCH(QString, value);
    QFETCH(int, problems);
    const QJsonObject s = QJsonDocument::fromJson(schema.toUtf8()).object();
    const QJsonValue v = QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().first();
    const QStringList found = m_checker->check(v, s);
    QVERIFY2(found.size() == problems, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestSimSpec::actionFeedsFitTheSpec_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"servers", "volumes", "floating_ips", "primary_ips", "load_balancers", "networks",
                             "firewalls", "certificates", "images"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestSimSpec::actionFeedsFitTheSpec()
{
    QFETCH(QString, kind);
    const auto [resource, action] = startKindAction(*m_http, m_token, kind);
    QVERIFY2(resource > 0 && action > 0, qPrintable(kind));
    const QString k = QLatin1Char('/') + kind;
    QVERIFY(fits(m_http->get(k + QStringLiteral("/actions?per_page=50&sort=id:desc"), m_token), k + QStringLiteral("/actions"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(k + QStringLiteral("/actions?id=%1").arg(action), m_token), k + QStringLiteral("/actions"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(k + QStringLiteral("/actions/%1").arg(action), m_token), k + QStringLiteral("/actions/{id}"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(k + QStringLiteral("/%1/actions").arg(resource), m_token), k + QStringLiteral("/{id}/actions"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(k + QStringLiteral("/%1/actions/%2").arg(resource).arg(action), m_token), k + QStringLiteral("/{id}/actions/{action_id}"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(k + QStringLiteral("/actions?status=bogus"), m_token), k + QStringLiteral("/actions"), "get", QStringLiteral("4xx")));
}

void TestSimSpec::loadBalancerMetricsFitTheSpec()
{
    const qint64 id = m_http->get(QStringLiteral("/load_balancers"), m_token).json[QStringLiteral("load_balancers")][0][QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    const HttpResult metrics = m_http->get(
        QStringLiteral("/load_balancers/%1/metrics?type=open_connections&type=connections_per_second&type=requests_per_second&type=bandwidth"
                       "&start=2026-11-28T10:00:00Z&end=2026-11-28T11:00:00Z").arg(id), m_token);
    QCOMPARE(metrics.status, 200);
    QVERIFY(fits(metrics, QStringLiteral("/load_balancers/{id}/metrics"), "get", QStringLiteral("200")));
}

void TestSimSpec::sshKeyWritesFitTheSpec()
{
    const HttpResult created = m_http->send(
        "POST", QStringLiteral("/ssh_keys"), m_token,
        {{QStringLiteral("name"), QStringLiteral("spec")},
         {QStringLiteral("public_key"),
          QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHMRMmAPqLpRx6GO0aYq+gWm3O5Cz7a1vQ6kvtnW1Pjl spec")}});
    QCOMPARE(created.status, 201);
    QStringList problems = m_checker->check(
        created.json, m_checker->responseSchema(QStringLiteral("/ssh_keys"), QStringLiteral("post"), QStringLiteral("201")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const qint64 id = created.json[QStringLiteral("ssh_key")][QStringLiteral("id")].toInteger();
    const HttpResult updated = m_http->send("PUT", QStringLiteral("/ssh_keys/%1").arg(id), m_token,
                                            {{QStringLiteral("name"), QStringLiteral("spec-2")}});
    problems = m_checker->check(updated.json, m_checker->responseSchema(QStringLiteral("/ssh_keys/{id}"),
                                                                       QStringLiteral("put"), QStringLiteral("200")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const HttpResult invalid = m_http->send("POST", QStringLiteral("/ssh_keys"), m_token);
    problems = m_checker->check(invalid.json, m_checker->responseSchema(QStringLiteral("/ssh_keys"), QStringLiteral("post"),
                                                                       QStringLiteral("4xx")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/ssh_keys/%1").arg(id), m_token).status, 204);
}

void TestSimSpec::serverWritesFitTheSpec()
{
    const HttpResult created = m_http->send("POST", QStringLiteral("/servers"), m_token,
                                            {{QStringLiteral("name"), QStringLiteral("spec-server")},
                                             {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                                             {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}});
    QCOMPARE(created.status, 201);
    QVERIFY(fits(created, QStringLiteral("/servers"), "post", QStringLiteral("201")));
    const qint64 id = created.json[QStringLiteral("server")][QStringLiteral("id")].toInteger();
    QVERIFY(fits(m_http->send("POST", QStringLiteral("/servers"), m_token, {{QStringLiteral("name"), QStringLiteral("x_y")}}),
                  QStringLiteral("/servers"), "post", QStringLiteral("4xx")));

    // Every action answer, on servers that are free (one each).
    const QVector<qint64> ids = m_sim->serverIds(0);
    const QList<QPair<QString, QJsonObject>> actions = {
        {QStringLiteral("reboot"), {}},
        {QStringLiteral("rebuild"), {{QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}}},
        {QStringLiteral("create_image"), {{QStringLiteral("type"), QStringLiteral("snapshot")}}},
        {QStringLiteral("enable_rescue"), {}},
        {QStringLiteral("enable_backup"), {}},
        {QStringLiteral("change_protection"), {{QStringLiteral("delete"), false}}},
        {QStringLiteral("request_console"), {}},
    };
    int next = 1;
    for (const auto &[command, body] : actions) {
        HttpResult r;
        // Skip servers that are protected, busy or not running.
        for (; next < ids.size(); ++next) {
            r = m_http->send("POST", QStringLiteral("/servers/%1/actions/%2").arg(ids.at(next)).arg(command), m_token, body);
            if (r.status == 201)
                break;
        }
        ++next;
        QVERIFY2(r.status == 201, qPrintable(command));
        QVERIFY2(fits(r, QStringLiteral("/servers/{id}/actions/") + command, "post", QStringLiteral("201")), qPrintable(command));
    }
    const HttpResult metrics = m_http->get(QStringLiteral("/servers/%1/metrics?type=cpu,disk,network&start=2026-11-28T10:00:00Z&end=2026-11-28T11:00:00Z").arg(id), m_token);
    QVERIFY(fits(metrics, QStringLiteral("/servers/{id}/metrics"), "get", QStringLiteral("200")));
    const HttpResult put = m_http->send("PUT", QStringLiteral("/servers/%1").arg(ids.first()), m_token, {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}});
    QVERIFY(fits(put, QStringLiteral("/servers/{id}"), "put", QStringLiteral("200")));
}

void TestSimSpec::placementGroupWritesFitTheSpec()
{
    const HttpResult created = m_http->send("POST", QStringLiteral("/placement_groups"), m_token,
                                            {{QStringLiteral("name"), QStringLiteral("spec")},
                                             {QStringLiteral("type"), QStringLiteral("spread")}});
    QCOMPARE(created.status, 201);
    QStringList problems = m_checker->check(
        created.json,
        m_checker->responseSchema(QStringLiteral("/placement_groups"), QStringLiteral("post"), QStringLiteral("201")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const qint64 id = created.json[QStringLiteral("placement_group")][QStringLiteral("id")].toInteger();
    const HttpResult updated = m_http->send("PUT", QStringLiteral("/placement_groups/%1").arg(id), m_token,
                                            {{QStringLiteral("name"), QStringLiteral("spec-2")}});
    problems = m_checker->check(updated.json, m_checker->responseSchema(QStringLiteral("/placement_groups/{id}"),
                                                                       QStringLiteral("put"), QStringLiteral("200")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/placement_groups/%1").arg(id), m_token).status, 204);
}

void TestSimSpec::certificateCreateFitsTheSpec()
{
    const HttpResult created = m_http->send(
        "POST", QStringLiteral("/certificates"), m_token,
        {{QStringLiteral("name"), QStringLiteral("spec")},
         {QStringLiteral("certificate"), QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")},
         {QStringLiteral("private_key"), QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")}});
    QCOMPARE(created.status, 201);
    const QStringList problems = m_checker->check(
        created.json, m_checker->responseSchema(QStringLiteral("/certificates"), QStringLiteral("post"), QStringLiteral("201")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

bool TestSimSpec::fits(const HttpResult &r, const QString &specPath, const char *method, const QString &status)
{
    const QJsonObject schema = m_checker->responseSchema(specPath, QLatin1String(method), status);
    if (schema.isEmpty()) {
        qWarning("no schema for %s %s", method, qPrintable(specPath));
        return false;
    }
    const QStringList problems = m_checker->check(r.json, schema);
    if (!problems.isEmpty())
        qWarning("%s %s: %s", method, qPrintable(specPath), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    return problems.isEmpty();
}

void TestSimSpec::firewallAndManagedCertificateWritesFitTheSpec()
{
    const qint64 server = m_sim->serverIds(0).constLast();
    const QJsonArray onServer{QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                                          {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), server}}}}};
    const HttpResult created = m_http->send("POST", QStringLiteral("/firewalls"), m_token,
                                            {{QStringLiteral("name"), QStringLiteral("spec-fw")}, {QStringLiteral("apply_to"), onServer}});
    QCOMPARE(created.status, 201);
    QVERIFY(fits(created, QStringLiteral("/firewalls"), "post", QStringLiteral("201")));
    const qint64 id = created.json[QStringLiteral("firewall")][QStringLiteral("id")].toInteger();
    const auto appliedCount = [&] {
        return m_http->get(QStringLiteral("/firewalls/%1").arg(id), m_token).json[QStringLiteral("firewall")][QStringLiteral("applied_to")].toArray().size();
    };
    QTRY_COMPARE(appliedCount(), 1);
    const HttpResult rules = m_http->send("POST", QStringLiteral("/firewalls/%1/actions/set_rules").arg(id), m_token,
                                          {{QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("direction"), QStringLiteral("in")},
                                                                                          {QStringLiteral("protocol"), QStringLiteral("icmp")},
                                                                                          {QStringLiteral("source_ips"), QJsonArray{QStringLiteral("::/0")}}}}}});
    QCOMPARE(rules.status, 201);
    QVERIFY(fits(rules, QStringLiteral("/firewalls/{id}/actions/set_rules"), "post", QStringLiteral("201")));
    QTRY_VERIFY(m_http->get(QStringLiteral("/firewalls/%1").arg(id), m_token).json[QStringLiteral("firewall")][QStringLiteral("rules")].toArray().size() == 1);
    const HttpResult selector = m_http->send(
        "POST", QStringLiteral("/firewalls/%1/actions/apply_to_resources").arg(id), m_token,
        {{QStringLiteral("apply_to"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("label_selector")},
                                                             {QStringLiteral("label_selector"), QJsonObject{{QStringLiteral("selector"), QStringLiteral("a=b")}}}}}}});
    QCOMPARE(selector.status, 201);
    QVERIFY(fits(selector, QStringLiteral("/firewalls/{id}/actions/apply_to_resources"), "post", QStringLiteral("201")));
    // Once applied, the firewall and the server show it.
    QTRY_COMPARE(appliedCount(), 2);
    QVERIFY(fits(m_http->get(QStringLiteral("/firewalls/%1").arg(id), m_token), QStringLiteral("/firewalls/{id}"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(QStringLiteral("/servers/%1").arg(server), m_token), QStringLiteral("/servers/{id}"), "get", QStringLiteral("200")));

    const HttpResult managed = m_http->send("POST", QStringLiteral("/certificates"), m_token,
                                            {{QStringLiteral("name"), QStringLiteral("spec-managed")},
                                             {QStringLiteral("type"), QStringLiteral("managed")},
                                             {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("spec.example.com")}}});
    QCOMPARE(managed.status, 201);
    QVERIFY(fits(managed, QStringLiteral("/certificates"), "post", QStringLiteral("201")));
}

void TestSimSpec::floatingIpWritesFitTheSpec()
{
    // With a server, so the answer carries the assign action too.
    const HttpResult created = m_http->send("POST", QStringLiteral("/floating_ips"), m_token,
                                            {{QStringLiteral("type"), QStringLiteral("ipv6")},
                                             {QStringLiteral("name"), QStringLiteral("spec")},
                                             {QStringLiteral("server"), m_serverId}});
    QCOMPARE(created.status, 201);
    QVERIFY(created.json[QStringLiteral("action")].isObject());
    QStringList problems = m_checker->check(
        created.json, m_checker->responseSchema(QStringLiteral("/floating_ips"), QStringLiteral("post"), QStringLiteral("201")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const qint64 id = created.json[QStringLiteral("floating_ip")][QStringLiteral("id")].toInteger();
    const HttpResult updated = m_http->send("PUT", QStringLiteral("/floating_ips/%1").arg(id), m_token,
                                            {{QStringLiteral("description"), QStringLiteral("spec IP")}});
    problems = m_checker->check(updated.json, m_checker->responseSchema(QStringLiteral("/floating_ips/{id}"),
                                                                       QStringLiteral("put"), QStringLiteral("200")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSimSpec::primaryIpWritesFitTheSpec()
{
    const HttpResult created = m_http->send("POST", QStringLiteral("/primary_ips"), m_token,
                                            {{QStringLiteral("type"), QStringLiteral("ipv4")},
                                             {QStringLiteral("name"), QStringLiteral("spec")},
                                             {QStringLiteral("location"), QStringLiteral("fsn1")}});
    QCOMPARE(created.status, 201);
    // Announced in the spec's prose, not yet in its enum.
    QCOMPARE(created.json[QStringLiteral("primary_ip")][QStringLiteral("assignee_type")].toString(), QStringLiteral("unassigned"));
    QStringList problems = m_checker->check(
        created.json, m_checker->responseSchema(QStringLiteral("/primary_ips"), QStringLiteral("post"), QStringLiteral("201")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const qint64 id = created.json[QStringLiteral("primary_ip")][QStringLiteral("id")].toInteger();
    const HttpResult updated = m_http->send("PUT", QStringLiteral("/primary_ips/%1").arg(id), m_token,
                                            {{QStringLiteral("auto_delete"), true}});
    problems = m_checker->check(updated.json, m_checker->responseSchema(QStringLiteral("/primary_ips/{id}"),
                                                                       QStringLiteral("put"), QStringLiteral("200")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSimSpec::networkAndLoadBalancerWritesFitTheSpec()
{
    const HttpResult network = m_http->send(
        "POST", QStringLiteral("/networks"), m_token,
        {{QStringLiteral("name"), QStringLiteral("spec-net")},
         {QStringLiteral("ip_range"), QStringLiteral("10.50.0.0/16")},
         {QStringLiteral("subnets"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud")},
                                                            {QStringLiteral("network_zone"), QStringLiteral("eu-central")}}}},
         {QStringLiteral("routes"), QJsonArray{QJsonObject{{QStringLiteral("destination"), QStringLiteral("10.60.0.0/24")},
                                                           {QStringLiteral("gateway"), QStringLiteral("10.50.0.9")}}}}});
    QCOMPARE(network.status, 201);
    QVERIFY(fits(network, QStringLiteral("/networks"), "post", QStringLiteral("201")));
    const qint64 networkId = network.json[QStringLiteral("network")][QStringLiteral("id")].toInteger();
    const HttpResult route = m_http->send("POST", QStringLiteral("/networks/%1/actions/add_route").arg(networkId), m_token,
                                          {{QStringLiteral("destination"), QStringLiteral("10.61.0.0/24")},
                                           {QStringLiteral("gateway"), QStringLiteral("10.50.0.9")}});
    QCOMPARE(route.status, 201);
    QVERIFY(fits(route, QStringLiteral("/networks/{id}/actions/add_route"), "post", QStringLiteral("201")));

    const HttpResult lb = m_http->send(
        "POST", QStringLiteral("/load_balancers"), m_token,
        {{QStringLiteral("name"), QStringLiteral("spec-lb")},
         {QStringLiteral("load_balancer_type"), QStringLiteral("lb11")},
         {QStringLiteral("location"), QStringLiteral("nbg1")},
         {QStringLiteral("services"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("http")}},
                                                 QJsonObject{{QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("listen_port"), 22}}}},
         {QStringLiteral("targets"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                                                            {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), m_serverId}}}},
                                                QJsonObject{{QStringLiteral("type"), QStringLiteral("ip")},
                                                            {QStringLiteral("ip"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("192.0.2.9")}}}}}}});
    QCOMPARE(lb.status, 201);
    QVERIFY(fits(lb, QStringLiteral("/load_balancers"), "post", QStringLiteral("201")));
    const qint64 lbId = lb.json[QStringLiteral("load_balancer")][QStringLiteral("id")].toInteger();
    QVERIFY(fits(m_http->get(QStringLiteral("/load_balancers/%1").arg(lbId), m_token), QStringLiteral("/load_balancers/{id}"), "get", QStringLiteral("200")));
}

void TestSimSpec::imageUpdateFitsTheSpec()
{
    const qint64 id = m_http->get(QStringLiteral("/images?type=backup"), m_token).json[QStringLiteral("images")][0][QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    const HttpResult updated = m_http->send("PUT", QStringLiteral("/images/%1").arg(id), m_token,
                                            {{QStringLiteral("description"), QStringLiteral("kept")}, {QStringLiteral("type"), QStringLiteral("snapshot")}});
    QCOMPARE(updated.status, 200);
    QVERIFY(fits(updated, QStringLiteral("/images/{id}"), "put", QStringLiteral("200")));
    const HttpResult protection = m_http->send("POST", QStringLiteral("/images/%1/actions/change_protection").arg(id), m_token,
                                               {{QStringLiteral("delete"), true}});
    QCOMPARE(protection.status, 201);
    QVERIFY(fits(protection, QStringLiteral("/images/{id}/actions/change_protection"), "post", QStringLiteral("201")));
}

QTEST_GUILESS_MAIN(TestSimSpec)
#include "tst_simspec.moc"
