#include "core/sim/consolerfb.h"

#include "core/sim/consoleauth.h"
#include "core/sim/consoleterminal.h"
#include "core/sim/simlog.h"

#include <QRandomGenerator>
#include <QWebSocket>
#include <QtEndian>

namespace hcloud::sim {

namespace {

constexpr quint8 kSecurityVnc = 2;

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}

quint16 get16(const QByteArray &in, int at)
{
    return qFromBigEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, int at)
{
    return qFromBigEndian<quint32>(in.constData() + at);
}

} // namespace

ConsoleRfb::ConsoleRfb(QWebSocket *socket, ConsoleTerminal *terminal, const QByteArray &password,
                       const QString &name, QObject *parent)
    : QObject(parent), m_socket(socket), m_terminal(terminal), m_password(password), m_name(name)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &ConsoleRfb::received);
    connect(socket, &QWebSocket::disconnected, this, [this] {
        m_stage = Stage::Closed;
        emit finished();
    });
    m_socket->sendBinaryMessage(QByteArrayLiteral("RFB 003.008\n"));
}

ConsoleRfb::~ConsoleRfb()
{
    m_password.fill('\0');
}

void ConsoleRfb::drop(const QString &reason)
{
    if (!m_socket || m_stage == Stage::Closed)
        return;
    m_stage = Stage::Closed;
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
}

void ConsoleRfb::received(const QByteArray &data)
{
    m_in.append(data);
    while (m_stage != Stage::Closed && step()) {
    }
}

void ConsoleRfb::refuse(const QString &reason)
{
    // SecurityResult "failed"; 3.8 adds the reason.
    QByteArray out;
    put32(out, 1);
    if (m_minor >= 8) {
        const QByteArray text = reason.toUtf8();
        put32(out, quint32(text.size()));
        out.append(text);
    }
    m_socket->sendBinaryMessage(out);
    m_stage = Stage::Closed;
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, reason);
}

bool ConsoleRfb::step()
{
    switch (m_stage) {
    case Stage::Version: {
        if (m_in.size() < 12)
            return false;
        const QByteArray version = m_in.left(12);
        m_in.remove(0, 12);
        if (!version.startsWith("RFB 003.")) {
            drop(QStringLiteral("not RFB"));
            return false;
        }
        m_minor = version.mid(8, 3).toInt();
        m_challenge.resize(16);
        for (char &c : m_challenge)
            c = char(QRandomGenerator::global()->bounded(256));
        if (m_minor < 7) {
            // 3.3: the server picks the type and sends the challenge.
            QByteArray out;
            put32(out, kSecurityVnc);
            m_socket->sendBinaryMessage(out + m_challenge);
            m_stage = Stage::Auth;
        } else {
            m_socket->sendBinaryMessage(QByteArray("\x01\x02", 2));
            m_stage = Stage::Security;
        }
        return true;
    }
    case Stage::Security: {
        if (m_in.isEmpty())
            return false;
        const quint8 type = quint8(m_in.at(0));
        m_in.remove(0, 1);
        if (type != kSecurityVnc) {
            refuse(QStringLiteral("Security type not supported"));
            return false;
        }
        m_socket->sendBinaryMessage(m_challenge);
        m_stage = Stage::Auth;
        return true;
    }
    case Stage::Auth: {
        if (m_in.size() < 16)
            return false;
        const QByteArray response = m_in.left(16);
        m_in.remove(0, 16);
        const bool ok = !m_password.isEmpty() && response == consoleauth::vncResponse(m_challenge, m_password);
        m_password.fill('\0');
        m_password.clear();  // one attempt per URL
        if (!ok) {
            qCInfo(lcSim) << "console: authentication failed for" << m_name;
            refuse(QStringLiteral("Authentication failed"));
            return false;
        }
        QByteArray out;
        put32(out, 0);
        m_socket->sendBinaryMessage(out);
        m_stage = Stage::Init;
        return true;
    }
    case Stage::Init:
        if (m_in.isEmpty())
            return false;
        m_in.remove(0, 1);  // shared flag: every viewer shares the screen
        sendServerInit();
        m_stage = Stage::Normal;
        return true;
    case Stage::Normal:
        return handleMessage();
    case Stage::Closed:
        return false;
    }
    return false;
}

void ConsoleRfb::sendServerInit()
{
    QByteArray out;
    put16(out, ConsoleScreen::kWidth);
    put16(out, ConsoleScreen::kHeight);
    // 32 bits per pixel, depth 24, little-endian, true colour, 8 bits each.
    out.append(char(32)).append(char(24)).append(char(0)).append(char(1));
    put16(out, 255);
    put16(out, 255);
    put16(out, 255);
    out.append(char(16)).append(char(8)).append(char(0));
    out.append(3, '\0');
    const QByteArray name = m_name.toUtf8();
    put32(out, quint32(name.size()));
    out.append(name);
    m_socket->sendBinaryMessage(out);
}

