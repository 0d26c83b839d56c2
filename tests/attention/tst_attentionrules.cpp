// What needs attention, worked out from lists as the API sends them: each
// reason the issue names, what does not count, and the monthly cost of what
// is idle, priced from the simulator's /pricing.
#include "core/attention/attentionrules.h"
#include "core/projects/costestimate.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QString ts(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QJsonObject server(qint64 id, const QString &name, QJsonObject extra = {})
{
    QJsonObject s{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("status"), QStringLiteral("running")},
                  {QStringLiteral("location"), QJsonObject{{QStringLiteral("name"), QStringLiteral("fsn1")}}},
                  {QStringLiteral("server_type"), QJsonObject{{QStringLiteral("name"), QStringLiteral("cx22")},
                                                              {QStringLiteral("deprecation"), QJsonValue()}}},
                  {QStringLiteral("image"), QJsonObject{{QStringLiteral("name"), QStringLiteral("debian-12")},
                                                        {QStringLiteral("description"), QStringLiteral("Debian 12")},
                                                        {QStringLiteral("deprecated"), QJsonValue()}}},
                  {QStringLiteral("backup_window"), QJsonValue()},
                  {QStringLiteral("labels"), QJsonObject()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QList<AttentionItem::Reason> reasonsOf(const QVector<AttentionItem> &items, qint64 id)
{
    QList<AttentionItem::Reason> reasons;
    for (const AttentionItem &i : items) {
        if (i.id == id)
            reasons.append(i.reason);
    }
    return reasons;
}
} // namespace

class TestAttentionRules : public QObject
{
    Q_OBJECT
private slots:
    void nothingWhenAllIsWell();
    void failedActionsOfTheLastDay();
    void unhealthyTargets();
    void certificates();
    void deprecatedTypesAndImages();
    void backupsAskedForByLabel();
    void idleThingsWithTheirCost();
};

void TestAttentionRules::nothingWhenAllIsWell()
{
    AttentionInput input;
    input.now = kNow;
    input.objects.insert(QStringLiteral("servers"), {server(1, QStringLiteral("web-1"))});
    input.objects.insert(QStringLiteral("volumes"),
                         {QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("data")},
                                      {QStringLiteral("server"), 1}}});
    QVERIFY(findAttention(input).isEmpty());
}

void TestAttentionRules::failedActionsOfTheLastDay()
{
    AttentionInput input;
    input.now = kNow;
    auto action = [](qint64 id, const QString &status, const QDateTime &finished) {
        ActionState a;
        a.id = id;
        a.command = QStringLiteral("rebuild_server");
        a.status = status;
        a.started = finished.addSecs(-60);
        a.finished = finished;
        a.resources = QJsonArray{QJsonObject{{QStringLiteral("id"), 42}, {QStringLiteral("type"), QStringLiteral("server")}}};
        a.error.code = QStringLiteral("image_unavailable");
        a.error.message = QStringLiteral("image not available");
        return a;
    };
    input.actions = {action(1, QStringLiteral("error"), kNow.addSecs(-3600)),
                     action(2, QStringLiteral("error"), kNow.addDays(-2)),
                     action(3, QStringLiteral("success"), kNow.addSecs(-60))};
    input.serverNames.insert(42, QStringLiteral("web-3"));
    const QVector<AttentionItem> items = findAttention(input);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().reason, AttentionItem::Reason::FailedAction);
    QCOMPARE(items.first().kind, QStringLiteral("servers"));
    QCOMPARE(items.first().id, 42);
    QCOMPARE(items.first().name, QStringLiteral("web-3"));
    QVERIFY(items.first().text.contains(QStringLiteral("image not available")));
    QVERIFY(items.first().text.contains(QStringLiteral("image_unavailable")));
}

void TestAttentionRules::unhealthyTargets()
{
    auto health = [](const QString &status) {
        return QJsonArray{QJsonObject{{QStringLiteral("listen_port"), 80}, {QStringLiteral("status"), status}}};
    };
    AttentionInput input;
    input.now = kNow;
    input.objects.insert(
        QStringLiteral("load_balancers"),
        {QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("name"), QStringLiteral("lb-web")},
                     {QStringLiteral("targets"),
                      QJsonArray{QJsonObject{{QStringLiteral("health_status"), health(QStringLiteral("healthy"))}},
                                 QJsonObject{{QStringLiteral("health_status"), health(QStringLiteral("unhealthy"))}}}}},
         QJsonObject{{QStringLiteral("id"), 8}, {QStringLiteral("name"), QStringLiteral("lb-ok")},
                     {QStringLiteral("targets"),
                      QJsonArray{QJsonObject{{QStringLiteral("health_status"), health(QStringLiteral("healthy"))}}}}}});
    const QVector<AttentionItem> items = findAttention(input);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().id, 7);
    QCOMPARE(items.first().reason, AttentionItem::Reason::UnhealthyTarget);
    QVERIFY(items.first().text.contains(QStringLiteral("1 target")));
}

