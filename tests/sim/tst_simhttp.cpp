// The simulator over real loopback HTTP, checked with a plain
// QNetworkAccessManager: pagination and Link, filters, sorting, errors,
// rate limit headers, determinism and project separation.

#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {

const int serverCount = 60;

QVector<qint64> idsOf(const QJsonArray &items)
{
    QVector<qint64> ids;
    for (const auto &item : items)
        ids.append(item[QStringLiteral("id")].toInteger());
    return ids;
}

QStringList namesOf(const QJsonArray &items)
{
    QStringList names;
    for (const auto &item : items)
        names.append(item[QStringLiteral("name")].toString());
    return names;
}

// rel -> URL from a Link header.
QHash<QString, QUrl> parseLinks(const QByteArray &header)
{
    QHash<QString, QUrl> links;
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>;\\s*rel=\"([a-z]+)\""));
    auto it = entry.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const auto m = it.next();
        links.insert(m.captured(2), QUrl(m.captured(1)));
    }
    return links;
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

}  // namespace

class TestSimHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void paginationMetaAndLinks();
    void perPageIsClampedAndValidated();
    void pageBeyondTheEnd();
    void labelSelectorForms_data();
    void labelSelectorForms();
    void plusMeansSpaceInQueries();
    void invalidLabelSelector_data();
    void invalidLabelSelector();
    void statusFilter();
    void sortByOneAndSeveralKeys();
    void invalidSort_data();
    void invalidSort();
    void nameFilter();
    void singleResource();
    void imageFilters();
    void otherCatalogLists();
    void serverTypesPerLocation();
    void deprecatedTypesAndImages();
    void actions();
    void unauthorized_data();
    void unauthorized();
    void notFound_data();
    void notFound();
    void rateLimitHeadersCountDown();
    void rateLimitExhausted();
    void sameSeedSameData();
    void projectsAreSeparate();
    void stateChangesShowInTheApi();

private:
    QJsonArray allServers() { return m_http->all(QStringLiteral("servers"), m_tokenA); }

    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<SimHttp> m_http;
    QString m_tokenA = testToken('a');
    QString m_tokenB = testToken('b');
};

void TestSimHttp::initTestCase()
{
    SimOptions options;
    options.projects = {{m_tokenA, serverCount, 11}, {m_tokenB, 40, 12}};
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen());
    QVERIFY(m_sim->port() != 0);
    QCOMPARE(m_sim->endpoint().toString(), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_sim->port()));
    m_http = std::make_unique<SimHttp>(m_sim->endpoint());
}

void TestSimHttp::cleanupTestCase()
{
    m_http.reset();
    m_sim.reset();
}

void TestSimHttp::paginationMetaAndLinks()
{
    const HttpResult first = m_http->get(QStringLiteral("/servers"), m_tokenA);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("content-type").startsWith("application/json"));
    QCOMPARE(first.json[QStringLiteral("servers")].toArray().size(), 25);
    const QJsonObject meta = first.json[QStringLiteral("meta")][QStringLiteral("pagination")].toObject();
    QCOMPARE(meta[QStringLiteral("page")].toInt(), 1);
    QCOMPARE(meta[QStringLiteral("per_page")].toInt(), 25);
    QVERIFY(meta[QStringLiteral("previous_page")].isNull());
    QCOMPARE(meta[QStringLiteral("next_page")].toInt(), 2);
    QCOMPARE(meta[QStringLiteral("last_page")].toInt(), 3);
    QCOMPARE(meta[QStringLiteral("total_entries")].toInt(), serverCount);

    QHash<QString, QUrl> links = parseLinks(first.header("link"));
    QVERIFY(!links.contains(QStringLiteral("prev")));
    QCOMPARE(QUrlQuery(links.value(QStringLiteral("next"))).queryItemValue(QStringLiteral("page")),
             QStringLiteral("2"));
    QCOMPARE(QUrlQuery(links.value(QStringLiteral("last"))).queryItemValue(QStringLiteral("page")),
             QStringLiteral("3"));

    // Following the Link header walks every server exactly once.
    QVector<qint64> seen = idsOf(first.json[QStringLiteral("servers")].toArray());
    QUrl next = links.value(QStringLiteral("next"));
    HttpResult last;
    while (next.isValid()) {
        last = m_http->getUrl(next, m_tokenA);
        QCOMPARE(last.status, 200);
        seen += idsOf(last.json[QStringLiteral("servers")].toArray());
        links = parseLinks(last.header("link"));
        next = links.value(QStringLiteral("next"));
    }
    QCOMPARE(seen, m_sim->serverIds(0));
    const QJsonObject lastMeta = last.json[QStringLiteral("meta")][QStringLiteral("pagination")].toObject();
    QCOMPARE(lastMeta[QStringLiteral("page")].toInt(), 3);
    QVERIFY(lastMeta[QStringLiteral("next_page")].isNull());
    QCOMPARE(lastMeta[QStringLiteral("previous_page")].toInt(), 2);
    QCOMPARE(last.json[QStringLiteral("servers")].toArray().size(), serverCount - 50);
    QCOMPARE(QUrlQuery(links.value(QStringLiteral("prev"))).queryItemValue(QStringLiteral("page")),
             QStringLiteral("2"));

    // Links keep the other parameters of the request.
    const HttpResult filtered = m_http->get(QStringLiteral("/servers?per_page=5&sort=name"), m_tokenA);
    const QUrlQuery nextQuery(parseLinks(filtered.header("link")).value(QStringLiteral("next")));
    QCOMPARE(nextQuery.queryItemValue(QStringLiteral("per_page")), QStringLiteral("5"));
    QCOMPARE(nextQuery.queryItemValue(QStringLiteral("sort")), QStringLiteral("name"));
}

