#pragma once

#include <QString>
#include <QStringList>

namespace hcloud::sim {

// The rrset types the API knows, and how it checks one record's value.

const QStringList &rrsetTypes();

// Why the value is not a record of the type the API accepts; empty when it
// is. Values are written as in a zone file ("10 mail.example.com.").
QString recordProblem(const QString &type, const QString &value);

// An rrset name as the API takes it: "@", lower case, no trailing dot and
// not ending with the zone name. Empty when fine.
QString rrsetNameProblem(const QString &name, const QString &zone);

// The value with runs of blanks outside quotes made one space, as the API
// keeps it.
QString normalizedValue(const QString &value);

}  // namespace hcloud::sim
