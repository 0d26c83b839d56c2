#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace hcloud {

class ApiClient;

// After a write that got no answer: a fresh look at the object says whether
// it happened. A create is looked up by its unique name; a change compares
// the fields it sent; a delete looks for the object; an action looks for
// one the object started since the write was sent.
class OutcomeCheck
{
public:
    enum class Verdict { Happened, NotHappened, Unknown };
    struct Outcome
    {
        Verdict verdict = Verdict::Unknown;
        QJsonObject object; // the created or changed object, when one was found
        QJsonObject action; // the action the write started, when one was found
        QString why;        // for Unknown: what the look-up ran into
    };
    using Done = std::function<void(const Outcome &)>;

    // done runs later on context's thread, unless context is gone by then.
    static void run(ApiClient *client, const QByteArray &method, const QString &path, const QJsonObject &body,
                    const QDateTime &sentAtUtc, QObject *context, Done done);
};

} // namespace hcloud