void TestAttentionRules::certificates()
{
    auto cert = [](qint64 id, const QString &issuance, const QDateTime &until) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), QStringLiteral("cert-%1").arg(id)},
                           {QStringLiteral("status"), QJsonObject{{QStringLiteral("issuance"), issuance},
                                                                  {QStringLiteral("renewal"), QStringLiteral("unavailable")}}},
                           {QStringLiteral("not_valid_after"), until.isValid() ? QJsonValue(ts(until)) : QJsonValue()}};
    };
    AttentionInput input;
    input.now = kNow;
    input.objects.insert(QStringLiteral("certificates"),
                         {cert(1, QStringLiteral("failed"), {}), cert(2, QStringLiteral("completed"), kNow.addDays(10)),
                          cert(3, QStringLiteral("completed"), kNow.addDays(31)),
                          cert(4, QStringLiteral("completed"), kNow.addDays(-1))});
    const QVector<AttentionItem> items = findAttention(input);
    QCOMPARE(reasonsOf(items, 1), {AttentionItem::Reason::CertificateFailed});
    QCOMPARE(reasonsOf(items, 2), {AttentionItem::Reason::CertificateExpires});
    for (const AttentionItem &i : items) {
        if (i.id == 2)
            QVERIFY2(i.text.contains(QStringLiteral("10 day")), qPrintable(i.text));
    }
    QVERIFY(reasonsOf(items, 3).isEmpty());
    QCOMPARE(reasonsOf(items, 4), {AttentionItem::Reason::CertificateExpires});
}

void TestAttentionRules::deprecatedTypesAndImages()
{
    const QJsonObject deprecation{{QStringLiteral("announced"), ts(kNow.addDays(-30))},
                                  {QStringLiteral("unavailable_after"), ts(kNow.addDays(60))}};
    AttentionInput input;
    input.now = kNow;
    input.objects.insert(
        QStringLiteral("servers"),
        {server(1, QStringLiteral("old-type"),
                {{QStringLiteral("server_type"), QJsonObject{{QStringLiteral("name"), QStringLiteral("cpx11")},
                                                             {QStringLiteral("deprecation"), deprecation}}}}),
         server(2, QStringLiteral("old-image"),
                {{QStringLiteral("image"), QJsonObject{{QStringLiteral("name"), QStringLiteral("debian-11")},
                                                       {QStringLiteral("description"), QStringLiteral("Debian 11")},
                                                       {QStringLiteral("deprecated"), ts(kNow.addDays(-5))}}}}),
         server(3, QStringLiteral("fine"))});
    const QVector<AttentionItem> items = findAttention(input);
    QCOMPARE(reasonsOf(items, 1), {AttentionItem::Reason::DeprecatedServerType});
    QCOMPARE(reasonsOf(items, 2), {AttentionItem::Reason::DeprecatedImage});
    QVERIFY(reasonsOf(items, 3).isEmpty());
    for (const AttentionItem &i : items)
        QCOMPARE(i.kind, QStringLiteral("servers"));
}

void TestAttentionRules::backupsAskedForByLabel()
{
    AttentionInput input;
    input.now = kNow;
    const QJsonObject weekly{{QStringLiteral("backup_window"), QStringLiteral("22-02")},
                             {QStringLiteral("labels"), QJsonObject{{QStringLiteral("backup"), QStringLiteral("daily")}}}};
    input.objects.insert(
        QStringLiteral("servers"),
        {server(1, QStringLiteral("asks"), {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("backup"), QString()}}}}),
         server(2, QStringLiteral("has"), weekly),
         server(3, QStringLiteral("says-no"),
                {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("backup"), QStringLiteral("false")}}}}),
         server(4, QStringLiteral("other-key"),
                {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("snapshots"), QStringLiteral("yes")}}}})});
    QVector<AttentionItem> items = findAttention(input);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().id, 1);
    QCOMPARE(items.first().reason, AttentionItem::Reason::BackupsMissing);
    // The label key is a setting.
    input.backupLabel = QStringLiteral("snapshots");
    items = findAttention(input);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().id, 4);
}

