// Cost preloading against the simulator: the priced lists and /pricing are
// read for the given projects, the prices only once the token is in use,
// nothing twice, and projects no longer given are left alone.
#include "core/models/resourcelistmodel.h"
#include "core/projects/costestimate.h"
#include "core/projects/costpreloader.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/pricing.h"
#include "core/projects/projectsession.h"
#include "core/sim/simserver.h"
#include "tests/sim/simhttp.h"
#include "tests/support/projectfactory.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hcloud;

namespace {
const QString kShop = QStringLiteral("costSHOPcostSHOPcostSHOPcostSHOP") + QStringLiteral("secretSECRETsecretSECRETsecret01");
const QString kBlog = QStringLiteral("costBLOGcostBLOGcostBLOGcostBLOG") + QStringLiteral("secretSECRETsecretSECRETsecret02");

Pricing *pricingOf(const ProjectSession *session)
{
    return Pricing::forClient(session->client());
}

bool listsLoaded(const ProjectSession *session)
{
    for (const QString &kind : CostEstimate::listedKinds()) {
        const ResourceListModel *list = session->existingModel(kind);
        if (!list || !list->isLoaded() || session->isKindLoading(kind))
            return false;
    }
    return true;
}
} // namespace

class TestCostPreloader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsTheListsAndPrices();
    void asksForNothingTwice();
    void leavesOtherProjectsAlone();

private:
    std::unique_ptr<ProjectSession> open(const QString &id, const QString &token);

    sim::SimServer *m_sim = nullptr;
    MemoryTokenVault *m_vault = nullptr;
};

void TestCostPreloader::init()
{
    m_sim = new sim::SimServer({{sim::SimProjectSpec(kShop, 6, 3), sim::SimProjectSpec(kBlog, 4, 4)}, 0});
    QVERIFY(m_sim->listen(0));
    m_vault = new MemoryTokenVault;
}

void TestCostPreloader::cleanup()
{
    delete m_vault;
    delete m_sim;
}

std::unique_ptr<ProjectSession> TestCostPreloader::open(const QString &id, const QString &token)
{
    if (!testing::storeToken(*m_vault, id, token))
        return nullptr;
    return std::make_unique<ProjectSession>(testing::projectWithToken(id, id, m_sim->endpoint(), id, token), m_vault);
}

void TestCostPreloader::loadsTheListsAndPrices()
{
    const auto shop = open(QStringLiteral("shop"), kShop);
    QVERIFY(shop);
    CostPreloader preloader;
    preloader.setSessions({shop.get()});
    QCOMPARE(preloader.sessions(), QList<ProjectSession *>{shop.get()});
    // The token is still being read: nothing is asked for without it.
    QVERIFY(!shop->client()->hasToken());
    QVERIFY(!pricingOf(shop.get())->isLoading());
    for (const QString &kind : CostEstimate::listedKinds())
        QVERIFY2(shop->isKindLoading(kind), qPrintable(kind));

    QTRY_VERIFY_WITH_TIMEOUT(pricingOf(shop.get())->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(listsLoaded(shop.get()), 10000);
    QVERIFY(!pricingOf(shop.get())->error().isError());

    // What was read is what the simulator has.
    const SimHttp http(m_sim->endpoint());
    QCOMPARE(pricingOf(shop.get())->pricingJson(),
             http.get(QStringLiteral("/pricing"), kShop).json.value(QLatin1String("pricing")).toObject());
    int objects = 0;
    for (const QString &kind : CostEstimate::listedKinds()) {
        const QString query = kind == QLatin1String("images") ? QStringLiteral("&include_deprecated=true") : QString();
        const int expected = int(http.all(kind, kShop, query).size());
        QCOMPARE(shop->existingModel(kind)->rowCount(), expected);
        objects += expected;
    }
    QVERIFY(objects > 0);
    // Only what the estimate needs beyond the shown kind: servers are the window's.
    QVERIFY(!shop->existingModel(QStringLiteral("networks")));
}

void TestCostPreloader::asksForNothingTwice()
{
    const auto shop = open(QStringLiteral("shop"), kShop);
    QVERIFY(shop);
    CostPreloader preloader;
    preloader.setSessions({shop.get()});
    QTRY_VERIFY_WITH_TIMEOUT(pricingOf(shop.get())->isLoaded() && listsLoaded(shop.get()), 10000);

    // Shown again (another kind of the same project, say): all is there.
    const int requests = m_sim->requestCount();
    preloader.setSessions({shop.get()});
    QVERIFY(!pricingOf(shop.get())->isLoading());
    for (const QString &kind : CostEstimate::listedKinds())
        QVERIFY2(!shop->isKindLoading(kind), qPrintable(kind));
    // A refresh of the servers does not fetch the prices again.
    QSignalSpy refreshed(shop.get(), &ProjectSession::refreshed);
    shop->refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!pricingOf(shop.get())->isLoading());
    QCOMPARE(m_sim->requestCount(), requests + 1);
}

void TestCostPreloader::leavesOtherProjectsAlone()
{
    const auto shop = open(QStringLiteral("shop"), kShop);
    auto blog = open(QStringLiteral("blog"), kBlog);
    QVERIFY(shop && blog);
    CostPreloader preloader;
    preloader.setSessions({shop.get()});
    // Another project is shown before the first one's token was read.
    preloader.setSessions({blog.get()});
    QCOMPARE(preloader.sessions(), QList<ProjectSession *>{blog.get()});
    QTRY_VERIFY_WITH_TIMEOUT(pricingOf(blog.get())->isLoaded() && listsLoaded(blog.get()), 10000);
    // The lists asked for earlier arrive, and with them no price request.
    QTRY_VERIFY_WITH_TIMEOUT(listsLoaded(shop.get()), 10000);
    QVERIFY(shop->client()->hasToken());
    QVERIFY(!pricingOf(shop.get())->isLoaded());
    QVERIFY(!pricingOf(shop.get())->isLoading());

    // A project that goes away is dropped.
    blog.reset();
    QVERIFY(preloader.sessions().isEmpty());
    preloader.setSessions({});
}

QTEST_GUILESS_MAIN(TestCostPreloader)
#include "tst_costpreloader.moc"
