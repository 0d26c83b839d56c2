#include "ui/servers/metricspanel.h"

#include "core/api/apiclient.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <cmath>

namespace hcloud {

namespace {
constexpr int kPoints = 240;

// Colours readable on light and dark backgrounds alike.
const QColor kFirst(0x3b, 0x82, 0xf6);
const QColor kSecond(0xf9, 0x73, 0x16);
} // namespace

MetricsPanel::MetricsPanel(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_operationsButton(new QToolButton(this))
    , m_buttons(new QButtonGroup(this))
    , m_status(new QLabel(this))
    , m_cpu(new ChartWidget(this))
    , m_disk(new ChartWidget(this))
    , m_network(new ChartWidget(this))
{
    auto *bar = new QHBoxLayout;
    const QList<QPair<Range, QString>> ranges{{Range::Hour, tr("1 h")},
                                              {Range::Day, tr("24 h")},
                                              {Range::Week, tr("7 d")},
                                              {Range::Month, tr("30 d")}};
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == m_range);
        m_buttons->addButton(button, int(range));
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    m_operationsButton->setText(tr("IOPS and packets"));
    m_operationsButton->setToolTip(tr("Show disk operations and network packets instead of bandwidth"));
    m_operationsButton->setCheckable(true);
    m_operationsButton->setAutoRaise(true);
    bar->addWidget(m_operationsButton);
    connect(m_operationsButton, &QToolButton::toggled, this, &MetricsPanel::setShowOperations);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });

    m_cpu->setTitle(tr("CPU"));
    m_cpu->setUnit(ChartWidget::Unit::Percent);
    m_disk->setTitle(tr("Disk"));
    m_disk->setUnit(ChartWidget::Unit::BytesPerSecond);
    m_network->setTitle(tr("Network"));
    m_network->setUnit(ChartWidget::Unit::BytesPerSecond);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_cpu, 1);
    layout->addWidget(m_disk, 1);
    layout->addWidget(m_network, 1);
    setChartsMessage(tr("No server selected"));
}

qint64 MetricsPanel::rangeSeconds(Range range)
{
    switch (range) {
    case Range::Hour:
        return 3600;
    case Range::Day:
        return 24 * 3600;
    case Range::Week:
        return 7 * 24 * 3600;
    case Range::Month:
        return 30 * 24 * 3600;
    }
    return 3600;
}

int MetricsPanel::stepSeconds(Range range)
{
    return int(std::ceil(double(rangeSeconds(range)) / kPoints));
}

void MetricsPanel::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_serverId = -1; // forces the next setServerId() to load
    setServerId(0);
}

void MetricsPanel::setServerId(qint64 id)
{
    if (id == m_serverId)
        return;
    m_serverId = id;
    m_timeSeries = {};
    showResult();
    reload();
}

void MetricsPanel::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_buttons->button(int(range)))
        button->setChecked(true);
    reload();
}

QString MetricsPanel::statusText() const
{
    return m_status->text();
}

void MetricsPanel::setChartsMessage(const QString &message)
{
    for (ChartWidget *chart : {m_cpu, m_disk, m_network})
        chart->setMessage(message);
}

void MetricsPanel::reload()
{
    // A newer request supersedes the one under way; its answer is ignored.
    if (m_call)
        m_call->disconnect(this);
    m_call.clear();
    if (m_serverId <= 0 || !m_client) {
        m_status->clear();
        setChartsMessage(tr("No server selected"));
        return;
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-rangeSeconds(m_range));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("cpu,disk,network"));
    query.addQueryItem(QStringLiteral("start"), start.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("end"), end.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("step"), QString::number(stepSeconds(m_range)));
    m_status->setText(tr("Loading…"));
    setChartsMessage(tr("Loading…"));
    m_call = m_client->get(QStringLiteral("/servers/%1/metrics").arg(m_serverId), query);
    connect(m_call, &ApiCall::finished, this, [this, call = m_call.data()] {
        m_call.clear();
        if (call->error().isError()) {
            const QString text = call->error().userText();
            m_status->setText(text);
            setChartsMessage(tr("No data"));
            emit loaded(text);
            return;
        }
        m_status->clear();
        m_timeSeries = call->json()[QStringLiteral("metrics")][QStringLiteral("time_series")].toObject();
        setChartsMessage(QString());
        showResult();
        emit loaded(QString());
    });
}

QVector<QPointF> MetricsPanel::parseSeries(const QJsonObject &timeSeries, const QString &name)
{
    QVector<QPointF> points;
    const QJsonArray values = timeSeries.value(name)[QStringLiteral("values")].toArray();
    points.reserve(values.size());
    for (const QJsonValue &pair : values) {
        const QJsonArray p = pair.toArray();
        if (p.size() != 2)
            continue;
        bool ok = false;
        // Values come as strings; "NaN" marks a gap and is left out.
        const double value = p.at(1).isString() ? p.at(1).toString().toDouble(&ok) : p.at(1).toDouble();
        if (p.at(1).isDouble())
            ok = true;
        if (!ok || !std::isfinite(value))
            continue;
        points.append(QPointF(p.at(0).toDouble() * 1000.0, value));
    }
    return points;
}

void MetricsPanel::setShowOperations(bool operations)
{
    m_operations = operations;
    m_operationsButton->setChecked(operations);
    showResult();
}

void MetricsPanel::showResult()
{
    const auto series = [this](const QString &name, const QColor &color, const char *key) {
        return ChartWidget::Series{name, color, parseSeries(m_timeSeries, QLatin1String(key))};
    };
    m_cpu->setSeries({series(tr("CPU"), kFirst, "cpu")});
    // One unit per chart: bandwidth, or operations and packets.
    if (m_operations) {
        m_disk->setUnit(ChartWidget::Unit::Iops);
        m_disk->setSeries({series(tr("Read"), kFirst, "disk.0.iops.read"),
                           series(tr("Write"), kSecond, "disk.0.iops.write")});
        m_network->setUnit(ChartWidget::Unit::PacketsPerSecond);
        m_network->setSeries({series(tr("In"), kFirst, "network.0.pps.in"),
                              series(tr("Out"), kSecond, "network.0.pps.out")});
    } else {
        m_disk->setUnit(ChartWidget::Unit::BytesPerSecond);
        m_disk->setSeries({series(tr("Read"), kFirst, "disk.0.bandwidth.read"),
                           series(tr("Write"), kSecond, "disk.0.bandwidth.write")});
        m_network->setUnit(ChartWidget::Unit::BytesPerSecond);
        m_network->setSeries({series(tr("In"), kFirst, "network.0.bandwidth.in"),
                              series(tr("Out"), kSecond, "network.0.bandwidth.out")});
    }
}

} // namespace hcloud
