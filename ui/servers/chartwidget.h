#pragma once

#include <QColor>
#include <QPointF>
#include <QVector>
#include <QWidget>

namespace hcloud {

// A small time-series line chart drawn with QPainter: several series, a
// legend, time (local) on x, a value with its unit on y, and a hover marker
// whose tooltip gives every series' value at that time.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Percent, BytesPerSecond, Iops, PacketsPerSecond };
    Q_ENUM(Unit)

    struct Series
    {
        QString name;
        QColor color;
        QVector<QPointF> points; // x: ms since the epoch (UTC), y: value; sorted by x
    };

    explicit ChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setUnit(Unit unit);
    Unit unit() const { return m_unit; }

    void setSeries(const QVector<Series> &series);
    const QVector<Series> &series() const { return m_series; }
    // Shown instead of lines while there is nothing to draw ("Loading…").
    // An empty message with no series reads "No data".
    void setMessage(const QString &message);
    QString message() const { return m_message; }
    bool hasData() const;

    // What hovering at pos shows: the time and each series' value there,
    // with units; empty outside the plot or without data.
    QString hoverText(const QPoint &pos) const;

    // A value with its unit in words a person reads ("1.5 MB/s", "42.0 %").
    static QString formatValue(double value, Unit unit);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Scale
    {
        double min = 0, max = 1;       // y range in raw units
        double step = 1;               // y tick step in raw units
        double xMin = 0, xMax = 1;     // ms since epoch
    };

    QRectF plotRect() const;
    Scale scale() const;
    double nearestTime(double x) const;
    void drawAxes(QPainter &painter, const QRectF &plot, const Scale &scale) const;
    void drawLegend(QPainter &painter) const;

    QString m_title;
    Unit m_unit = Unit::Percent;
    QVector<Series> m_series;
    QString m_message;
    int m_hoverX = -1; // widget x of the marker; -1 when none
};

} // namespace hcloud
