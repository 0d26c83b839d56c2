// The metrics panel against the simulator: the charts fill with the
// server's series, a range change fetches that range with its step, and
// an API error is shown in the API's words.
#include "core/api/apiclient.h"
#include "ui/servers/chartwidget.h"
#include "ui/servers/metricspanel.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"

#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

class TestMetricsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QLocale());
    }
    void chartsFromTheApi();
};

void TestMetricsPanel::chartsFromTheApi()
{
    const QString token = QString(32, QLatin1Char('M')) + QString(32, QLatin1Char('m'));
    sim::SimServer simulator({{sim::SimProjectSpec(token, 2, 1)}, 0});
    QVERIFY(simulator.listen(0));
    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(token);
    MetricsPanel panel(nullptr);
    panel.resize(700, 600);
    panel.show();
    QVERIFY(!panel.cpuChart()->hasData());

    QSignalSpy loaded(&panel, &MetricsPanel::loaded);
    panel.setClient(&client);
    panel.setServerId(simulator.serverIds(0).first());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toString(), QString());
    QVERIFY(panel.cpuChart()->hasData());
    QVERIFY(panel.diskChart()->hasData());
    QVERIFY(panel.networkChart()->hasData());
    QCOMPARE(panel.diskChart()->series().size(), 2);
    // One hour in steps of 15 s: about 240 points.
    const auto &hour = panel.cpuChart()->series().first().points;
    QVERIFY2(hour.size() >= 200 && hour.size() <= 260, qPrintable(QString::number(hour.size())));
    QVERIFY(hour.last().x() - hour.first().x() >= 3500 * 1000.0);
    QVERIFY(!panel.cpuChart()->hoverText(QPoint(350, 90)).isEmpty() || !panel.cpuChart()->hoverText(QPoint(350, 60)).isEmpty());

    panel.setRange(MetricsPanel::Range::Week);
    QVERIFY(loaded.wait(10000));
    const auto &week = panel.cpuChart()->series().first().points;
    QVERIFY(week.last().x() - week.first().x() >= 6.9 * 86400 * 1000.0);
    QVERIFY(week.at(1).x() - week.at(0).x() >= MetricsPanel::stepSeconds(MetricsPanel::Range::Week) * 1000.0);

    // Bandwidth or operations: the disk chart changes its unit.
    panel.setShowOperations(true);
    QCOMPARE(panel.diskChart()->unit(), ChartWidget::Unit::Iops);

    // A server that is gone: the API's message, no lines.
    panel.setServerId(999999999);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!loaded.last().at(0).toString().isEmpty());
    QVERIFY(!panel.cpuChart()->hasData());
    QCOMPARE(panel.statusText(), loaded.last().at(0).toString());
}

QTEST_MAIN(TestMetricsPanel)
#include "tst_metricspanel.moc"
