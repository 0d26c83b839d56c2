#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace hcloud {

// What New Server collects, checked the way the API checks it and turned
// into the body of POST /servers. The dialog only fills it in.
struct ServerSpec
{
    QString name;
    QString location;
    QString serverType;      // empty: none offered is chosen
    qint64 image = 0;        // 0: none chosen
    QList<qint64> sshKeys;   // the project's keys
    QString newPublicKey;    // pasted; added to the project first (CreateServerJob)
    bool ipv4 = true;
    bool ipv6 = true;
    bool startAfterCreate = true;
    QString userData;
    QString labelsText;      // "key=value" lines
    QList<qint64> firewalls;
    QList<qint64> networks;
    qint64 placementGroup = 0; // 0: none

    static constexpr int kUserDataLimit = 32 * 1024; // the API's limit for user_data

    // Why it cannot be sent yet, for the user; "" when it can. takenNames
    // are the project's servers; listsLoaded says the choices are complete.
    QString problem(const QSet<QString> &takenNames, bool listsLoaded = true) const;
    // POST /servers, with the new key's id (when one was added) among the keys.
    QJsonObject body(qint64 addedKeyId = 0) const;
    // POST /ssh_keys for newPublicKey.
    QJsonObject newKeyBody() const;
};

// Cloud-init user data from a file, at most the API's 32 KiB.
struct UserDataFile
{
    QString text;
    QString problem; // for the user; "" when read
};
UserDataFile readUserDataFile(const QString &path);

} // namespace hcloud
