#include "core/projects/createserverjob.h"

#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/projectsession.h"

#include <QCoreApplication>

namespace hcloud {

namespace {
// The texts were New Server's; their context stays so translations apply.
QString text(const char *source)
{
    return QCoreApplication::translate("hcloud::CreateServerDialog", source);
}
} // namespace

CreateServerJob::CreateServerJob(ProjectSession *session, const ServerSpec &spec, QObject *parent)
    : QObject(parent), m_session(session), m_spec(spec)
{
}

void CreateServerJob::start()
{
    if (!m_session)
        return finish(ApiError::network(QStringLiteral("the project was closed")));
    if (m_spec.newPublicKey.trimmed().isEmpty())
        return createServer();
    emit progress(text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Adding the SSH key…")));
    PendingWrite *write = m_session->write("POST", QStringLiteral("/ssh_keys"), m_spec.newKeyBody());
    connect(write, &PendingWrite::finished, this, [this, write] {
        if (write->error().isError()) {
            m_keyRefused = true;
            return finish(write->error());
        }
        m_addedKeyId = write->json().value(QLatin1String("ssh_key"))[QLatin1String("id")].toInteger();
        if (m_session)
            m_session->catalog()->reload(QStringLiteral("ssh_keys"));
        createServer();
    });
}

void CreateServerJob::createServer()
{
    if (!m_session)
        return finish(ApiError::network(QStringLiteral("the project was closed")));
    const QString name = m_spec.name.trimmed();
    emit progress(text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Creating “%1”…")).arg(name));
    PendingWrite *write = m_session->actions()->run(
        text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Create server “%1”")).arg(name), "POST",
        QStringLiteral("/servers"), m_spec.body(m_addedKeyId));
    connect(write, &PendingWrite::finished, this, [this, write] {
        m_serverId = write->json().value(QLatin1String("server"))[QLatin1String("id")].toInteger();
        m_rootPassword = write->json().value(QLatin1String("root_password")).toString();
        finish(write->error());
    });
}

void CreateServerJob::finish(const ApiError &error)
{
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace hcloud
