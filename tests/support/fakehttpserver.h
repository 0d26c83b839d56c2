#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <functional>
#include <optional>

class QTcpSocket;

// A scripted HTTP/1.1 server on loopback for client tests that need answers
// the simulator does not give (503s, held pages, odd pagination). Every
// answer closes its connection, which keeps the parser tiny.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        int id = 0;
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QVector<QPair<QByteArray, QByteArray>> headers;
    };
    // No response: hold the request until respond() is called.
    using Handler = std::function<std::optional<Response>(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool listen();
    QUrl endpoint() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void respond(int requestId, const Response &response);

    const QVector<Request> &requests() const { return m_requests; }
    QVector<int> heldIds() const { return m_held.keys().toVector(); }
    int held() const { return m_held.size(); }
    int peakHeld() const { return m_peakHeld; }

    static Response json(int status, const QByteArray &body);

signals:
    void requestReceived(int id);

private:
    void onReadyRead(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, Request request);

    QTcpServer m_server;
    Handler m_handler;
    QVector<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<int, QPointer<QTcpSocket>> m_held;
    int m_peakHeld = 0;
};
