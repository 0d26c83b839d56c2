#include "core/console/vncworker.h"

#include "core/console/consolelog.h"

#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace hcloud {

namespace {

int kTag;  // address is the client-data key

// libvncclient logs through two global hooks; its lines go to our
// category. It never prints the password, and we never hand it one to print.
thread_local QByteArray t_lastLog;

void logLine(const char *format, ...)
{
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    t_lastLog = QByteArray(line).trimmed();
    qCDebug(lcConsole).noquote() << "libvncclient:" << QString::fromUtf8(t_lastLog);
}

VncWorker *worker(rfbClient *client)
{
    return static_cast<VncWorker *>(rfbClientGetClientData(client, &kTag));
}

char *passwordCallback(rfbClient *client)
{
    return worker(client)->takePassword();
}

void updateCallback(rfbClient *client, int x, int y, int w, int h)
{
    worker(client)->gotUpdate(x, y, w, h);
}

void finishedCallback(rfbClient *client)
{
    worker(client)->finishedUpdate();
}

} // namespace

VncWorker::VncWorker(int fd, const QByteArray &password, QObject *parent)
    : QThread(parent), m_fd(fd), m_password(password)
{
    qRegisterMetaType<ConsoleFrame>();
    qRegisterMetaType<Failure>();
    static bool hooked = [] {
        rfbClientLog = logLine;
        rfbClientErr = logLine;
        return true;
    }();
    Q_UNUSED(hooked);
}

VncWorker::~VncWorker()
{
    m_password.fill('\0');
    if (m_fd >= 0 && !m_client)
        ::close(m_fd);
}

void VncWorker::sendKey(quint32 keysym, bool down)
{
    QMutexLocker lock(&m_mutex);
    m_events.append({true, keysym, down ? 1 : 0, 0});
}

void VncWorker::sendPointer(int x, int y, int buttons)
{
    QMutexLocker lock(&m_mutex);
    m_events.append({false, quint32(buttons), x, y});
}

char *VncWorker::takePassword()
{
    m_passwordAsked = true;
    // libvncclient frees what it gets; our copy goes at once.
    char *copy = static_cast<char *>(std::malloc(size_t(m_password.size()) + 1));
    std::memcpy(copy, m_password.constData(), size_t(m_password.size()));
    copy[m_password.size()] = '\0';
    m_password.fill('\0');
    m_password.clear();
    return copy;
}

void VncWorker::gotUpdate(int x, int y, int w, int h)
{
    m_dirty |= QRect(x, y, w, h);
}

void VncWorker::finishedUpdate()
{
    if (!m_client || m_dirty.isEmpty())
        return;
    ConsoleFrame frame;
    frame.width = m_client->width;
    frame.height = m_client->height;
    frame.changed = m_dirty;
    m_dirty = QRect();
    const int count = frame.width * frame.height;
    frame.pixels.resize(count * 4);
    const auto *in = reinterpret_cast<const quint32 *>(m_client->frameBuffer);
    auto *out = reinterpret_cast<quint32 *>(frame.pixels.data());
    for (int i = 0; i < count; ++i)
        out[i] = in[i] | 0xff000000u;  // the padding byte arrives as 0
    emit frameReady(frame);
}

void VncWorker::drain(rfbClient *client)
{
    QVector<Event> events;
    {
        QMutexLocker lock(&m_mutex);
        events.swap(m_events);
    }
    for (const Event &e : std::as_const(events)) {
        if (e.key)
            SendKeyEvent(client, e.a, e.b ? TRUE : FALSE);
        else
            SendPointerEvent(client, e.b, e.c, int(e.a));
    }
}

namespace {

// rfbClientCleanup leaves the framebuffer to its owner (libvncclient 0.9.14):
// without this every session leaked width x height x 4 bytes.
void releaseClient(rfbClient *client)
{
    std::free(client->frameBuffer);
    client->frameBuffer = nullptr;
    rfbClientCleanup(client);
}

} // namespace

void VncWorker::run()
{
    rfbClient *client = rfbGetClient(8, 3, 4);
    // 0x00RRGGBB in host order, the layout of QImage::Format_RGB32.
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    client->sock = m_fd;
    client->GetPassword = passwordCallback;
    client->GotFrameBufferUpdate = updateCallback;
    client->FinishedFrameBufferUpdate = finishedCallback;
    client->canHandleNewFBSize = FALSE;
    rfbClientSetClientData(client, &kTag, this);

    // What rfbInitClient does once it has a socket: ours is connected.
    if (!InitialiseRFBConnection(client)) {
        const bool auth = m_passwordAsked && t_lastLog.contains("uthentication");
        m_password.fill('\0');
        releaseClient(client);
        m_fd = -1;
        emit ended(auth ? Failure::WrongPassword : Failure::Handshake);
        return;
    }
    client->width = client->si.framebufferWidth;
    client->height = client->si.framebufferHeight;
    if (!client->MallocFrameBuffer(client) || !SetFormatAndEncodings(client)
        || !SendFramebufferUpdateRequest(client, 0, 0, client->width, client->height, FALSE)) {
        releaseClient(client);
        m_fd = -1;
        emit ended(Failure::Handshake);
        return;
    }
    m_client = client;
    emit authenticated(QString::fromUtf8(client->desktopName), client->width, client->height);

    Failure outcome = Failure::None;
    while (!m_stop) {
        drain(client);
        const int ready = WaitForMessage(client, 20000);
        if (ready < 0 || (ready > 0 && !HandleRFBServerMessage(client))) {
            outcome = Failure::Closed;
            break;
        }
    }
    m_client = nullptr;
    releaseClient(client);  // closes the socket
    m_fd = -1;
    emit ended(outcome == Failure::None ? Failure::Closed : outcome);
}

} // namespace hcloud