void TestSimHttp::perPageIsClampedAndValidated()
{
    const HttpResult big = m_http->get(QStringLiteral("/servers?per_page=500"), m_tokenA);
    QCOMPARE(big.status, 200);
    QCOMPARE(big.json[QStringLiteral("servers")].toArray().size(), 50);
    QCOMPARE(
        big.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("per_page")].toInt(),
        50);
    QCOMPARE(
        big.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("last_page")].toInt(),
        2);

    for (const char *bad : {"per_page=0", "per_page=-3", "per_page=abc", "page=0", "page=x"}) {
        const HttpResult r = m_http->get(QStringLiteral("/servers?") + QLatin1String(bad), m_tokenA);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
        const QJsonArray fields
            = r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields[0][QStringLiteral("name")].toString(),
                 QLatin1String(bad).left(QLatin1String(bad).indexOf(QLatin1Char('='))));
    }
}

void TestSimHttp::pageBeyondTheEnd()
{
    const HttpResult r = m_http->get(QStringLiteral("/servers?page=9"), m_tokenA);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json[QStringLiteral("servers")].toArray().isEmpty());
    const QJsonObject meta = r.json[QStringLiteral("meta")][QStringLiteral("pagination")].toObject();
    QVERIFY(meta[QStringLiteral("next_page")].isNull());
    QCOMPARE(meta[QStringLiteral("last_page")].toInt(), 3);
    QCOMPARE(meta[QStringLiteral("total_entries")].toInt(), serverCount);
}

using LabelPredicate = std::function<bool(const QJsonObject &)>;
Q_DECLARE_METATYPE(LabelPredicate)

void TestSimHttp::labelSelectorForms_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<LabelPredicate>("expected");

    auto value = [](const QJsonObject &l, const char *key) { return l.value(QLatin1String(key)).toString(); };
    auto has = [](const QJsonObject &l, const char *key) { return l.contains(QLatin1String(key)); };

    QTest::newRow("k=v") << "env=prod" << LabelPredicate([=](const QJsonObject &l) {
        return value(l, "env") == QLatin1String("prod");
    });
    QTest::newRow("k==v") << "team==data" << LabelPredicate([=](const QJsonObject &l) {
        return value(l, "team") == QLatin1String("data");
    });
    QTest::newRow("k!=v") << "env!=prod" << LabelPredicate([=](const QJsonObject &l) {
        return !has(l, "env") || value(l, "env") != QLatin1String("prod");
    });
    QTest::newRow("k") << "managed-by"
                       << LabelPredicate([=](const QJsonObject &l) { return has(l, "managed-by"); });
    QTest::newRow("!k") << "!team" << LabelPredicate([=](const QJsonObject &l) { return !has(l, "team"); });
    QTest::newRow("in") << "env in (staging,dev)" << LabelPredicate([=](const QJsonObject &l) {
        return has(l, "env")
            && (value(l, "env") == QLatin1String("staging") || value(l, "env") == QLatin1String("dev"));
    });
    QTest::newRow("notin") << "team notin (data,web)" << LabelPredicate([=](const QJsonObject &l) {
        return !has(l, "team")
            || (value(l, "team") != QLatin1String("data") && value(l, "team") != QLatin1String("web"));
    });
    QTest::newRow("and with comma in parens")
        << "env in (prod,staging),team=platform" << LabelPredicate([=](const QJsonObject &l) {
               return (value(l, "env") == QLatin1String("prod")
                       || value(l, "env") == QLatin1String("staging"))
                   && value(l, "team") == QLatin1String("platform");
           });
    QTest::newRow("spaces and negation")
        << " env notin ( prod ) , !role " << LabelPredicate([=](const QJsonObject &l) {
               return value(l, "env") != QLatin1String("prod") && !has(l, "role");
           });
}

