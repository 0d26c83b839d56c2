#include "core/projects/pendingwrite.h"

namespace hcloud {

void PendingWrite::finish(const QJsonObject &json, const ApiError &error, bool outcomeUnknown)
{
    if (m_done)
        return;
    m_done = true;
    m_json = json;
    m_error = error;
    m_outcomeUnknown = outcomeUnknown;
    emit finished();
    deleteLater();
}

} // namespace hcloud
