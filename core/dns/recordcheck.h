#pragma once

#include <QString>
#include <QStringList>

namespace hcloud::dns {

// Checks in core, before anything is sent, of what a person typed for a
// record. Texts are translated and say what to write instead.

// Why `value` is not a record of `type`; empty when it is fine.
QString recordProblem(const QString &type, const QString &value);

// Why `name` cannot name an rrset of `zone` ("@", "www", "_sip._tcp");
// empty when it can.
QString rrsetNameProblem(const QString &name, const QString &zone);

// Why a TTL in seconds is out of the API's range; empty when it is fine.
QString ttlProblem(qint64 ttl);

// What a value of the type looks like, for a placeholder.
QString recordExample(const QString &type);

// The value as it should be sent: TXT text quoted and split at 255 bytes,
// blanks between words made single.
QString normalizedRecord(const QString &type, const QString &value);

// A record value's fields, split at blanks; a quoted string is one field with its quotes.
QStringList recordFields(const QString &value);

} // namespace hcloud::dns