void TestAttentionRules::idleThingsWithTheirCost()
{
    const QString token = testToken('q');
    hcloud::sim::SimServer simulator(hcloud::sim::SimOptions{{{token, 1, 1}}, 0, 0});
    QVERIFY(simulator.listen(0));
    SimHttp http(simulator.endpoint());
    const QJsonObject pricing = http.get(QStringLiteral("/pricing"), token).json.value(QLatin1String("pricing")).toObject();
    QVERIFY(!pricing.isEmpty());

    AttentionInput input;
    input.now = kNow;
    input.pricing = pricing;
    const QJsonObject location{{QStringLiteral("name"), QStringLiteral("fsn1")}};
    const QJsonObject idleVolume{{QStringLiteral("id"), 10}, {QStringLiteral("name"), QStringLiteral("old-data")},
                                 {QStringLiteral("server"), QJsonValue()}, {QStringLiteral("size"), 100},
                                 {QStringLiteral("location"), location}};
    input.objects.insert(QStringLiteral("volumes"),
                         {idleVolume, QJsonObject{{QStringLiteral("id"), 11}, {QStringLiteral("name"), QStringLiteral("used")},
                                                  {QStringLiteral("server"), 1}, {QStringLiteral("size"), 10},
                                                  {QStringLiteral("location"), location}}});
    input.objects.insert(QStringLiteral("floating_ips"),
                         {QJsonObject{{QStringLiteral("id"), 20}, {QStringLiteral("ip"), QStringLiteral("203.0.113.9")},
                                      {QStringLiteral("type"), QStringLiteral("ipv4")}, {QStringLiteral("server"), QJsonValue()},
                                      {QStringLiteral("home_location"), location}}});
    input.objects.insert(QStringLiteral("primary_ips"),
                         {QJsonObject{{QStringLiteral("id"), 30}, {QStringLiteral("name"), QStringLiteral("spare-ip")},
                                      {QStringLiteral("ip"), QStringLiteral("203.0.113.10")}, {QStringLiteral("type"), QStringLiteral("ipv4")},
                                      {QStringLiteral("assignee_id"), QJsonValue()}, {QStringLiteral("location"), location}},
                          QJsonObject{{QStringLiteral("id"), 31}, {QStringLiteral("name"), QStringLiteral("used-ip")},
                                      {QStringLiteral("type"), QStringLiteral("ipv4")}, {QStringLiteral("assignee_id"), 1},
                                      {QStringLiteral("location"), location}}});
    input.objects.insert(QStringLiteral("images"),
                         {QJsonObject{{QStringLiteral("id"), 40}, {QStringLiteral("type"), QStringLiteral("snapshot")},
                                      {QStringLiteral("description"), QStringLiteral("before upgrade")},
                                      {QStringLiteral("image_size"), 4.5}, {QStringLiteral("created"), ts(kNow.addDays(-120))}},
                          QJsonObject{{QStringLiteral("id"), 41}, {QStringLiteral("type"), QStringLiteral("snapshot")},
                                      {QStringLiteral("image_size"), 4.5}, {QStringLiteral("created"), ts(kNow.addDays(-10))}},
                          QJsonObject{{QStringLiteral("id"), 42}, {QStringLiteral("type"), QStringLiteral("system")},
                                      {QStringLiteral("created"), ts(kNow.addDays(-900))}}});
    const QVector<AttentionItem> items = findAttention(input);
    QCOMPARE(reasonsOf(items, 10), {AttentionItem::Reason::VolumeUnattached});
    QVERIFY(reasonsOf(items, 11).isEmpty());
    QCOMPARE(reasonsOf(items, 20), {AttentionItem::Reason::FloatingIpUnassigned});
    QCOMPARE(reasonsOf(items, 30), {AttentionItem::Reason::PrimaryIpUnassigned});
    QVERIFY(reasonsOf(items, 31).isEmpty());
    QCOMPARE(reasonsOf(items, 40), {AttentionItem::Reason::OldSnapshot});
    QVERIFY(reasonsOf(items, 41).isEmpty());
    QVERIFY(reasonsOf(items, 42).isEmpty());
    for (const AttentionItem &i : items) {
        // Each with what it costs, as the project's estimate counts it.
        QVERIFY2(i.monthly > 0, qPrintable(i.name));
        const CostEstimate alone = CostEstimate::of(pricing, CostEstimate::groupsOf({{i.kind, {[&] {
            for (const QJsonObject &o : input.objects.value(i.kind)) {
                if (o.value(QLatin1String("id")).toInteger() == i.id)
                    return o;
            }
            return QJsonObject();
        }()}}}));
        QCOMPARE(i.monthly, alone.monthly);
        QCOMPARE(i.currency, pricing.value(QLatin1String("currency")).toString());
    }
    QCOMPARE(items.constFirst().name, QStringLiteral("old-data"));
}

QTEST_GUILESS_MAIN(TestAttentionRules)
#include "tst_attentionrules.moc"
