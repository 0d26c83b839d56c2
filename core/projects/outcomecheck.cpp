#include "core/projects/outcomecheck.h"

#include "core/api/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace hcloud {

namespace {

using Outcome = OutcomeCheck::Outcome;
using Verdict = OutcomeCheck::Verdict;

// The API's clock and ours may differ a little.
constexpr int kClockSlackSecs = 5;

QString singular(const QString &kind)
{
    return kind.endsWith(QLatin1Char('s')) ? kind.chopped(1) : kind;
}

void get(ApiClient *client, const QString &path, const QUrlQuery &query, QObject *context,
         std::function<void(ApiCall *)> then)
{
    ApiCall *call = client->get(path, query);
    QObject::connect(call, &ApiCall::finished, context, [call, then] { then(call); });
}

Outcome unknown(const ApiError &error)
{
    Outcome out;
    out.why = error.userText();
    return out;
}

// An action on the object that started after the write was sent.
void findAction(ApiClient *client, const QString &objectPath, const QDateTime &since, QObject *context,
                OutcomeCheck::Done done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:desc"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    get(client, objectPath + QStringLiteral("/actions"), query, context, [since, done](ApiCall *call) {
        if (call->error().isError()) {
            done(unknown(call->error()));
            return;
        }
        Outcome out;
        out.verdict = Verdict::NotHappened;
        for (const QJsonValue &v : call->json().value(QLatin1String("actions")).toArray()) {
            const QDateTime started = QDateTime::fromString(v[QLatin1String("started")].toString(), Qt::ISODate);
            if (started.isValid() && started >= since.addSecs(-kClockSlackSecs)) {
                out.verdict = Verdict::Happened;
                out.action = v.toObject();
                break;
            }
        }
        done(out);
    });
}

} // namespace

void OutcomeCheck::run(ApiClient *client, const QByteArray &method, const QString &path, const QJsonObject &body,
                       const QDateTime &sentAtUtc, QObject *context, Done done)
{
    // "/servers", "/servers/7", "/servers/7/actions/poweroff"
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString kind = parts.value(0);
    const QString name = body.value(QLatin1String("name")).toString();

    if (method == "POST" && parts.size() == 1 && !name.isEmpty()) {
        // Names are unique per kind: the name finds what the create made.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), name);
        get(client, path, query, context, [kind, done](ApiCall *call) {
            if (call->error().isError()) {
                done(unknown(call->error()));
                return;
            }
            const QJsonArray found = call->json().value(kind).toArray();
            Outcome out;
            out.verdict = found.isEmpty() ? Verdict::NotHappened : Verdict::Happened;
            out.object = found.isEmpty() ? QJsonObject() : found.first().toObject();
            done(out);
        });
        return;
    }
    if (method == "PUT" && parts.size() == 2) {
        get(client, path, {}, context, [kind, body, done](ApiCall *call) {
            if (call->error().isError()) {
                done(unknown(call->error()));
                return;
            }
            const QJsonObject object = call->json().value(singular(kind)).toObject();
            Outcome out;
            out.verdict = Verdict::Happened;
            for (auto it = body.begin(); it != body.end(); ++it) {
                if (object.value(it.key()) != it.value())
                    out.verdict = Verdict::NotHappened;
            }
            out.object = object;
            done(out);
        });
        return;
    }
    if (method == "DELETE" && parts.size() == 2) {
        QPointer<QObject> guard(context);
        get(client, path, {}, context, [client, path, sentAtUtc, guard, done](ApiCall *call) {
            if (call->error().code == QLatin1String("not_found")) {
                Outcome out;
                out.verdict = Verdict::Happened;
                done(out);
                return;
            }
            if (call->error().isError()) {
                done(unknown(call->error()));
                return;
            }
            // Still there: a delete that runs as an action may be on its way.
            if (guard)
                findAction(client, path, sentAtUtc, guard, done);
        });
        return;
    }
    if (method == "POST" && parts.size() == 4 && parts.at(2) == QLatin1String("actions")) {
        findAction(client, QLatin1Char('/') + parts.at(0) + QLatin1Char('/') + parts.at(1), sentAtUtc, context, done);
        return;
    }
    // Nothing to look at: say so, later, like every answer.
    QTimer::singleShot(0, context, [done] {
        Outcome out;
        out.why = QCoreApplication::translate("hcloud::OutcomeCheck", "this kind of change cannot be checked");
        done(out);
    });
}

} // namespace hcloud
