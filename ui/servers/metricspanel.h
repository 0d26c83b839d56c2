#pragma once

#include "ui/servers/chartwidget.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace hcloud {

class ApiCall;
class ApiClient;

// One server's CPU, disk and network graphs over a chosen range, from
// GET /servers/{id}/metrics.
class MetricsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Hour, Day, Week, Month };
    Q_ENUM(Range)

    explicit MetricsPanel(ApiClient *client, QWidget *parent = nullptr);

    // The project's client; a new one clears the panel.
    void setClient(ApiClient *client);
    // 0 clears the panel. Loads the current range.
    void setServerId(qint64 id);
    qint64 serverId() const { return m_serverId; }
    void setRange(Range range);
    Range range() const { return m_range; }
    // Fetches the current range again (ending now).
    void reload();

    bool isLoading() const { return !m_call.isNull(); }
    QString statusText() const;
    ChartWidget *cpuChart() const { return m_cpu; }
    ChartWidget *diskChart() const { return m_disk; }
    ChartWidget *networkChart() const { return m_network; }
    // Disk and network show bandwidth (bytes/s), or with this IOPS and packets/s.
    void setShowOperations(bool operations);
    bool showsOperations() const { return m_operations; }

    static qint64 rangeSeconds(Range range);
    // Seconds between points so that a range yields about 240 of them.
    static int stepSeconds(Range range);
    // The points of one time series in a metrics answer's "time_series".
    static QVector<QPointF> parseSeries(const QJsonObject &timeSeries, const QString &name);

signals:
    // After every fetch; error text empty on success.
    void loaded(const QString &error);

private:
    void showResult();
    void setChartsMessage(const QString &message);

    QPointer<ApiClient> m_client;
    qint64 m_serverId = 0;
    Range m_range = Range::Hour;
    QPointer<ApiCall> m_call;
    QJsonObject m_timeSeries;
    bool m_operations = false;
    QToolButton *m_operationsButton;
    QButtonGroup *m_buttons;
    QLabel *m_status;
    ChartWidget *m_cpu;
    ChartWidget *m_disk;
    ChartWidget *m_network;
};

} // namespace hcloud
