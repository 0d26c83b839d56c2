#include "core/api/apierror.h"
#include "core/api/redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace hcloud {

namespace {

// The API's code when the body carried none.
QString codeForStatus(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalid_input");
    case 401: return QStringLiteral("unauthorized");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("not_found");
    case 409: return QStringLiteral("conflict");
    case 423: return QStringLiteral("locked");
    case 429: return QStringLiteral("rate_limit_exceeded");
    case 503: return QStringLiteral("unavailable");
    case 504: return QStringLiteral("timeout");
    default:
        return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("http_error");
    }
}

QString invalidFieldsText(const QJsonValue &details)
{
    QStringList lines;
    const QJsonArray fields = details.toObject().value(QLatin1String("fields")).toArray();
    for (const QJsonValue &f : fields) {
        const QJsonObject field = f.toObject();
        QStringList messages;
        for (const QJsonValue &m : field.value(QLatin1String("messages")).toArray())
            messages.append(m.toString());
        lines.append(QCoreApplication::translate("hcloud::ApiError", "%1: %2")
                         .arg(field.value(QLatin1String("name")).toString(), messages.join(QStringLiteral("; "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString rateLimitText(const QDateTime &retryAfter)
{
    const QString text = QCoreApplication::translate("hcloud::ApiError",
                                                     "This project has used up its API request budget for now.");
    if (!retryAfter.isValid())
        return text + QLatin1Char(' ')
            + QCoreApplication::translate("hcloud::ApiError", "It refills over the hour; try again shortly.");
    // Seconds matter when the wait is short.
    const bool soon = QDateTime::currentDateTimeUtc().secsTo(retryAfter) <= 90;
    const QString when = QLocale().toString(retryAfter.toLocalTime().time(),
                                            soon ? QLocale::LongFormat : QLocale::ShortFormat);
    return text + QLatin1Char(' ')
        + QCoreApplication::translate("hcloud::ApiError", "Try again after %1.").arg(when);
}

// Words per API code. The texts are marked here and translated on use.
struct CodeText
{
    const char *code;
    const char *text;
};

const CodeText kCodeTexts[] = {
    {"unauthorized", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The API token was rejected. It may have been deleted in the Hetzner Console; add a new one.")},
    {"forbidden", QT_TRANSLATE_NOOP("hcloud::ApiError", "This API token is not allowed to do this.")},
    {"token_readonly", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "This token is read-only. Add a Read & Write token to change resources.")},
    {"not_found", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The resource was not found. It may have been deleted; refresh the list.")},
    {"locked", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The resource is busy with another action. Wait for it to finish and try again.")},
    {"protected", QT_TRANSLATE_NOOP("hcloud::ApiError", "The resource is protected. Remove its protection first.")},
    {"json_error", QT_TRANSLATE_NOOP("hcloud::ApiError", "The request was malformed. This is a bug in this program.")},
    {"uniqueness_error", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The name or value is already in use. Choose another one.")},
    {"server_not_stopped", QT_TRANSLATE_NOOP("hcloud::ApiError", "The server must be powered off first.")},
    {"conflict", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The resource was changed at the same time by something else. Refresh and try again.")},
    {"resource_limit_exceeded", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The project has reached a resource limit. Ask Hetzner to raise it or remove unused resources.")},
    {"resource_unavailable", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The requested resource is currently unavailable. Try another location or type.")},
    {"service_error", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The Hetzner Cloud API had an internal problem. Try again later.")},
    {"server_error", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The Hetzner Cloud API had an internal problem. Try again later.")},
    {"maintenance", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The Hetzner Cloud API is under maintenance. Try again later.")},
    {"timeout", QT_TRANSLATE_NOOP("hcloud::ApiError", "The Hetzner Cloud API took too long to answer. Try again.")},
    {"unavailable", QT_TRANSLATE_NOOP("hcloud::ApiError",
        "The Hetzner Cloud API is temporarily unavailable. Try again later.")},
    {"unsupported_error", QT_TRANSLATE_NOOP("hcloud::ApiError", "The API does not support this request.")},
};

QString headline(const ApiError &e)
{
    if (e.kind == ApiError::Kind::Network)
        return QCoreApplication::translate("hcloud::ApiError",
            "The Hetzner Cloud API could not be reached. Check the network connection and try again.");
    if (e.kind == ApiError::Kind::Parse)
        return QCoreApplication::translate("hcloud::ApiError",
            "The API sent an answer this program could not read. Try again later.");
    if (e.code == QLatin1String("rate_limit_exceeded"))
        return rateLimitText(e.retryAfter);
    if (e.code == QLatin1String("invalid_input")) {
        const QString text = QCoreApplication::translate("hcloud::ApiError",
            "Some values were not accepted. Correct them and try again.");
        const QString fields = invalidFieldsText(e.details);
        return fields.isEmpty() ? text : text + QLatin1Char('\n') + fields;
    }
    for (const CodeText &entry : kCodeTexts) {
        if (e.code == QLatin1String(entry.code))
            return QCoreApplication::translate("hcloud::ApiError", entry.text);
    }
    return QCoreApplication::translate("hcloud::ApiError", "The API refused the request (HTTP %1, %2).")
        .arg(e.httpStatus)
        .arg(e.code);
}

// An error of our own making, not the API's.
ApiError localError(ApiError::Kind kind, const char *code, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.code = QLatin1String(code);
    e.message = message;
    return e;
}

} // namespace

QString ApiError::userText() const
{
    if (kind == Kind::None)
        return {};
    // The vault's words are already advice; a headline would only repeat them.
    if (kind == Kind::Keychain)
        return message.isEmpty() ? QCoreApplication::translate("hcloud::ApiError",
                                       "The API token could not be read from the keychain.")
                                 : redact(message);
    QString text = headline(*this);
    // The API's or transport's own words help support; they pass redaction
    // because a transport message may quote request data.
    if (!message.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("hcloud::ApiError", "Details: %1").arg(redact(message));
    return text;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Api;
    e.httpStatus = httpStatus;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.code = error.value(QLatin1String("code")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    e.details = error.value(QLatin1String("details"));
    if (e.code.isEmpty())
        e.code = codeForStatus(httpStatus);
    return e;
}

ApiError ApiError::network(const QString &message)
{
    return localError(Kind::Network, "network_error", message);
}

ApiError ApiError::parse(const QString &message)
{
    return localError(Kind::Parse, "parse_error", message);
}

ApiError ApiError::keychain(const QString &message)
{
    return localError(Kind::Keychain, "keychain_error", message);
}

} // namespace hcloud
