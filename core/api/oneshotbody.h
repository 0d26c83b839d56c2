#pragma once

#include <QByteArray>
#include <QIODevice>

namespace hcloud {

// The body of a write, readable once. Qt's HTTP/1.1 channel re-sends a
// request whose connection closes before the answer, and it rewinds the
// body for that; this body refuses to rewind, so Qt reports
// ContentReSendError instead of sending the write a second time. Every
// write carries one, an empty one for a DELETE: without a body Qt would
// re-send without asking.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_data.size(); }
    // How often something tried to rewind it: a re-send that was stopped.
    int rewindsRefused() const { return m_rewindsRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    int m_rewindsRefused = 0;
};

} // namespace hcloud