void TestSimHttp::labelSelectorForms()
{
    QFETCH(QString, selector);
    QFETCH(LabelPredicate, expected);

    QSet<qint64> wanted;
    const QJsonArray everything = allServers();
    QCOMPARE(everything.size(), serverCount);
    for (const auto &server : everything) {
        if (expected(server[QStringLiteral("labels")].toObject()))
            wanted.insert(server[QStringLiteral("id")].toInteger());
    }
    // A selector that picks all or nothing would prove little.
    QVERIFY2(!wanted.isEmpty() && wanted.size() < serverCount, qPrintable(QString::number(wanted.size())));

    const QJsonArray selected = m_http->all(QStringLiteral("servers"), m_tokenA,
                                            QStringLiteral("&label_selector=") + encoded(selector));
    const QVector<qint64> ids = idsOf(selected);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), wanted);
    QCOMPARE(ids.size(), wanted.size());
}

void TestSimHttp::plusMeansSpaceInQueries()
{
    // Go's url.Values encodes spaces as '+', and so does the official CLI.
    const HttpResult plus = m_http->get(
        QStringLiteral("/servers?per_page=50&label_selector=env+in+%28prod%2Cdev%29"), m_tokenA);
    const HttpResult percent
        = m_http->get(QStringLiteral("/servers?per_page=50&label_selector=env%20in%20(prod,dev)"), m_tokenA);
    QCOMPARE(plus.status, 200);
    QCOMPARE(percent.status, 200);
    QVERIFY(!plus.json[QStringLiteral("servers")].toArray().isEmpty());
    QCOMPARE(plus.json[QStringLiteral("servers")], percent.json[QStringLiteral("servers")]);
}

void TestSimHttp::invalidLabelSelector_data()
{
    QTest::addColumn<QString>("selector");
    QTest::newRow("unclosed") << "env in (prod";
    QTest::newRow("empty set") << "env in ()";
    QTest::newRow("double operator") << "env==!prod";
    QTest::newRow("dangling comma") << "env=prod,";
    QTest::newRow("unknown operator") << "env like prod";
}

void TestSimHttp::invalidLabelSelector()
{
    QFETCH(QString, selector);
    const HttpResult r
        = m_http->get(QStringLiteral("/servers?label_selector=") + encoded(selector), m_tokenA);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    const QString message = r.json[QStringLiteral("error")][QStringLiteral("message")].toString();
    QVERIFY2(message.contains(QStringLiteral("label_selector")), qPrintable(message));
    const QJsonArray fields
        = r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray();
    QCOMPARE(fields[0][QStringLiteral("name")].toString(), QStringLiteral("label_selector"));
    QVERIFY(!fields[0][QStringLiteral("messages")].toArray().isEmpty());
}

void TestSimHttp::statusFilter()
{
    QSet<qint64> wanted;
    for (const auto &server : allServers()) {
        const QString status = server[QStringLiteral("status")].toString();
        if (status == QLatin1String("off") || status == QLatin1String("starting"))
            wanted.insert(server[QStringLiteral("id")].toInteger());
    }
    QVERIFY(!wanted.isEmpty() && wanted.size() < serverCount);
    const QVector<qint64> ids = idsOf(
        m_http->all(QStringLiteral("servers"), m_tokenA, QStringLiteral("&status=off&status=starting")));
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), wanted);

    const HttpResult bad = m_http->get(QStringLiteral("/servers?status=sleeping"), m_tokenA);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("invalid_input"));
}

