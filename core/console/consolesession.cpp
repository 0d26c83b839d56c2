#include "core/console/consolesession.h"

#include "core/console/consoleconnection.h"
#include "core/console/consolelog.h"
#include "core/console/keystroketyper.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/resources/actiontext.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hcloud {

ConsoleSession::ConsoleSession(ProjectSession *session, qint64 serverId, const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_serverId(serverId)
    , m_serverName(serverName)
    , m_typer(new KeystrokeTyper([this](quint32 keysym, bool down) { sendKey(keysym, down); }, this))
{
}

ConsoleSession::~ConsoleSession()
{
    m_typer->cancel();
}

void ConsoleSession::setState(State state, const QString &message)
{
    m_message = message;
    if (state != State::Connected)
        m_typer->cancel();
    m_state = state;
    emit stateChanged(state);
}

const ConsoleFrame &ConsoleSession::frame() const
{
    return m_connection ? m_connection->frame() : m_lastFrame;
}

void ConsoleSession::start()
{
    if (m_state == State::Requesting || m_state == State::Connecting || m_state == State::Connected)
        return;
    m_renewed = false;
    requestUrl();
}

void ConsoleSession::close()
{
    if (m_connection)
        m_connection->close();
}

void ConsoleSession::requestUrl()
{
    if (!m_session)
        return;
    if (!m_session->canWrite()) {
        setState(State::Failed, m_session->whyNoWrite());
        return;
    }
    setState(State::Requesting);
    ++m_urlRequests;
    PendingWrite *pending = m_session->actions()->run(tr("Open the console of “%1”").arg(m_serverName), "POST",
                                                      QStringLiteral("/servers/%1/actions/request_console").arg(m_serverId));
    connect(pending, &PendingWrite::finished, this, [this, pending] {
        const ApiError &error = pending->error();
        if (error.isError()) {
            if (error.code == QLatin1String("token_readonly"))
                setState(State::Failed, tr("This project's token may only read. Opening a console creates a one-time "
                                           "password, which needs a Read & Write token: add one to the project."));
            else if (error.code == QLatin1String("server_not_running"))
                setState(State::Failed, tr("The server is not running (or is still starting), so it has no console "
                                           "yet. Connect again once it runs; power it on if it is off."));
            else
                setState(State::Failed, tr("The console could not be requested. %1").arg(error.userText()));
            return;
        }
        connectTo(pending->json().value(QLatin1String("wss_url")).toString(),
                  pending->json().value(QLatin1String("password")).toString().toUtf8());
    });
}

void ConsoleSession::connectTo(const QString &url, QByteArray password)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("wss") && parsed.scheme() != QLatin1String("ws"))) {
        password.fill('\0');
        setState(State::Failed, tr("The API answered a console address this program cannot open."));
        return;
    }
    if (m_connection) {
        m_lastFrame = m_connection->frame();
        m_connection->deleteLater();
    }
    m_connection = new ConsoleConnection(this);
    connect(m_connection, &ConsoleConnection::connected, this, [this] { setState(State::Connected); });
    connect(m_connection, &ConsoleConnection::frameChanged, this, &ConsoleSession::frameChanged);
    connect(m_connection, &ConsoleConnection::ended, this, [this](ConsoleConnection::End end) { ended(int(end)); });
    setState(State::Connecting);
    m_connection->open(parsed, password);
    password.fill('\0');
}

void ConsoleSession::ended(int endValue)
{
    const auto end = ConsoleConnection::End(endValue);
    const QString detail = m_connection ? m_connection->detail() : QString();
    qCInfo(lcConsole) << "console of server" << m_serverId << "ended:" << end;
    switch (end) {
    case ConsoleConnection::End::Refused:
        if (!m_renewed) {
            // The one-minute URL may have run out between answer and
            // connect: one new URL, never more.
            m_renewed = true;
            requestUrl();
            return;
        }
        setState(State::Failed, tr("The console refused its address: it is valid for one minute and only once, and "
                                   "it had expired again. Connect again for a new one."));
        return;
    case ConsoleConnection::End::WrongPassword:
        setState(State::Failed, tr("The console did not accept its one-time password. Nothing was retried; "
                                   "connect again for a new address and password."));
        return;
    case ConsoleConnection::End::Failed:
        setState(State::Failed, detail.isEmpty() ? tr("The console could not be reached.")
                                                 : tr("The console could not be reached: %1").arg(detail));
        return;
    case ConsoleConnection::End::Dropped:
        if (detail.contains(QLatin1String("reboot")))
            setState(State::Disconnected, tr("The server is rebooting, so its console closed. Reconnect once it "
                                             "has started again."));
        else if (detail.contains(QLatin1String("not running")))
            setState(State::Disconnected, tr("The server stopped running, so its console closed. Reconnect once it "
                                             "runs again."));
        else
            setState(State::Disconnected, tr("The console connection closed. Reconnect to open it again."));
        followServerActions();
        return;
    case ConsoleConnection::End::Closed:
        setState(State::Disconnected, tr("The console is closed."));
        return;
    }
}

void ConsoleSession::followServerActions()
{
    // A reboot from inside (Ctrl+Alt+Del) is an action we did not start:
    // list it in the activity like ours, and refresh the server's row.
    if (!m_session)
        return;
    QUrlQuery query;
    // The newest one: with a quick action it may have ended already.
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:desc"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    ApiCall *call = m_session->client()->get(QStringLiteral("/servers/%1/actions").arg(m_serverId), query);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!m_session || call->error().isError())
            return;
        for (const QJsonValue &value : call->json().value(QLatin1String("actions")).toArray()) {
            const QJsonObject action = value.toObject();
            if (action.value(QLatin1String("command")).toString() == QLatin1String("request_console"))
                continue;
            m_session->actions()->follow(
                action, tr("%1 “%2”").arg(actionCommandText(action.value(QLatin1String("command")).toString()),
                                          m_serverName));
        }
        m_session->refreshKind(QStringLiteral("servers"));
    });
}

void ConsoleSession::sendKey(quint32 keysym, bool down)
{
    if (m_connection && m_state == State::Connected)
        m_connection->sendKey(keysym, down);
}

void ConsoleSession::sendPointer(int x, int y, int buttons)
{
    if (m_connection && m_state == State::Connected)
        m_connection->sendPointer(x, y, buttons);
}

void ConsoleSession::sendCombination(const QVector<quint32> &keysyms)
{
    for (quint32 keysym : keysyms)
        sendKey(keysym, true);
    for (auto it = keysyms.crbegin(); it != keysyms.crend(); ++it)
        sendKey(*it, false);
}

void ConsoleSession::typeText(const QString &text)
{
    if (m_state == State::Connected)
        m_typer->type(text);
}

} // namespace hcloud
