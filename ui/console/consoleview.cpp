#include "ui/console/consoleview.h"

#include "core/console/consolesession.h"
#include "core/console/keysyms.h"

#include <QKeyEvent>
#include <QPainter>

namespace hcloud {

ConsoleView::ConsoleView(ConsoleSession *console, QWidget *parent) : QWidget(parent), m_console(console)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Server console"));
    connect(console, &ConsoleSession::frameChanged, this, &ConsoleView::frameChanged);
}

QSize ConsoleView::sizeHint() const
{
    return m_image.isNull() ? QSize(960, 500) : m_image.size();
}

void ConsoleView::setScaled(bool scaled)
{
    m_scaled = scaled;
    setMinimumSize(scaled || m_image.isNull() ? QSize(160, 100) : m_image.size());
    update();
}

void ConsoleView::frameChanged(const QRect &changed)
{
    const ConsoleFrame &frame = m_console->frame();
    const bool resized = frame.width != m_frame.width || frame.height != m_frame.height;
    m_frame = frame;
    m_image = QImage(reinterpret_cast<const uchar *>(m_frame.pixels.constData()), m_frame.width, m_frame.height,
                     m_frame.width * 4, QImage::Format_RGB32);
    if (resized)
        setScaled(m_scaled);
    if (m_scaled || resized) {
        update();
    } else {
        update(changed.translated(screenRect().topLeft()));
    }
}

QRect ConsoleView::screenRect() const
{
    if (m_image.isNull())
        return {};
    if (!m_scaled)
        return QRect(QPoint(0, 0), m_image.size());
    const QSize size = m_image.size().scaled(this->size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void ConsoleView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scaled);
    painter.drawImage(screenRect(), m_image);
}

void ConsoleView::keyPressEvent(QKeyEvent *event)
{
    const quint32 keysym = keysyms::forKey(event->key(), event->text());
    if (!keysym) {
        QWidget::keyPressEvent(event);
        return;
    }
    // The release may carry no text: send up what went down.
    const quint64 slot = event->nativeScanCode() ? event->nativeScanCode() : quint64(event->key()) << 32;
    if (!event->isAutoRepeat())
        m_held.insert(slot, keysym);
    m_console->sendKey(keysym, true);
    event->accept();
}

void ConsoleView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->isAutoRepeat()) {
        event->accept();
        return;
    }
    const quint64 slot = event->nativeScanCode() ? event->nativeScanCode() : quint64(event->key()) << 32;
    const quint32 keysym = m_held.contains(slot) ? m_held.take(slot) : keysyms::forKey(event->key(), event->text());
    if (!keysym) {
        QWidget::keyReleaseEvent(event);
        return;
    }
    m_console->sendKey(keysym, false);
    event->accept();
}

void ConsoleView::releaseKeys()
{
    // Nothing stays held on the server when focus goes elsewhere.
    for (const quint32 keysym : std::as_const(m_held))
        m_console->sendKey(keysym, false);
    m_held.clear();
}

void ConsoleView::pointer(const QPointF &pos, Qt::MouseButtons buttons, int extra)
{
    const QRect area = screenRect();
    if (area.isEmpty())
        return;
    const int x = qBound(0, int((pos.x() - area.x()) * m_image.width() / area.width()), m_image.width() - 1);
    const int y = qBound(0, int((pos.y() - area.y()) * m_image.height() / area.height()), m_image.height() - 1);
    int mask = extra;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    m_console->sendPointer(x, y, mask);
}

void ConsoleView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    pointer(event->position(), event->buttons());
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    pointer(event->position(), event->buttons());
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    pointer(event->position(), event->buttons());
}

void ConsoleView::wheelEvent(QWheelEvent *event)
{
    // RFB's wheel is a press and release of button 4 (up) or 5 (down).
    const int button = event->angleDelta().y() > 0 ? 8 : 16;
    pointer(event->position(), event->buttons(), button);
    pointer(event->position(), event->buttons());
    event->accept();
}

void ConsoleView::enterEvent(QEnterEvent *)
{
    setFocus(Qt::MouseFocusReason);
    grabKeyboard();
}

void ConsoleView::leaveEvent(QEvent *)
{
    releaseKeyboard();
}

void ConsoleView::focusOutEvent(QFocusEvent *event)
{
    releaseKeys();
    QWidget::focusOutEvent(event);
}

bool ConsoleView::focusNextPrevChild(bool)
{
    return false;  // Tab belongs to the console
}

} // namespace hcloud
