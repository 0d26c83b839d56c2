#include "ui/servers/chartwidget.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace hcloud {

namespace {

constexpr int kPad = 6;
constexpr double kKilo = 1024.0;

// 1, 2 or 5 times a power of ten: ticks people can read.
double niceStep(double range, int ticks)
{
    const double raw = range / qMax(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    return nice * magnitude;
}

int decimalsFor(double step)
{
    return qMax(0, int(-std::floor(std::log10(step) + 1e-9)));
}

// Bytes scale by 1024 so that the axis reads in one unit (all KB/s, say).
double byteDivisor(double max)
{
    double divisor = 1;
    while (max / divisor >= kKilo && divisor < kKilo * kKilo * kKilo)
        divisor *= kKilo;
    return divisor;
}

QString byteUnit(double divisor)
{
    if (divisor >= kKilo * kKilo * kKilo)
        return ChartWidget::tr("GB/s");
    if (divisor >= kKilo * kKilo)
        return ChartWidget::tr("MB/s");
    if (divisor >= kKilo)
        return ChartWidget::tr("KB/s");
    return ChartWidget::tr("B/s");
}

QString withUnit(const QString &number, ChartWidget::Unit unit, double divisor)
{
    switch (unit) {
    case ChartWidget::Unit::Percent:
        return ChartWidget::tr("%1 %").arg(number);
    case ChartWidget::Unit::BytesPerSecond:
        return ChartWidget::tr("%1 %2", "value and unit").arg(number, byteUnit(divisor));
    case ChartWidget::Unit::Iops:
        return ChartWidget::tr("%1 IOPS").arg(number);
    case ChartWidget::Unit::PacketsPerSecond:
        return ChartWidget::tr("%1 packets/s").arg(number);
    }
    return number;
}

// Time-axis steps in seconds; days step by calendar day (DST-safe).
const qint64 kTimeSteps[] = {60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
                             86400, 172800, 604800};

QDateTime nextTick(const QDateTime &t, qint64 step)
{
    return step >= 86400 ? t.addDays(step / 86400) : t.addSecs(step);
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void ChartWidget::setUnit(Unit unit)
{
    m_unit = unit;
    update();
}

void ChartWidget::setSeries(const QVector<Series> &series)
{
    m_series = series;
    m_hoverX = -1;
    update();
}

void ChartWidget::setMessage(const QString &message)
{
    m_message = message;
    update();
}

bool ChartWidget::hasData() const
{
    return m_message.isEmpty()
        && std::any_of(m_series.cbegin(), m_series.cend(), [](const Series &s) { return !s.points.isEmpty(); });
}

QString ChartWidget::formatValue(double value, Unit unit)
{
    const QLocale locale;
    if (unit == Unit::BytesPerSecond) {
        const double divisor = byteDivisor(std::abs(value));
        const double scaled = value / divisor;
        const int decimals = divisor == 1 ? 0 : (std::abs(scaled) < 10 ? 2 : 1);
        return withUnit(locale.toString(scaled, 'f', decimals), unit, divisor);
    }
    const int decimals = unit == Unit::Percent ? 1 : (std::abs(value) < 10 ? 1 : 0);
    return withUnit(locale.toString(value, 'f', decimals), unit, 1);
}

QSize ChartWidget::sizeHint() const
{
    return QSize(480, 200);
}

QSize ChartWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(16 * line, 8 * line);
}

ChartWidget::Scale ChartWidget::scale() const
{
    Scale s;
    bool any = false;
    double maxY = 0;
    for (const Series &series : m_series) {
        for (const QPointF &p : series.points) {
            if (!any) {
                s.xMin = s.xMax = p.x();
                any = true;
            }
            s.xMin = qMin(s.xMin, p.x());
            s.xMax = qMax(s.xMax, p.x());
            maxY = qMax(maxY, p.y());
        }
    }
    if (!any || s.xMax <= s.xMin)
        s.xMax = s.xMin + 3600 * 1000.0;
    // Metrics never go below zero: anchor at 0 so heights compare.
    if (maxY <= 0)
        maxY = 1;
    const double divisor = m_unit == Unit::BytesPerSecond ? byteDivisor(maxY) : 1;
    s.step = niceStep(maxY / divisor, 4) * divisor;
    s.min = 0;
    s.max = std::ceil(maxY / s.step - 1e-9) * s.step;
    return s;
}

QRectF ChartWidget::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const Scale s = scale();
    const double divisor = m_unit == Unit::BytesPerSecond ? byteDivisor(s.max) : 1;
    const int decimals = decimalsFor(s.step / divisor);
    int labelWidth = 0;
    for (double v = s.min; v <= s.max + s.step / 2; v += s.step)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(
                                          withUnit(QLocale().toString(v / divisor, 'f', decimals), m_unit, divisor)));
    const double top = fm.height() + 2 * kPad;
    const double left = labelWidth + 2 * kPad;
    const double bottom = fm.height() + 2 * kPad;
    return QRectF(left, top, qMax(1.0, width() - left - 2 * kPad), qMax(1.0, height() - top - bottom));
}

