#include "pendingwrite.h"

namespace hcloud {

void PendingWrite::finish(const QJsonObject &json, const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_json = json;
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace hcloud
