// Deprecated types and images as the client reads them: dates and texts at
// a given "now", per-location offers of server_types[].locations[], and the
// lists' Deprecation column, against the simulator's seeded objects.
#include "core/resources/deprecation.h"
#include "core/resources/resourcekind.h"
#include "core/resources/servertype.h"

#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hcloud;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

}  // namespace

class TestDeprecation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void datesAndTexts();
    void offersPerLocation();
    void seededObjectsInTheLists();
};

void TestDeprecation::datesAndTexts()
{
    const Deprecation none = Deprecation::fromJson(QJsonValue::Null);
    QVERIFY(!none.isSet());
    QVERIFY(!none.isOver(kNow));
    QVERIFY(none.text(kNow).isEmpty());

    const Deprecation coming = Deprecation::fromJson(obj(R"({"announced":"2026-09-01T00:00:00+00:00","unavailable_after":"2027-03-01T00:00:00+00:00"})"));
    QVERIFY(coming.isSet());
    QVERIFY(!coming.isOver(kNow));
    QCOMPARE(coming.text(kNow), QStringLiteral("Deprecated; available until 01/03/2027"));
    QVERIFY(coming.isOver(QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC)));

    const Deprecation past = Deprecation::fromJson(obj(R"({"announced":"2026-09-01T00:00:00Z","unavailable_after":"2026-11-15T00:00:00Z"})"));
    QVERIFY(past.isOver(kNow));
    QCOMPARE(past.text(kNow), QStringLiteral("No longer available since 15/11/2026"));

    QCOMPARE(imageDeprecationText(obj(R"({"deprecated":"2026-09-01T00:00:00+00:00"})")), QStringLiteral("Deprecated since 01/09/2026"));
    QCOMPARE(imageDeprecationText(obj(R"({"deprecated":null})")), QStringLiteral("No"));
}

void TestDeprecation::offersPerLocation()
{
    const ServerTypeInfo type = ServerTypeInfo::fromJson(obj(R"({
        "name": "cpx11", "deprecated": true,
        "deprecation": {"announced": "2026-09-01T00:00:00Z", "unavailable_after": "2027-03-01T00:00:00Z"},
        "locations": [
            {"id": 1, "name": "fsn1", "available": true, "recommended": false,
             "deprecation": {"announced": "2026-09-01T00:00:00Z", "unavailable_after": "2027-03-01T00:00:00Z"}},
            {"id": 6, "name": "sin", "available": true, "recommended": false,
             "deprecation": {"announced": "2026-09-01T00:00:00Z", "unavailable_after": "2026-11-15T00:00:00Z"}},
            {"id": 2, "name": "nbg1", "available": false, "recommended": false, "deprecation": null},
            {"id": 4, "name": "ash", "available": true, "recommended": true, "deprecation": null}
        ],
        "prices": [
            {"location": "fsn1", "price_hourly": {"gross": "0.01"}, "price_monthly": {"gross": "5.00"}},
            {"location": "sin", "price_hourly": {"gross": "0.01"}, "price_monthly": {"gross": "6.00"}},
            {"location": "nbg1", "price_hourly": {"gross": "0.01"}, "price_monthly": {"gross": "5.00"}},
            {"location": "ash", "price_hourly": {"gross": "0.01"}, "price_monthly": {"gross": "5.50"}},
            {"location": "hel1", "price_hourly": {"gross": "0.01"}, "price_monthly": {"gross": "5.00"}}
        ]})"));
    QCOMPARE(type.offers.size(), 4);  // hel1 is priced but not among the locations
    QVERIFY(!type.offerIn(QStringLiteral("hel1")));

    const ServerTypeInfo::Offer *fsn1 = type.offerIn(QStringLiteral("fsn1"));
    QVERIFY(fsn1->orderable(kNow));
    QVERIFY(fsn1->deprecated);
    QCOMPARE(fsn1->note(kNow), QStringLiteral("Deprecated; available until 01/03/2027"));

    const ServerTypeInfo::Offer *sin = type.offerIn(QStringLiteral("sin"));
    QVERIFY(!sin->orderable(kNow));
    QVERIFY(sin->orderable(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC)));  // before its date
    QCOMPARE(sin->note(kNow), QStringLiteral("No longer available since 15/11/2026"));

    const ServerTypeInfo::Offer *nbg1 = type.offerIn(QStringLiteral("nbg1"));
    QVERIFY(!nbg1->orderable(kNow));
    QCOMPARE(nbg1->note(kNow), QStringLiteral("Sold out here for now"));

    const ServerTypeInfo::Offer *ash = type.offerIn(QStringLiteral("ash"));
    QVERIFY(ash->orderable(kNow));
    QVERIFY(ash->recommended);
    QCOMPARE(ash->note(kNow), QStringLiteral("Recommended"));
}

