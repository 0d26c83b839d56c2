#pragma once

#include <QByteArray>

namespace hcloud::sim::consoleauth {

// RFB's VNC authentication: the 16-byte challenge encrypted with DES, the
// key being the password's first eight bytes with each byte's bits reversed.
QByteArray vncResponse(const QByteArray &challenge, const QByteArray &password);

// One DES block (FIPS 46-3) in ECB mode; exposed for a known-answer test.
quint64 desEncrypt(quint64 block, quint64 key);

} // namespace hcloud::sim::consoleauth
