#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QRect>

namespace hcloud {

// A copy of the remote framebuffer, 32 bits per pixel as 0xffRRGGBB in
// host order (what QImage::Format_RGB32 reads), rows without padding.
struct ConsoleFrame
{
    QByteArray pixels;
    int width = 0;
    int height = 0;
    QRect changed;  // what this frame changed since the previous one

    bool isNull() const { return width <= 0 || height <= 0; }
    quint32 pixel(int x, int y) const
    {
        return reinterpret_cast<const quint32 *>(pixels.constData())[y * width + x];
    }
};

} // namespace hcloud

Q_DECLARE_METATYPE(hcloud::ConsoleFrame)