double ChartWidget::nearestTime(double x) const
{
    double best = x;
    double bestDistance = -1;
    for (const Series &series : m_series) {
        const auto it = std::lower_bound(series.points.cbegin(), series.points.cend(), x,
                                         [](const QPointF &p, double v) { return p.x() < v; });
        for (auto candidate : {it, it == series.points.cbegin() ? it : it - 1}) {
            if (candidate == series.points.cend())
                continue;
            const double d = std::abs(candidate->x() - x);
            if (bestDistance < 0 || d < bestDistance) {
                bestDistance = d;
                best = candidate->x();
            }
        }
    }
    return best;
}

QString ChartWidget::hoverText(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    if (!hasData() || !plot.contains(pos))
        return {};
    const Scale s = scale();
    const double t = nearestTime(s.xMin + (pos.x() - plot.left()) / plot.width() * (s.xMax - s.xMin));
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(t)).toLocalTime();
    QStringList lines{QLocale().toString(time, QLocale::ShortFormat)};
    for (const Series &series : m_series) {
        const auto it = std::find_if(series.points.cbegin(), series.points.cend(),
                                     [t](const QPointF &p) { return p.x() == t; });
        const QString value = it == series.points.cend() ? tr("no value") : formatValue(it->y(), m_unit);
        lines.append(tr("%1: %2", "series: value").arg(series.name, value));
    }
    return lines.join(QLatin1Char('\n'));
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QString text = hoverText(pos);
    if (text.isEmpty()) {
        if (m_hoverX >= 0) {
            m_hoverX = -1;
            QToolTip::hideText();
            update();
        }
        return;
    }
    const QRectF plot = plotRect();
    const Scale s = scale();
    const double t = nearestTime(s.xMin + (pos.x() - plot.left()) / plot.width() * (s.xMax - s.xMin));
    const int x = qRound(plot.left() + (t - s.xMin) / (s.xMax - s.xMin) * plot.width());
    if (x != m_hoverX) {
        m_hoverX = x;
        update();
    }
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ChartWidget::leaveEvent(QEvent *event)
{
    m_hoverX = -1;
    QToolTip::hideText();
    update();
    QWidget::leaveEvent(event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF plot = plotRect();
    const Scale s = scale();
    painter.fillRect(plot, palette().base());
    drawAxes(painter, plot, s);
    drawLegend(painter);

    QColor faint = palette().color(QPalette::Text);
    faint.setAlphaF(0.6);
    if (!hasData()) {
        painter.setPen(faint);
        painter.drawText(plot, Qt::AlignCenter, m_message.isEmpty() ? tr("No data") : m_message);
        return;
    }

    painter.save();
    painter.setClipRect(plot.adjusted(-1, -1, 1, 1));
    const auto map = [&](const QPointF &p) {
        return QPointF(plot.left() + (p.x() - s.xMin) / (s.xMax - s.xMin) * plot.width(),
                       plot.bottom() - (p.y() - s.min) / (s.max - s.min) * plot.height());
    };
    for (const Series &series : m_series) {
        if (series.points.isEmpty())
            continue;
        QPainterPath path(map(series.points.first()));
        for (const QPointF &p : series.points)
            path.lineTo(map(p));
        painter.setPen(QPen(series.color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();

    if (m_hoverX >= 0) {
        painter.setPen(QPen(faint, 1, Qt::DashLine));
        painter.drawLine(QPointF(m_hoverX + 0.5, plot.top()), QPointF(m_hoverX + 0.5, plot.bottom()));
    }
}

void ChartWidget::drawAxes(QPainter &painter, const QRectF &plot, const Scale &s) const
{
    const QFontMetrics fm = fontMetrics();
    QColor grid = palette().color(QPalette::Text);
    grid.setAlphaF(0.15);
    QColor label = palette().color(QPalette::Text);
    label.setAlphaF(0.75);

    // Value axis: horizontal grid lines with labels in one unit.
    const double divisor = m_unit == Unit::BytesPerSecond ? byteDivisor(s.max) : 1;
    const int decimals = decimalsFor(s.step / divisor);
    for (double v = s.min; v <= s.max + s.step / 2; v += s.step) {
        const double y = qRound(plot.bottom() - (v - s.min) / (s.max - s.min) * plot.height()) + 0.5;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(label);
        const QString text = withUnit(QLocale().toString(v / divisor, 'f', decimals), m_unit, divisor);
        painter.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - kPad, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }

    // Time axis: local time, aligned to local midnight, as many ticks as fit.
    const double rangeSecs = (s.xMax - s.xMin) / 1000.0;
    const int maxTicks = qMax(2, int(plot.width() / (fm.horizontalAdvance(QStringLiteral("00:00")) * 2.5)));
    qint64 step = kTimeSteps[std::size(kTimeSteps) - 1];
    for (qint64 candidate : kTimeSteps) {
        if (rangeSecs / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(qint64(s.xMin)).toLocalTime();
    QDateTime tick = start.date().startOfDay();
    while (tick.toMSecsSinceEpoch() < s.xMin)
        tick = nextTick(tick, step);
    const QLocale locale;
    for (; tick.toMSecsSinceEpoch() <= s.xMax; tick = nextTick(tick, step)) {
        const double x = qRound(plot.left() + (tick.toMSecsSinceEpoch() - s.xMin) / (s.xMax - s.xMin) * plot.width()) + 0.5;
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const bool dayLabel = step >= 86400 || (rangeSecs > 86400 && tick.time() == QTime(0, 0));
        const QString text = locale.toString(tick, dayLabel ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
        const double w = fm.horizontalAdvance(text);
        const double left = qBound(0.0, x - w / 2, width() - w);
        painter.setPen(label);
        painter.drawText(QRectF(left, plot.bottom() + kPad / 2.0, w, fm.height()), Qt::AlignCenter, text);
    }

    painter.setPen(grid);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot.adjusted(0.5, 0.5, -0.5, -0.5));
}

void ChartWidget::drawLegend(QPainter &painter) const
{
    const QFontMetrics fm = fontMetrics();
    const double y = kPad;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(kPad, y, width() / 2.0, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.setFont(font());

    // Right-aligned: swatch, name, gap, ...
    const int swatch = fm.height();
    double x = width() - kPad;
    for (auto it = m_series.crbegin(); it != m_series.crend(); ++it) {
        const double w = fm.horizontalAdvance(it->name);
        x -= w;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, it->name);
        x -= swatch + 4;
        painter.setPen(QPen(it->color, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(x + 2, y + fm.height() / 2.0), QPointF(x + swatch - 2, y + fm.height() / 2.0));
        x -= 3 * kPad;
    }
}

} // namespace hcloud