void TestSimHttp::sortByOneAndSeveralKeys()
{
    const QStringList byName
        = namesOf(m_http->all(QStringLiteral("servers"), m_tokenA, QStringLiteral("&sort=name:desc")));
    QStringList expected = byName;
    std::sort(expected.begin(), expected.end(), std::greater<QString>());
    QCOMPARE(byName, expected);
    QCOMPARE(byName.size(), serverCount);

    const QJsonArray byCreated
        = m_http->all(QStringLiteral("servers"), m_tokenA, QStringLiteral("&sort=created:desc"));
    for (qsizetype i = 1; i < byCreated.size(); ++i) {
        QVERIFY(QDateTime::fromString(byCreated[i - 1][QStringLiteral("created")].toString(), Qt::ISODate)
                >= QDateTime::fromString(byCreated[i][QStringLiteral("created")].toString(), Qt::ISODate));
    }

    // Images share names across architectures, so the second key decides.
    const QJsonArray images
        = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&sort=name:asc&sort=id:desc"));
    QVERIFY(images.size() > 10);
    bool sawTie = false;
    for (qsizetype i = 1; i < images.size(); ++i) {
        const QString a = images[i - 1][QStringLiteral("name")].toString();
        const QString b = images[i][QStringLiteral("name")].toString();
        QVERIFY2(a <= b, qPrintable(a + QLatin1String(" > ") + b));
        if (a == b) {
            sawTie = true;
            QVERIFY(images[i - 1][QStringLiteral("id")].toInteger()
                    > images[i][QStringLiteral("id")].toInteger());
        }
    }
    QVERIFY(sawTie);

    // Without sort: id ascending.
    QCOMPARE(idsOf(allServers()), m_sim->serverIds(0));
}

void TestSimHttp::invalidSort_data()
{
    QTest::addColumn<QString>("sort");
    QTest::newRow("unknown field") << "size";
    QTest::newRow("unknown direction") << "name:up";
    QTest::newRow("too many parts") << "name:asc:desc";
    QTest::newRow("empty") << "";
}

void TestSimHttp::invalidSort()
{
    QFETCH(QString, sort);
    const HttpResult r = m_http->get(QStringLiteral("/servers?sort=") + encoded(sort), m_tokenA);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY(r.json[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("sort")));
}

void TestSimHttp::nameFilter()
{
    const QJsonArray everything = allServers();
    const QString name = everything[7][QStringLiteral("name")].toString();
    const HttpResult r = m_http->get(QStringLiteral("/servers?name=") + encoded(name), m_tokenA);
    QCOMPARE(r.status, 200);
    const QJsonArray found = r.json[QStringLiteral("servers")].toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0], everything[7]);

    const HttpResult none = m_http->get(QStringLiteral("/servers?name=no-such-server"), m_tokenA);
    QCOMPARE(none.status, 200);
    QVERIFY(none.json[QStringLiteral("servers")].toArray().isEmpty());
    QCOMPARE(none.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("total_entries")]
                 .toInt(),
             0);

    // Names are unique in a project.
    const QStringList names = namesOf(everything);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
}

void TestSimHttp::singleResource()
{
    const QJsonArray everything = allServers();
    const QJsonValue server = everything[3];
    const HttpResult r
        = m_http->get(QStringLiteral("/servers/%1").arg(server[QStringLiteral("id")].toInteger()), m_tokenA);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("server")], server);
    QVERIFY(!r.header("link").size());
}

void TestSimHttp::imageFilters()
{
    const QJsonArray visible = m_http->all(QStringLiteral("images"), m_tokenA);
    const QJsonArray withDeprecated
        = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&include_deprecated=true"));
    QVERIFY(withDeprecated.size() > visible.size());
    for (const auto &image : visible)
        QVERIFY(image[QStringLiteral("deprecated")].isNull());

    const QJsonArray arm
        = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&architecture=arm"));
    QVERIFY(!arm.isEmpty() && arm.size() < visible.size());
    for (const auto &image : arm)
        QCOMPARE(image[QStringLiteral("architecture")].toString(), QStringLiteral("arm"));

    // The project's own snapshot and backup besides the system images.
    const QJsonArray snapshots = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&type=snapshot"));
    const QJsonArray backups = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&type=backup"));
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(backups.size(), 1);
    QVERIFY(!backups.first()[QStringLiteral("bound_to")].isNull());
    QCOMPARE(m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&type=system")).size(),
             visible.size() - 2);
    QCOMPARE(m_http->get(QStringLiteral("/images?type=bogus"), m_tokenA).status, 400);

    const QJsonArray ubuntu
        = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&name=ubuntu-24.04"));
    QCOMPARE(ubuntu.size(), 2);  // x86 and arm
}

