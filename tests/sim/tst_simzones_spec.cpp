// Every zone and rrset answer of the simulator against the official 3.1
// spec of the Cloud API, with the checker tst_simspec uses.

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

namespace {

// 3.1 writes `type: [X, "null"]` and `const`; the 3.0 words for them are
// `nullable` and a one-value `enum`. Rewritten here so the checker reads
// either edition; on a checker that knows 3.1 it changes nothing it checks.
QJsonValue as30(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(as30(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == QLatin1String("type") && it.value().isArray()) {
            QJsonArray types = it.value().toArray();
            for (qsizetype i = types.size() - 1; i >= 0; --i) {
                if (types.at(i).toString() == QLatin1String("null")) {
                    types.removeAt(i);
                    out.insert(QStringLiteral("nullable"), true);
                }
            }
            if (types.size() == 1)
                out.insert(QStringLiteral("type"), types.first());
        } else if (it.key() == QLatin1String("const")) {
            out.insert(QStringLiteral("enum"), QJsonArray{it.value()});
        } else {
            out.insert(it.key(), as30(it.value()));
        }
    }
    return out;
}

}  // namespace

class TestSimZonesSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void zoneReadsFitTheSpec();
    void zoneWritesFitTheSpec();
    void rrsetWritesFitTheSpec();
    void errorsFitTheSpec();

private:
    bool fits(const HttpResult &r, const QString &specPath, const char *method, const QString &status);
    HttpResult post(const QString &path, const QJsonObject &body) { return m_http->send("POST", path, m_token, body); }

    std::unique_ptr<OpenApiChecker> m_checker;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<SimHttp> m_http;
    QString m_token = testToken('q');
};

void TestSimZonesSpec::initTestCase()
{
    QJsonObject spec;
    HCLOUD_LOAD_OPENAPI(spec, testing::OpenApiFile::Cloud);
    m_checker = std::make_unique<OpenApiChecker>(as30(spec).toObject());
    SimOptions options{{SimProjectSpec(m_token, 1, 5)}, 0};
    options.actionMs = 0;
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen(0));
    m_http = std::make_unique<SimHttp>(m_sim->endpoint());
}

bool TestSimZonesSpec::fits(const HttpResult &r, const QString &specPath, const char *method, const QString &status)
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

