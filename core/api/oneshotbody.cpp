#include "core/api/oneshotbody.h"

#include <cstring>

namespace hcloud {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    // Forward is harmless (nothing is sent twice); backward is a re-send.
    if (pos < this->pos() || pos > m_data.size()) {
        ++m_rewindsRefused;
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - pos());
    if (n <= 0)
        return n == 0 ? 0 : -1;
    std::memcpy(data, m_data.constData() + pos(), size_t(n));
    return n;
}

} // namespace hcloud