void TestSimHttp::otherCatalogLists()
{
    const QStringList types = namesOf(m_http->all(QStringLiteral("server_types"), m_tokenA));
    for (const char *name : {"cx22", "cx32", "cx42", "cx52", "cpx11", "cpx51", "cax11", "cax41", "ccx13"})
        QVERIFY2(types.contains(QLatin1String(name)), name);

    const QStringList locations = namesOf(m_http->all(QStringLiteral("locations"), m_tokenA));
    QCOMPARE(QSet<QString>(locations.cbegin(), locations.cend()),
             (QSet<QString>{QStringLiteral("fsn1"), QStringLiteral("nbg1"), QStringLiteral("hel1"),
                            QStringLiteral("ash"), QStringLiteral("hil"), QStringLiteral("sin")}));

    // Datacenters are gone today (tst_simapidate serves them on earlier days).
    const HttpResult dcs = m_http->get(QStringLiteral("/datacenters"), m_tokenA);
    QCOMPARE(dcs.status, 410);
    QCOMPARE(dcs.errorCode(), QStringLiteral("deprecated_api_endpoint"));

    const HttpResult type = m_http->get(QStringLiteral("/server_types/104"), m_tokenA);
    QCOMPARE(type.json[QStringLiteral("server_type")][QStringLiteral("name")].toString(),
             QStringLiteral("cx22"));
    const QJsonObject firstPrice
        = type.json[QStringLiteral("server_type")][QStringLiteral("prices")][0].toObject();
    QCOMPARE(firstPrice[QStringLiteral("price_monthly")][QStringLiteral("net")].toString(),
             QStringLiteral("3.7900000000"));
    QCOMPARE(firstPrice[QStringLiteral("price_monthly")][QStringLiteral("gross")].toString(),
             QStringLiteral("4.5101000000000000"));

    QVERIFY(!m_http->all(QStringLiteral("isos"), m_tokenA).isEmpty());
    const HttpResult pricing = m_http->get(QStringLiteral("/pricing"), m_tokenA);
    QCOMPARE(pricing.status, 200);
    QCOMPARE(pricing.json[QStringLiteral("pricing")][QStringLiteral("currency")].toString(),
             QStringLiteral("EUR"));
}

