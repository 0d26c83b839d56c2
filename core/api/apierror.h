#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace hcloud {

// An error as the API reports it ({"error":{"code","message","details"}}),
// a transport failure, or a local one (the keychain), in one type so the
// UI handles one. Only Kind::Api comes from the API.
struct ApiError
{
    enum class Kind { None, Api, Network, Parse, Keychain };

    Kind kind = Kind::None;
    int httpStatus = 0;   // 0 when no HTTP answer arrived
    QString code;         // the API's code ("unauthorized", "not_found", ...), or "network_error" and the like
    QString message;      // the API's own message, the transport's, or the vault's
    QJsonValue details;
    QDateTime retryAfter; // when the API says trying again may work (rate limit), UTC; else invalid

    bool isError() const { return kind != Kind::None; }
    // A sentence a person can act on; never contains a token.
    QString userText() const;

    // For an answer outside 2xx. A body without an error object (a proxy's
    // HTML page, say) still yields a code derived from the status.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError network(const QString &message);
    static ApiError parse(const QString &message);
    // The vault could not give a token; its message says what to do.
    static ApiError keychain(const QString &message);
};

} // namespace hcloud
