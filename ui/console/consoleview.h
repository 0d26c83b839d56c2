#pragma once

#include "core/console/consoleframe.h"

#include <QHash>
#include <QImage>
#include <QWidget>

namespace hcloud {

class ConsoleSession;

// The remote screen, scaled to fit or at 1:1, taking keys and the mouse
// for the console. Keys go as keysyms of the text they type, so the local
// layout decides; the keyboard is grabbed while the pointer is inside.
class ConsoleView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleView(ConsoleSession *console, QWidget *parent = nullptr);

    void setScaled(bool scaled);
    bool isScaled() const { return m_scaled; }
    const QImage &image() const { return m_image; }
    // Where the framebuffer is drawn, in widget coordinates.
    QRect screenRect() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void frameChanged(const QRect &changed);
    void pointer(const QPointF &pos, Qt::MouseButtons buttons, int extra = 0);
    void releaseKeys();

    ConsoleSession *m_console;
    ConsoleFrame m_frame;  // keeps the pixels m_image reads
    QImage m_image;
    bool m_scaled = true;
    QHash<quint64, quint32> m_held;  // scan code or key -> keysym sent down
};

} // namespace hcloud