void TestSimHttp::serverTypesPerLocation()
{
    // Every type names its locations with availability and recommendation.
    int recommended = 0;
    for (const QJsonValue &type : m_http->all(QStringLiteral("server_types"), m_tokenA)) {
        const QJsonArray locations = type[QStringLiteral("locations")].toArray();
        QVERIFY(!locations.isEmpty());
        for (const QJsonValue &l : locations) {
            QVERIFY(l[QStringLiteral("id")].toInteger() > 0);
            QVERIFY(l[QStringLiteral("available")].isBool());
            QVERIFY(l[QStringLiteral("recommended")].isBool());
            QVERIFY(l.toObject().contains(QStringLiteral("deprecation")));
            recommended += l[QStringLiteral("recommended")].toBool();
        }
    }
    QVERIFY(recommended >= 6);  // at least one per location

    // cax41 is sold out in nbg1 for now: listed, not available, refused.
    const QJsonObject cax41 = m_http->get(QStringLiteral("/server_types?name=cax41"), m_tokenA).json[QStringLiteral("server_types")][0].toObject();
    for (const QJsonValue &l : cax41[QStringLiteral("locations")].toArray())
        QCOMPARE(l[QStringLiteral("available")].toBool(), l[QStringLiteral("name")] != QLatin1String("nbg1"));
    const HttpResult soldOut = m_http->send("POST", QStringLiteral("/servers"), m_tokenB,
                                            {{QStringLiteral("name"), QStringLiteral("arm-nbg")},
                                             {QStringLiteral("server_type"), QStringLiteral("cax41")},
                                             {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                                             {QStringLiteral("location"), QStringLiteral("nbg1")}});
    QCOMPARE(soldOut.status, 412);
    QCOMPARE(soldOut.errorCode(), QStringLiteral("resource_unavailable"));
}

void TestSimHttp::deprecatedTypesAndImages()
{
    // cpx11 is deprecated everywhere, and past its date in sin.
    const QJsonObject cpx11 = m_http->get(QStringLiteral("/server_types?name=cpx11"), m_tokenA).json[QStringLiteral("server_types")][0].toObject();
    QVERIFY(cpx11[QStringLiteral("deprecated")].toBool());
    QCOMPARE(cpx11[QStringLiteral("deprecation")][QStringLiteral("unavailable_after")].toString(), QStringLiteral("2027-03-01T00:00:00+00:00"));
    for (const QJsonValue &l : cpx11[QStringLiteral("locations")].toArray()) {
        const QJsonObject deprecation = l[QStringLiteral("deprecation")].toObject();
        QVERIFY(QDateTime::fromString(deprecation[QStringLiteral("announced")].toString(), Qt::ISODate).isValid());
        const QDateTime until = QDateTime::fromString(deprecation[QStringLiteral("unavailable_after")].toString(), Qt::ISODate);
        QCOMPARE(until < QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), l[QStringLiteral("name")] == QLatin1String("sin"));
    }
    const QJsonObject cx22 = m_http->get(QStringLiteral("/server_types/104"), m_tokenA).json[QStringLiteral("server_type")].toObject();
    QVERIFY(!cx22[QStringLiteral("deprecated")].toBool());
    QVERIFY(cx22[QStringLiteral("deprecation")].isNull());
    QVERIFY(cx22[QStringLiteral("locations")][0][QStringLiteral("deprecation")].isNull());

    // Creates go to a simulator of their own: the shared one's counts stay.
    SimOptions options;
    options.projects = {{testToken('w'), 1, 3}};
    SimServer own(options);
    QVERIFY(own.listen());
    const SimHttp http(own.endpoint());
    auto create = [&http](const QString &name, const QString &location) {
        return http.send("POST", QStringLiteral("/servers"), testToken('w'),
                            {{QStringLiteral("name"), name}, {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                             {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")}, {QStringLiteral("location"), location}});
    };
    const HttpResult gone = create(QStringLiteral("small-sin"), QStringLiteral("sin"));
    QCOMPARE(gone.status, 412);
    QCOMPARE(gone.errorCode(), QStringLiteral("resource_unavailable"));
    QCOMPARE(create(QStringLiteral("small-ash"), QStringLiteral("ash")).status, 201);  // deprecated, still offered

    // Load balancer types carry deprecation; lb11 is on its way out.
    for (const QJsonValue &type : m_http->all(QStringLiteral("load_balancer_types"), m_tokenA)) {
        QVERIFY(type.toObject().contains(QStringLiteral("deprecation")));
        const bool old = type[QStringLiteral("name")] == QLatin1String("lb11");
        QCOMPARE(type[QStringLiteral("deprecation")].isObject(), old);
        QCOMPARE(type[QStringLiteral("deprecated")].isString(), old);
    }

    // Debian 11 is deprecated: left out of lists unless asked for, yet fetchable.
    const QStringList listed = namesOf(m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&type=system")));
    QVERIFY(!listed.contains(QStringLiteral("debian-11")));
    const QJsonArray all = m_http->all(QStringLiteral("images"), m_tokenA, QStringLiteral("&type=system&include_deprecated=true"));
    int deprecated = 0;
    for (const QJsonValue &image : all) {
        if (image[QStringLiteral("name")] == QLatin1String("debian-11")) {
            QVERIFY(QDateTime::fromString(image[QStringLiteral("deprecated")].toString(), Qt::ISODate).isValid());
            ++deprecated;
        }
    }
    QCOMPARE(deprecated, 2);  // x86 and arm
}

void TestSimHttp::actions()
{
    const HttpResult missing = m_http->get(QStringLiteral("/actions"), m_tokenA);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("invalid_input"));
    QCOMPARE(m_http->get(QStringLiteral("/actions?id=abc"), m_tokenA).status, 400);

    // A server in transition has a running action besides its create_server.
    qint64 busy = 0;
    for (const auto &server : allServers()) {
        const QString status = server[QStringLiteral("status")].toString();
        if (status == QLatin1String("starting") || status == QLatin1String("stopping")) {
            busy = server[QStringLiteral("id")].toInteger();
            break;
        }
    }
    QVERIFY(busy > 0);
    const HttpResult own = m_http->get(QStringLiteral("/servers/%1/actions?sort=id").arg(busy), m_tokenA);
    QCOMPARE(own.status, 200);
    const QJsonArray ownActions = own.json[QStringLiteral("actions")].toArray();
    QCOMPARE(ownActions.size(), 2);
    QCOMPARE(own.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("total_entries")]
                 .toInt(),
             2);
    QCOMPARE(ownActions[0][QStringLiteral("command")].toString(), QStringLiteral("create_server"));
    QCOMPARE(ownActions[0][QStringLiteral("status")].toString(), QStringLiteral("success"));
    QCOMPARE(ownActions[1][QStringLiteral("status")].toString(), QStringLiteral("running"));
    QVERIFY(ownActions[1][QStringLiteral("finished")].isNull());
    const QJsonObject resource = ownActions[1][QStringLiteral("resources")][0].toObject();
    QCOMPARE(resource[QStringLiteral("id")].toInteger(), busy);
    QCOMPARE(resource[QStringLiteral("type")].toString(), QStringLiteral("server"));

    const HttpResult running
        = m_http->get(QStringLiteral("/servers/%1/actions?status=running").arg(busy), m_tokenA);
    QCOMPARE(running.json[QStringLiteral("actions")].toArray().size(), 1);

    // Polling several at once; unknown ids are left out.
    const qint64 a = ownActions[0][QStringLiteral("id")].toInteger();
    const qint64 b = ownActions[1][QStringLiteral("id")].toInteger();
    const HttpResult polled
        = m_http->get(QStringLiteral("/actions?id=%1&id=%2&id=1").arg(b).arg(a), m_tokenA);
    QCOMPARE(polled.status, 200);
    QCOMPARE(idsOf(polled.json[QStringLiteral("actions")].toArray()), (QVector<qint64>{a, b}));
    const HttpResult single = m_http->get(QStringLiteral("/actions/%1").arg(b), m_tokenA);
    QCOMPARE(single.json[QStringLiteral("action")], ownActions[1]);
    QCOMPARE(m_http->get(QStringLiteral("/servers/1/actions"), m_tokenA).status, 404);
}

void TestSimHttp::unauthorized_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("rawHeader");
    QTest::newRow("no header") << QString() << QByteArray();
    QTest::newRow("unknown token") << testToken('z') << QByteArray();
    QTest::newRow("empty bearer") << QString() << QByteArray("Bearer ");
    QTest::newRow("other scheme") << QString() << QByteArray("Basic ") + testToken('a').toLatin1();
}

void TestSimHttp::unauthorized()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, rawHeader);

    HttpResult r;
    if (rawHeader.isEmpty()) {
        r = m_http->get(QStringLiteral("/servers"), token);
    } else {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_http->url(QStringLiteral("/servers")));
        request.setRawHeader("Authorization", rawHeader);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
    }
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(r.json[QStringLiteral("error")][QStringLiteral("message")].toString(),
             QStringLiteral("unable to authenticate"));
    QVERIFY(r.json[QStringLiteral("error")].toObject().contains(QStringLiteral("details")));
}

