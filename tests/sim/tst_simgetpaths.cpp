// Every GET path of the official Cloud API spec (3.1, 2026-07-08) is served:
// walked with ids that exist, each answers 200, or 410 where the spec marks
// the endpoint deprecated, and the answer fits the path's response schema.
// DNS zones (/zones...) have their own tests.
#include "tests/sim/kindaction.h"
#include "tests/support/openapi.h"
#include "tests/sim/openapichecker.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace hcloud::sim;

class TestSimGetPaths : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyGetPathIsServed_data();
    void everyGetPathIsServed();
    void unknownPathsStillAnswer404();

private:
    // The spec path with its {id}/{action_id} filled in, plus required query values.
    QString concrete(const QString &specPath, const QJsonObject &operation) const;

    QJsonObject m_spec;
    std::unique_ptr<OpenApiChecker> m_checker;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<SimHttp> m_http;
    QString m_token = testToken('g');
    QHash<QString, qint64> m_resource;  // kind -> an id of it
    QHash<QString, qint64> m_action;    // kind -> an action of that resource
};

void TestSimGetPaths::initTestCase()
{
    HCLOUD_LOAD_OPENAPI(m_spec, testing::OpenApiFile::Cloud);
    m_checker = std::make_unique<OpenApiChecker>(m_spec);
    // As in tst_simspec: sent for http services too, documented for https only.
    for (const char *key : {"certificates", "redirect_http"})
        m_checker->tolerate(QStringLiteral("\\.services\\[\\d+\\]\\.http$"), QString::fromLatin1(key));

    SimOptions options;
    options.projects = {{m_token, 30, 3}};
    options.actionMs = 0;
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen());
    m_http = std::make_unique<SimHttp>(m_sim->endpoint());

    // One resource of every kind the paths name, with an action where it has actions.
    const QJsonObject paths = m_spec[QStringLiteral("paths")].toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList segments = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString kind = segments.first();
        if (kind == QLatin1String("zones") || m_resource.contains(kind) || kind == QLatin1String("actions"))
            continue;
        if (paths.contains(QStringLiteral("/%1/{id}/actions/{action_id}").arg(kind))) {
            const auto [resource, action] = startKindAction(*m_http, m_token, kind);
            QVERIFY2(resource > 0 && action > 0, qPrintable(kind));
            m_resource.insert(kind, resource);
            m_action.insert(kind, action);
        } else if (paths.contains(QStringLiteral("/%1/{id}").arg(kind))) {
            const HttpResult list = m_http->get(QLatin1Char('/') + kind, m_token);
            if (list.status == 410) {  // deprecated and gone today: any id answers 410
                m_resource.insert(kind, 1);
                continue;
            }
            const QJsonArray items = list.json[kind].toArray();
            QVERIFY2(!items.isEmpty(), qPrintable(kind));
            m_resource.insert(kind, items.first()[QStringLiteral("id")].toInteger());
        }
    }
}

QString TestSimGetPaths::concrete(const QString &specPath, const QJsonObject &operation) const
{
    QStringList segments = specPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString kind = segments.first();
    const qint64 anyAction = m_action.value(QStringLiteral("servers"));
    for (int i = 1; i < segments.size(); ++i) {
        if (segments[i] == QLatin1String("{action_id}"))
            segments[i] = QString::number(m_action.value(kind));
        else if (segments[i] == QLatin1String("{id}") && kind == QLatin1String("actions"))
            segments[i] = QString::number(anyAction);
        else if (segments[i] == QLatin1String("{id}") && segments[i - 1] == QLatin1String("actions"))
            segments[i] = QString::number(m_action.value(kind));
        else if (segments[i] == QLatin1String("{id}"))
            segments[i] = QString::number(m_resource.value(kind));
    }
    QStringList query;
    for (const QJsonValue &parameter : operation[QStringLiteral("parameters")].toArray()) {
        if (parameter[QStringLiteral("in")] != QLatin1String("query") || !parameter[QStringLiteral("required")].toBool())
            continue;
        const QString name = parameter[QStringLiteral("name")].toString();
        if (name == QLatin1String("id"))
            query.append(QStringLiteral("id=%1").arg(anyAction));
        else if (name == QLatin1String("start"))
            query.append(QStringLiteral("start=2026-11-30T10:00:00Z"));
        else if (name == QLatin1String("end"))
            query.append(QStringLiteral("end=2026-11-30T11:00:00Z"));
        else  // an enum, such as the metrics type: its first value
            query.append(name + QLatin1Char('=')
                         + parameter[QStringLiteral("schema")][QStringLiteral("items")][QStringLiteral("enum")][0].toString());
    }
    return QLatin1Char('/') + segments.join(QLatin1Char('/')) + (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&')));
}

void TestSimGetPaths::everyGetPathIsServed_data()
{
    QTest::addColumn<QString>("specPath");
    QTest::addColumn<QJsonObject>("operation");
    const QJsonObject paths = m_spec[QStringLiteral("paths")].toObject();
    int count = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject get = it.value()[QStringLiteral("get")].toObject();
        if (get.isEmpty() || it.key().startsWith(QLatin1String("/zones")))
            continue;
        QTest::newRow(qPrintable(it.key())) << it.key() << get;
        ++count;
    }
    // The 3.1 spec of 2026-07-08 has 73 GET paths outside /zones.
    QVERIFY2(count >= 73, qPrintable(QString::number(count)));
}

void TestSimGetPaths::everyGetPathIsServed()
{
    QFETCH(QString, specPath);
    QFETCH(QJsonObject, operation);
    const QString path = concrete(specPath, operation);
    const HttpResult r = m_http->get(path, m_token);
    if (r.status == 410 && operation[QStringLiteral("deprecated")].toBool()) {
        QCOMPARE(r.errorCode(), QStringLiteral("deprecated_api_endpoint"));
        return;
    }
    QVERIFY2(r.status == 200, qPrintable(QStringLiteral("%1 -> %2 %3").arg(path).arg(r.status).arg(QString::fromUtf8(r.body.left(200)))));
    QVERIFY(!r.json.isEmpty());
    const QJsonObject schema = m_checker->responseSchema(specPath, QStringLiteral("get"), QStringLiteral("200"));
    QVERIFY(!schema.isEmpty());
    const QStringList problems = m_checker->check(r.json, schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestSimGetPaths::unknownPathsStillAnswer404()
{
    // The walk can fail: a path the spec does not have is not served.
    const HttpResult r = m_http->get(QStringLiteral("/placement_groups/actions"), m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestSimGetPaths)
#include "tst_simgetpaths.moc"
