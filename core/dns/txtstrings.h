#pragma once

#include <QString>
#include <QStringList>

namespace hcloud::dns {

// TXT data is a list of character strings of at most 255 bytes each, written
// quoted. These turn what a person types into that and back.

// Plain text as quoted strings: quotes and backslashes escaped, split every
// 255 bytes (never inside a UTF-8 sequence or an escape). Text that is
// already quoted strings is left as it is.
QString quotedTxt(const QString &text);

// The quoted strings of a value; ok false on an unclosed quote or text
// outside quotes.
QStringList txtStrings(const QString &value, bool *ok = nullptr);

// The strings joined, unescaped: what the record says.
QString plainTxt(const QString &value);

// The bytes of one string's content, escapes counted as the byte they stand for.
int txtStringBytes(const QString &quoted);

} // namespace hcloud::dns