void TestSimHttp::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown server id") << "/servers/1";
    QTest::newRow("unknown path") << "/no_such_things";
    QTest::newRow("non-numeric id") << "/servers/web-01";
    QTest::newRow("too deep") << "/servers/1/2/3/4";
    QTest::newRow("other project's server") << "/servers/%B";
}

void TestSimHttp::notFound()
{
    QFETCH(QString, path);
    if (path.contains(QLatin1String("%B")))
        path.replace(QLatin1String("%B"), QString::number(m_sim->serverIds(1).first()));
    const HttpResult r = m_http->get(path, m_tokenA);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    QVERIFY(!r.json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());

    // Outside /v1 as well.
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v2/servers").arg(m_sim->port())));
    request.setRawHeader("Authorization", "Bearer " + m_tokenA.toLatin1());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    delete reply;
}

void TestSimHttp::rateLimitHeadersCountDown()
{
    const HttpResult a = m_http->get(QStringLiteral("/locations"), m_tokenA);
    const HttpResult b = m_http->get(QStringLiteral("/locations/1"), m_tokenA);
    const HttpResult c = m_http->get(QStringLiteral("/servers/1"), m_tokenA);  // errors count too
    QCOMPARE(a.header("ratelimit-limit"), QByteArray("3600"));
    const int first = a.header("ratelimit-remaining").toInt();
    QVERIFY(first > 3000 && first < 3600);
    // Refill may add one between requests when a second boundary passes.
    QVERIFY(b.header("ratelimit-remaining").toInt() >= first - 1);
    QVERIFY(b.header("ratelimit-remaining").toInt() <= first);
    QVERIFY(c.header("ratelimit-remaining").toInt() <= b.header("ratelimit-remaining").toInt());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 reset = c.header("ratelimit-reset").toLongLong();
    QVERIFY(reset > now - 2);
    QVERIFY(reset <= now + 3600 + 1);
    // Project B has its own budget, and 401s carry the headers too.
    QVERIFY(m_http->get(QStringLiteral("/locations"), m_tokenB).header("ratelimit-remaining").toInt()
            > m_http->get(QStringLiteral("/locations"), m_tokenA).header("ratelimit-remaining").toInt());
    QCOMPARE(m_http->get(QStringLiteral("/locations"), QString()).header("ratelimit-limit"),
             QByteArray("3600"));
}

