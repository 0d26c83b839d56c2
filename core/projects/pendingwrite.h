#pragma once

#include "core/api/apierror.h"

#include <QJsonObject>
#include <QObject>

namespace hcloud {

// A write a ProjectSession runs for the UI: the token is read from the vault
// first when needed, then one request is sent, never retried. Emits
// finished() exactly once, then deletes itself later.
class PendingWrite : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    const QJsonObject &json() const { return m_json; }
    const ApiError &error() const { return m_error; }
    // No answer came, so the write may or may not have happened. After
    // ProjectActions has looked: whether a retry is safe (it did not happen).
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    bool retryIsSafe() const { return m_retryIsSafe; }

    void finish(const QJsonObject &json, const ApiError &error, bool outcomeUnknown = false);
    void setRetryIsSafe(bool safe) { m_retryIsSafe = safe; }

signals:
    void finished();

private:
    QJsonObject m_json;
    ApiError m_error;
    bool m_outcomeUnknown = false;
    bool m_retryIsSafe = false;
    bool m_done = false;
};

} // namespace hcloud