void TestDeprecation::seededObjectsInTheLists()
{
    const QString token = testToken('z');
    hcloud::sim::SimOptions options;
    options.projects = {hcloud::sim::SimProjectSpec(token, 80, 6)};
    hcloud::sim::SimServer simulator(options);
    QVERIFY(simulator.listen(0));
    const SimHttp http(simulator.endpoint());

    const ResourceKind &servers = serverKind();
    const auto column = servers.columns.at(servers.columnIndex(QStringLiteral("deprecation")));
    int onOldType = 0, onOldImage = 0, clean = 0;
    for (const QJsonValue &s : http.all(QStringLiteral("servers"), token)) {
        const QString text = column.display(s.toObject(), NameIndex::none()).toString();
        const bool oldType = s[QStringLiteral("server_type")][QStringLiteral("name")] == QLatin1String("cpx11");
        const bool oldImage = s[QStringLiteral("image")][QStringLiteral("name")] == QLatin1String("debian-11");
        QCOMPARE(text.contains(QStringLiteral("Type cpx11: ")), oldType);
        QCOMPARE(text.contains(QStringLiteral("Image debian-11: Deprecated since")), oldImage);
        onOldType += oldType;
        onOldImage += oldImage;
        if (!oldType && !oldImage) {
            QCOMPARE(text, QStringLiteral("No"));
            ++clean;
        }
    }
    QVERIFY(onOldType > 0 && onOldImage > 0 && clean > 0);

    const ResourceKind &images = imageKind();
    const auto imageColumn = images.columns.at(images.columnIndex(QStringLiteral("deprecation")));
    int deprecatedImages = 0;
    for (const QJsonValue &i : http.all(QStringLiteral("images"), token, QStringLiteral("&include_deprecated=true"))) {
        const bool old = i[QStringLiteral("deprecated")].isString();
        QCOMPARE(imageColumn.display(i.toObject(), NameIndex::none()).toString().startsWith(QStringLiteral("Deprecated since")), old);
        deprecatedImages += old;
    }
    QVERIFY(deprecatedImages >= 3);  // ubuntu-20.04 and debian-11 on two architectures

    const ResourceKind &lbs = loadBalancerKind();
    const auto lbColumn = lbs.columns.at(lbs.columnIndex(QStringLiteral("deprecation")));
    // The seed has one load balancer, on lb11; a current type beside it.
    const HttpResult created = http.send("POST", QStringLiteral("/load_balancers"), token,
                                         {{QStringLiteral("name"), QStringLiteral("current-lb")},
                                          {QStringLiteral("load_balancer_type"), QStringLiteral("lb21")},
                                          {QStringLiteral("location"), QStringLiteral("fsn1")}});
    QCOMPARE(created.status, 201);
    const QJsonArray seeded = http.all(QStringLiteral("load_balancers"), token);
    int onOldLbType = 0, cleanLbs = 0;
    for (const QJsonValue &lb : seeded) {
        const bool old = lb[QStringLiteral("load_balancer_type")][QStringLiteral("name")] == QLatin1String("lb11");
        const QString text = lbColumn.display(lb.toObject(), NameIndex::none()).toString();
        QCOMPARE(text.startsWith(QStringLiteral("Type lb11: Deprecated; available until")), old);
        if (!old)
            QCOMPARE(text, QStringLiteral("No"));
        onOldLbType += old;
        cleanLbs += !old;
    }
    QVERIFY(onOldLbType > 0 && cleanLbs > 0);
}

QTEST_GUILESS_MAIN(TestDeprecation)
#include "tst_deprecation.moc"
