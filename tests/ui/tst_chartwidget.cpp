// The QPainter chart: values with units, hover text naming the time and
// every series' value, round axis steps, and a real drawing (grab()).
#include "ui/servers/chartwidget.h"
#include "ui/translations.h"

#include <QImage>
#include <QTest>

using namespace hcloud;

namespace {
ChartWidget::Series series(const QString &name, QColor color, double base, int n = 60)
{
    ChartWidget::Series s{name, color, {}};
    const qint64 start = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < n; ++i)
        s.points.append(QPointF(start + i * 60000.0, base + (i % 7) * base / 10));
    return s;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class TestChartWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formatValue_data();
    void formatValue();
    void hoverShowsEverySeriesWithUnits();
    void drawsLinesOrSaysNoData();
};

void TestChartWidget::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
}

void TestChartWidget::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::newRow("percent") << 42.0 << int(ChartWidget::Unit::Percent) << "42.0 %";
    QTest::newRow("bytes") << 512.0 << int(ChartWidget::Unit::BytesPerSecond) << "512 B/s";
    QTest::newRow("kilobytes") << 1536.0 << int(ChartWidget::Unit::BytesPerSecond) << "1.50 KB/s";
    QTest::newRow("megabytes") << 25.5 * 1024 * 1024 << int(ChartWidget::Unit::BytesPerSecond) << "25.5 MB/s";
    QTest::newRow("iops") << 120.0 << int(ChartWidget::Unit::Iops) << "120 IOPS";
    QTest::newRow("packets") << 3.5 << int(ChartWidget::Unit::PacketsPerSecond) << "3.5 packets/s";
}

void TestChartWidget::formatValue()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, text);
    QCOMPARE(ChartWidget::formatValue(value, ChartWidget::Unit(unit)), text);
}

void TestChartWidget::hoverShowsEverySeriesWithUnits()
{
    ChartWidget chart;
    chart.resize(600, 240);
    chart.setUnit(ChartWidget::Unit::BytesPerSecond);
    chart.setSeries({series(QStringLiteral("In"), Qt::blue, 2048), series(QStringLiteral("Out"), Qt::red, 4096)});
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Middle of the plot: a time and both series in KB/s.
    const QString text = chart.hoverText(QPoint(chart.width() / 2, chart.height() / 2));
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1Char(':')), qPrintable(lines.at(0))); // a time of day
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("In: ")) && lines.at(1).endsWith(QStringLiteral("KB/s")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Out: ")) && lines.at(2).endsWith(QStringLiteral("KB/s")),
             qPrintable(lines.at(2)));
    // Outside the plot (the legend line at the top, the far left axis): nothing.
    QVERIFY(chart.hoverText(QPoint(1, 1)).isEmpty());
    QVERIFY(chart.hoverText(QPoint(1, chart.height() / 2)).isEmpty());

    // Near the right edge: the newest point, 10:59 UTC.
    const QString last = chart.hoverText(QPoint(chart.width() - 14, chart.height() / 2));
    const QDateTime newest = QDateTime(QDate(2026, 11, 28), QTime(10, 59), Qt::UTC).toLocalTime();
    QVERIFY2(last.startsWith(QLocale().toString(newest, QLocale::ShortFormat)), qPrintable(last));
}

void TestChartWidget::drawsLinesOrSaysNoData()
{
    ChartWidget chart;
    chart.resize(500, 200);
    chart.setTitle(QStringLiteral("CPU"));
    chart.setUnit(ChartWidget::Unit::Percent);
    const QImage empty = chart.grab().toImage();
    QVERIFY(!chart.hasData());

    chart.setSeries({series(QStringLiteral("CPU"), QColor(0x3b, 0x82, 0xf6), 30)});
    QVERIFY(chart.hasData());
    const QImage drawn = chart.grab().toImage();
    QVERIFY(drawn != empty);
    // The line's colour is really on the picture.
    bool blue = false;
    for (int y = 0; y < drawn.height() && !blue; ++y)
        for (int x = 0; x < drawn.width() && !blue; ++x)
            blue = drawn.pixelColor(x, y) == QColor(0x3b, 0x82, 0xf6);
    QVERIFY(blue);
    QVERIFY(distinctColours(drawn) > distinctColours(empty));

    chart.setMessage(QStringLiteral("Loading…"));
    QVERIFY(!chart.hasData());
    QVERIFY(chart.hoverText(QPoint(250, 100)).isEmpty());
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
