#pragma once

#include "core/api/apierror.h"
#include "core/resources/serverspec.h"

#include <QObject>
#include <QPointer>

namespace hcloud {

class ProjectSession;

// New Server's writes: a pasted public key becomes a project key first,
// then the server is created with it. Each POST is sent once; when the key
// is refused, no server is asked for. Emits finished() once, then deletes
// itself later.
class CreateServerJob : public QObject
{
    Q_OBJECT
public:
    CreateServerJob(ProjectSession *session, const ServerSpec &spec, QObject *parent = nullptr);
    void start();

    const ApiError &error() const { return m_error; }
    bool keyRefused() const { return m_keyRefused; } // the error is the key's
    qint64 addedKeyId() const { return m_addedKeyId; }
    qint64 serverId() const { return m_serverId; }
    // Set by the API when no SSH key was given; show it once.
    const QString &rootPassword() const { return m_rootPassword; }

signals:
    // What is being done now, for the user ("Adding the SSH key…").
    void progress(const QString &text);
    void finished();

private:
    void createServer();
    void finish(const ApiError &error);

    QPointer<ProjectSession> m_session;
    ServerSpec m_spec;
    ApiError m_error;
    bool m_keyRefused = false;
    qint64 m_addedKeyId = 0;
    qint64 m_serverId = 0;
    QString m_rootPassword;
};

} // namespace hcloud
