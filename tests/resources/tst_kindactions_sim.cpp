// Every described kind action has its route in the simulator: sent for an
// object that does not exist, each answers as that route would (the
// object is not found, or the body is refused), never the simulator's
// plain "not found" for a path it does not know.
#include "core/resources/kindactions.h"
#include "core/resources/resourcekind.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QTest>

using namespace hcloud;

class TestKindActionsSim : public QObject
{
    Q_OBJECT
private slots:
    void everyActionHasItsRoute();
};

void TestKindActionsSim::everyActionHasItsRoute()
{
    const QString token = testToken('r');
    sim::SimServer simulator({{sim::SimProjectSpec(token, 2, 1)}, 0});
    QVERIFY(simulator.listen(0));
    SimHttp cloud(simulator.endpoint());
    SimHttp hetzner(simulator.hetznerEndpoint());
    SimHttp &http = cloud;
    // What a path without a route answers, which no action may.
    const HttpResult noRoute = http.send("POST", QStringLiteral("/volumes/987654321/actions/fly"), token, QJsonObject());
    QCOMPARE(noRoute.json[QStringLiteral("error")][QStringLiteral("message")].toString(), QStringLiteral("not found"));
    const QJsonObject missing{{QStringLiteral("id"), 987654321}};
    int checked = 0;
    for (const ResourceKind *kind : resourceKinds()) {
        for (const ResourceAction &action : kindActions(kind->id)) {
            QJsonObject pathValues;
            for (const ActionField &f : action.fields) {
                if (f.inPath)
                    pathValues.insert(f.key, 987654321);
            }
            const QString path = action.path(missing, pathValues);
            // Storage Boxes answer on the Hetzner API's port.
            SimHttp &api = kind->api == ResourceKind::Api::Hetzner ? hetzner : cloud;
            const HttpResult r = api.send(action.method.toLatin1(), path, token, QJsonObject());
            const QString message = r.json[QStringLiteral("error")][QStringLiteral("message")].toString();
            QVERIFY2(r.status >= 400 && message != QLatin1String("not found"),
                     qPrintable(QStringLiteral("%1 %2 %3: %4 %5").arg(kind->id, action.method, path).arg(r.status).arg(message)));
            ++checked;
        }
    }
    QVERIFY(checked > 60);
}

QTEST_GUILESS_MAIN(TestKindActionsSim)
#include "tst_kindactions_sim.moc"