void TestSimZonesSpec::zoneReadsFitTheSpec()
{
    QVERIFY(fits(m_http->get(QStringLiteral("/zones"), m_token), QStringLiteral("/zones"), "get", QStringLiteral("200")));
    for (const char *zone : {"example.com", "example.net", "1"})
        QVERIFY(fits(m_http->get(QStringLiteral("/zones/") + QLatin1String(zone), m_token), QStringLiteral("/zones/{id_or_name}"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->get(QStringLiteral("/zones/example.com/zonefile"), m_token), QStringLiteral("/zones/{id_or_name}/zonefile"), "get", QStringLiteral("200")));
    for (int page = 1; page <= 2; ++page) {
        QVERIFY(fits(m_http->get(QStringLiteral("/zones/example.com/rrsets?page=%1").arg(page), m_token), QStringLiteral("/zones/{id_or_name}/rrsets"), "get",
                     QStringLiteral("200")));
    }
    QVERIFY(fits(m_http->get(QStringLiteral("/zones/example.com/rrsets/www/A"), m_token), QStringLiteral("/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}"), "get",
                 QStringLiteral("200")));
}

void TestSimZonesSpec::zoneWritesFitTheSpec()
{
    const QJsonObject rrset{{QStringLiteral("name"), QStringLiteral("www")}, {QStringLiteral("type"), QStringLiteral("A")},
                            {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.3")}}}}};
    QVERIFY(fits(post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("spec.de")}, {QStringLiteral("mode"), QStringLiteral("primary")},
                                                 {QStringLiteral("rrsets"), QJsonArray{rrset}}}),
                 QStringLiteral("/zones"), "post", QStringLiteral("201")));
    const QJsonArray primaries{QJsonObject{{QStringLiteral("address"), QStringLiteral("203.0.113.53")},
                                           {QStringLiteral("tsig_key"), QStringLiteral("c2VjcmV0")},
                                           {QStringLiteral("tsig_algorithm"), QStringLiteral("hmac-sha256")}}};
    QVERIFY(fits(post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("spec2.de")}, {QStringLiteral("mode"), QStringLiteral("secondary")},
                                                 {QStringLiteral("primary_nameservers"), primaries}}),
                 QStringLiteral("/zones"), "post", QStringLiteral("201")));
    QVERIFY(fits(m_http->send("PUT", QStringLiteral("/zones/spec.de"), m_token, {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}}),
                 QStringLiteral("/zones/{id_or_name}"), "put", QStringLiteral("200")));
    const QString actions = QStringLiteral("/zones/{id_or_name}/actions/");
    QVERIFY(fits(post(QStringLiteral("/zones/spec.de/actions/change_ttl"), {{QStringLiteral("ttl"), 600}}), actions + QStringLiteral("change_ttl"), "post",
                 QStringLiteral("201")));
    QVERIFY(fits(post(QStringLiteral("/zones/spec.de/actions/change_protection"), {{QStringLiteral("delete"), false}}), actions + QStringLiteral("change_protection"),
                 "post", QStringLiteral("201")));
    const QString zonefile = m_http->get(QStringLiteral("/zones/spec.de/zonefile"), m_token).json[QStringLiteral("zonefile")].toString();
    QVERIFY(fits(post(QStringLiteral("/zones/spec.de/actions/import_zonefile"), {{QStringLiteral("zonefile"), zonefile}}), actions + QStringLiteral("import_zonefile"),
                 "post", QStringLiteral("201")));
    QVERIFY(fits(post(QStringLiteral("/zones/spec2.de/actions/change_primary_nameservers"), {{QStringLiteral("primary_nameservers"), primaries}}),
                 actions + QStringLiteral("change_primary_nameservers"), "post", QStringLiteral("201")));
    // While the zone updates, and after.
    QVERIFY(fits(m_http->get(QStringLiteral("/zones/spec2.de"), m_token), QStringLiteral("/zones/{id_or_name}"), "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->send("DELETE", QStringLiteral("/zones/spec2.de"), m_token), QStringLiteral("/zones/{id_or_name}"), "delete", QStringLiteral("201")));
}

void TestSimZonesSpec::rrsetWritesFitTheSpec()
{
    const QString one = QStringLiteral("/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}");
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("spec")}, {QStringLiteral("type"), QStringLiteral("TXT")}, {QStringLiteral("ttl"), 300},
                           {QStringLiteral("records"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("\"one\"")}, {QStringLiteral("comment"), QStringLiteral("c")}}}}};
    QVERIFY(fits(post(QStringLiteral("/zones/example.com/rrsets"), body), QStringLiteral("/zones/{id_or_name}/rrsets"), "post", QStringLiteral("201")));
    QVERIFY(fits(m_http->send("PUT", QStringLiteral("/zones/example.com/rrsets/spec/TXT"), m_token, {{QStringLiteral("labels"), QJsonObject()}}), one, "put",
                 QStringLiteral("200")));
    const QString base = QStringLiteral("/zones/example.com/rrsets/spec/TXT/actions/");
    const QJsonArray records{QJsonObject{{QStringLiteral("value"), QStringLiteral("\"two\"")}, {QStringLiteral("comment"), QStringLiteral("d")}}};
    QVERIFY(fits(post(base + QStringLiteral("add_records"), {{QStringLiteral("records"), records}, {QStringLiteral("ttl"), 600}}), one + QStringLiteral("/actions/add_records"),
                 "post", QStringLiteral("201")));
    QVERIFY(fits(post(base + QStringLiteral("update_records"), {{QStringLiteral("records"), records}}), one + QStringLiteral("/actions/update_records"), "post",
                 QStringLiteral("200")));
    QVERIFY(fits(post(base + QStringLiteral("remove_records"), {{QStringLiteral("records"), records}}), one + QStringLiteral("/actions/remove_records"), "post",
                 QStringLiteral("201")));
    QVERIFY(fits(post(base + QStringLiteral("set_records"), {{QStringLiteral("records"), records}}), one + QStringLiteral("/actions/set_records"), "post",
                 QStringLiteral("201")));
    QVERIFY(fits(post(base + QStringLiteral("change_ttl"), {{QStringLiteral("ttl"), QJsonValue()}}), one + QStringLiteral("/actions/change_ttl"), "post",
                 QStringLiteral("201")));
    QVERIFY(fits(post(base + QStringLiteral("change_protection"), {{QStringLiteral("change"), false}}), one + QStringLiteral("/actions/change_protection"), "post",
                 QStringLiteral("201")));
    QVERIFY(fits(m_http->get(QStringLiteral("/zones/example.com/rrsets/spec/TXT"), m_token), one, "get", QStringLiteral("200")));
    QVERIFY(fits(m_http->send("DELETE", QStringLiteral("/zones/example.com/rrsets/spec/TXT"), m_token), one, "delete", QStringLiteral("201")));
}

void TestSimZonesSpec::errorsFitTheSpec()
{
    struct Case
    {
        HttpResult reply;
        QString path;
        const char *method;
    };
    const QVector<Case> cases{
        {m_http->get(QStringLiteral("/zones/nowhere.de"), m_token), QStringLiteral("/zones/{id_or_name}"), "get"},
        {m_http->get(QStringLiteral("/zones/example.net/rrsets"), m_token), QStringLiteral("/zones/{id_or_name}/rrsets"), "get"},
        {post(QStringLiteral("/zones"), {{QStringLiteral("name"), QStringLiteral("a.b.c.de")}}), QStringLiteral("/zones"), "post"},
        {post(QStringLiteral("/zones/example.com/actions/import_zonefile"), {{QStringLiteral("zonefile"), QStringLiteral("www IN A nope\n")}}),
         QStringLiteral("/zones/{id_or_name}/actions/import_zonefile"), "post"},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.reply.status >= 400 && c.reply.status < 500, c.reply.body.constData());
        QVERIFY(fits(c.reply, c.path, c.method, QStringLiteral("4xx")));
    }
}

QTEST_GUILESS_MAIN(TestSimZonesSpec)
#include "tst_simzones_spec.moc"
