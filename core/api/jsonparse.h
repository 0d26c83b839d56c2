#pragma once

#include "core/api/listpage.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVector>

#include <utility>

namespace hcloud {

// A JSON object answer, read. error is empty on success.
struct ParsedObject
{
    QJsonObject object;
    QString error;
};

using ParsedPage = JsonPage;

ParsedObject parseObject(const QByteArray &body);
// Why a list item cannot be kept: not an object, or no id (a positive
// whole number, or a non-empty string). Empty when it is fine.
QString itemIdProblem(const QJsonValue &item, int position);
// A list answer's objects under jsonKey, and its pagination.
JsonPage parsePage(const QByteArray &body, const QString &jsonKey);

// Below this size a thread hop costs more than the parse it saves.
constexpr int kInlineParseLimit = 16 * 1024;

// Runs work() on the global thread pool, then done(result) on context's
// thread, unless context was destroyed meanwhile. The worker never touches
// context: it posts to a relay object that lives until the result is
// delivered, and only the relay (on context's thread) reads the guard.
template<typename Work, typename Done>
void runOffThread(QObject *context, Work work, Done done)
{
    auto *relay = new QObject;
    relay->moveToThread(context->thread());
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([relay, guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, done = std::move(done), result = std::move(result)]() mutable {
                relay->deleteLater();
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace hcloud
