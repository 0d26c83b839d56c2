#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace hcloud::dns {

// A secondary zone's primary nameservers as a person writes them, one a
// line: the address, then optionally the port, then optionally the TSIG
// algorithm and key that sign the transfer:
//   198.51.100.1
//   2001:db8::53 5353
//   203.0.113.7 53 hmac-sha256 c2VjcmV0LWtleQ==
struct PrimaryNameservers
{
    QJsonArray json;  // primary_nameservers as the API takes them
    QString problem;  // which line is wrong and how; then nothing may be sent
};

// Blank lines are skipped; no line at all is a problem, as the API says.
PrimaryNameservers parsePrimaryNameservers(const QStringList &lines);
// The API's primary_nameservers as such lines (port only when not 53).
QStringList primaryNameserverLines(const QJsonArray &primaries);
// The algorithms the API takes for a TSIG key.
QStringList tsigAlgorithms();

} // namespace hcloud::dns