void TestSimHttp::rateLimitExhausted()
{
    m_sim->setRateLimitRemaining(0, 0);
    const HttpResult r = m_http->get(QStringLiteral("/servers"), m_tokenA);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(r.header("ratelimit-remaining"), QByteArray("0"));
    QVERIFY(r.header("ratelimit-reset").toLongLong() >= QDateTime::currentSecsSinceEpoch() + 3598);
    QCOMPARE(m_http->get(QStringLiteral("/servers"), m_tokenB).status, 200);

    // One second later the budget holds one request again. (QTRY evaluates
    // once more after success; the stored status keeps that from spending.)
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        status == 200 || (status = m_http->get(QStringLiteral("/locations/1"), m_tokenA).status) == 200,
        3000);
    m_sim->setRateLimitRemaining(0, 3600);
    QCOMPARE(m_sim->rateLimitRemaining(0), 3600);
}

void TestSimHttp::sameSeedSameData()
{
    SimOptions options;
    options.projects = {{m_tokenA, serverCount, 11}};
    SimServer twin(options);
    QVERIFY(twin.listen());
    SimHttp twinHttp(twin.endpoint());
    QCOMPARE(twinHttp.all(QStringLiteral("servers"), m_tokenA), allServers());

    options.projects = {{m_tokenA, serverCount, 99}};
    SimServer other(options);
    QVERIFY(other.listen());
    SimHttp otherHttp(other.endpoint());
    const QJsonArray otherServers = otherHttp.all(QStringLiteral("servers"), m_tokenA);
    QCOMPARE(otherServers.size(), serverCount);
    QVERIFY(otherServers != allServers());
    QVERIFY(namesOf(otherServers) != namesOf(allServers()));
}

void TestSimHttp::projectsAreSeparate()
{
    const QJsonArray a = allServers();
    const QJsonArray b = m_http->all(QStringLiteral("servers"), m_tokenB);
    QCOMPARE(a.size(), serverCount);
    QCOMPARE(b.size(), 40);
    const QVector<qint64> idsA = idsOf(a);
    for (qint64 id : idsOf(b))
        QVERIFY(!idsA.contains(id));
    QCOMPARE(idsOf(b), m_sim->serverIds(1));
}

void TestSimHttp::stateChangesShowInTheApi()
{
    const QJsonArray before = allServers();
    QVERIFY(!before.isEmpty());
    QCOMPARE(m_sim->addServer(0, before[0][QStringLiteral("name")].toString()), 0);  // names are unique
    const qint64 id = m_sim->addServer(0, QStringLiteral("fresh-01"));
    QVERIFY(id > 0);
    HttpResult r = m_http->get(QStringLiteral("/servers/%1").arg(id), m_tokenA);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[QStringLiteral("server")][QStringLiteral("name")].toString(), QStringLiteral("fresh-01"));
    QCOMPARE(r.json[QStringLiteral("server")][QStringLiteral("status")].toString(),
             QStringLiteral("running"));
    QCOMPARE(m_sim->serverIds(0).last(), id);

    QVERIFY(m_sim->setServerName(0, id, QStringLiteral("fresh-02")));
    QVERIFY(m_sim->setServerStatus(0, id, QStringLiteral("off")));
    QVERIFY(!m_sim->setServerStatus(0, id, QStringLiteral("asleep")));
    r = m_http->get(QStringLiteral("/servers?name=fresh-02"), m_tokenA);
    QCOMPARE(r.json[QStringLiteral("servers")][0][QStringLiteral("status")].toString(),
             QStringLiteral("off"));

    QVERIFY(m_sim->removeServer(0, id));
    QVERIFY(!m_sim->removeServer(0, id));
    QCOMPARE(m_http->get(QStringLiteral("/servers/%1").arg(id), m_tokenA).status, 404);
    // Ids are never handed out twice.
    const qint64 next = m_sim->addServer(0, QStringLiteral("fresh-03"));
    QVERIFY(next > id);
    QVERIFY(m_sim->removeServer(0, next));
}

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
