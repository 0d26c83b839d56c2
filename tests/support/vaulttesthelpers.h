#pragma once

// Waiting on the vault's callbacks without sleeping: QTest::qWaitFor runs
// the event loop until the answer is there.

#include "core/projects/tokenvault.h"

#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>
#include <memory>

namespace testing {

using hcloud::TokenVault;

inline QString randomToken()
{
    static const QLatin1String chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString token;
    for (int i = 0; i < 64; ++i)
        token.append(QChar(chars[QRandomGenerator::global()->bounded(int(chars.size()))]));
    return token;
}

struct Answer
{
    bool arrived = false;
    bool synchronous = false; // the callback ran inside the call: a bug
    TokenVault::Result result;
    QString token;
};

constexpr int kVaultTimeoutMs = 15000;

// Calls op(callback), where callback(result[, token]) records the answer,
// and waits for it.
template <typename Op>
Answer call(Op op)
{
    auto a = std::make_shared<Answer>();
    auto inCall = std::make_shared<bool>(true);
    op([a, inCall](const TokenVault::Result &r, const QString &token) {
        a->arrived = true;
        a->synchronous = *inCall;
        a->result = r;
        a->token = token;
    });
    *inCall = false;
    // The caller checks Answer::arrived.
    (void)QTest::qWaitFor([a] { return a->arrived; }, kVaultTimeoutMs);
    return *a;
}

inline Answer store(TokenVault &vault, const QString &id, const QString &token)
{
    return call([&](auto cb) { vault.store(id, token, [cb](const TokenVault::Result &r) { cb(r, {}); }); });
}

inline Answer read(TokenVault &vault, const QString &id)
{
    return call([&](auto cb) { vault.read(id, cb); });
}

inline Answer remove(TokenVault &vault, const QString &id)
{
    return call([&](auto cb) { vault.remove(id, [cb](const TokenVault::Result &r) { cb(r, {}); }); });
}

struct ProcessOutput
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end without blocking calls (the event loop turns).
inline ProcessOutput run(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 30000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    (void)QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    ProcessOutput o;
    o.finished = p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit;
    if (!o.finished) {
        p.kill();
        (void)QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 5000);
    }
    o.exitCode = p.exitCode();
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}

// Every log line of the test, to show that none carries a secret.
class LogCapture
{
public:
    LogCapture() { s_self = this; m_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(m_previous); s_self = nullptr; }
    QStringList lines() const { QMutexLocker l(&m_mutex); return m_lines; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
    {
        if (s_self) {
            QMutexLocker l(&s_self->m_mutex);
            s_self->m_lines.append(msg);
        }
        if (s_self && s_self->m_previous)
            s_self->m_previous(type, ctx, msg);
    }
    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace testing