bool ConsoleRfb::handleMessage()
{
    if (m_in.isEmpty())
        return false;
    const quint8 type = quint8(m_in.at(0));
    auto need = [this](int n) { return m_in.size() >= n; };
    switch (type) {
    case 0: {  // SetPixelFormat
        if (!need(20))
            return false;
        m_format.bitsPerPixel = quint8(m_in.at(4));
        m_format.bigEndian = m_in.at(6) != 0;
        m_format.redMax = get16(m_in, 8);
        m_format.greenMax = get16(m_in, 10);
        m_format.blueMax = get16(m_in, 12);
        m_format.redShift = quint8(m_in.at(14));
        m_format.greenShift = quint8(m_in.at(15));
        m_format.blueShift = quint8(m_in.at(16));
        if (m_format.bitsPerPixel != 8 && m_format.bitsPerPixel != 16 && m_format.bitsPerPixel != 32) {
            drop(QStringLiteral("unsupported pixel format"));
            return false;
        }
        m_sentVersions.clear();
        m_in.remove(0, 20);
        return true;
    }
    case 2: {  // SetEncodings: raw is always there
        if (!need(4))
            return false;
        const int length = 4 + 4 * get16(m_in, 2);
        if (!need(length))
            return false;
        m_in.remove(0, length);
        return true;
    }
    case 3: {  // FramebufferUpdateRequest
        if (!need(10))
            return false;
        const bool incremental = m_in.at(1) != 0;
        const int x = get16(m_in, 2), y = get16(m_in, 4), w = get16(m_in, 6), h = get16(m_in, 8);
        m_in.remove(0, 10);
        sendUpdate(x, y, w, h, incremental);
        return true;
    }
    case 4: {  // KeyEvent
        if (!need(8))
            return false;
        const bool down = m_in.at(1) != 0;
        const quint32 keysym = get32(m_in, 4);
        m_in.remove(0, 8);
        if (m_terminal && m_terminal->key(keysym, down))
            emit rebootRequested();
        else
            emit typed();
        return true;
    }
    case 5:  // PointerEvent: the text console has no mouse
        if (!need(6))
            return false;
        m_in.remove(0, 6);
        return true;
    case 6: {  // ClientCutText
        if (!need(8))
            return false;
        const qint64 length = std::abs(qint64(qint32(get32(m_in, 4))));
        if (m_in.size() < 8 + length)
            return false;
        m_in.remove(0, int(8 + length));
        return true;
    }
    default:
        qCInfo(lcSim) << "console: unknown RFB message" << type;
        drop(QStringLiteral("unknown message"));
        return false;
    }
}

void ConsoleRfb::screenChanged()
{
    if (m_updateWanted)
        sendUpdate(0, 0, ConsoleScreen::kWidth, ConsoleScreen::kHeight, true);
}

void ConsoleRfb::sendUpdate(int x, int y, int w, int h, bool incremental)
{
    if (!m_socket || m_stage != Stage::Normal || !m_terminal)
        return;
    const ConsoleScreen &screen = m_terminal->screen();
    if (m_sentVersions.size() != ConsoleScreen::kRows)
        m_sentVersions = QVector<quint64>(ConsoleScreen::kRows, 0);
    // A full request marks its rows unsent. Each update carries at most a
    // few rows, the rest follow on the next requests (RFB lets the server
    // send any part), so no answer holds the simulator's thread for long:
    // in --demo that is the GUI thread.
    if (!incremental) {
        const int first = std::max(0, y / ConsoleScreen::kCellHeight);
        const int last = std::min(ConsoleScreen::kRows - 1, (y + std::max(h, 1) - 1) / ConsoleScreen::kCellHeight);
        for (int row = first; row <= last && x < ConsoleScreen::kWidth && w > 0; ++row)
            m_sentVersions[row] = 0;
    }
    constexpr int kRowsPerUpdate = 4;
    struct Rect { int x, y, w, h; };
    QVector<Rect> rects;
    int rows = 0;
    for (int row = 0; row < ConsoleScreen::kRows && rows < kRowsPerUpdate; ++row) {
        if (m_sentVersions.at(row) == screen.rowVersion(row))
            continue;
        m_sentVersions[row] = screen.rowVersion(row);
        ++rows;
        const int top = row * ConsoleScreen::kCellHeight;
        if (!rects.isEmpty() && rects.last().y + rects.last().h == top)
            rects.last().h += ConsoleScreen::kCellHeight;
        else
            rects.append({0, top, ConsoleScreen::kWidth, ConsoleScreen::kCellHeight});
    }
    if (rects.isEmpty()) {
        m_updateWanted = true;  // answered when the screen changes
        return;
    }
    m_updateWanted = false;
    QByteArray out;
    out.append(char(0)).append(char(0));
    put16(out, quint16(rects.size()));
    for (const Rect &r : rects) {
        put16(out, quint16(r.x));
        put16(out, quint16(r.y));
        put16(out, quint16(r.w));
        put16(out, quint16(r.h));
        put32(out, 0);  // raw
        out.reserve(out.size() + r.w * r.h * m_format.bitsPerPixel / 8);
        // Two colours on screen: encode each once, then copy bytes.
        QVector<quint32> line(r.w);
        QByteArray lastEncoded;
        quint32 lastRgb = ~0u;
        for (int py = r.y; py < r.y + r.h; ++py) {
            screen.scanline(py, r.x, r.w, line.data());
            for (const quint32 rgb : std::as_const(line)) {
                if (rgb != lastRgb) {
                    lastEncoded.clear();
                    appendPixel(lastEncoded, rgb);
                    lastRgb = rgb;
                }
                out.append(lastEncoded);
            }
        }
    }
    m_socket->sendBinaryMessage(out);
}

void ConsoleRfb::appendPixel(QByteArray &out, quint32 rgb) const
{
    const quint32 r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
    const quint32 value = ((r * quint32(m_format.redMax) / 255) << m_format.redShift)
                          | ((g * quint32(m_format.greenMax) / 255) << m_format.greenShift)
                          | ((b * quint32(m_format.blueMax) / 255) << m_format.blueShift);
    const int bytes = m_format.bitsPerPixel / 8;
    for (int i = 0; i < bytes; ++i) {
        const int shift = m_format.bigEndian ? 8 * (bytes - 1 - i) : 8 * i;
        out.append(char((value >> shift) & 0xff));
    }
}

} // namespace hcloud::sim
