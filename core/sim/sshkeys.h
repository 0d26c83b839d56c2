#pragma once

#include <QString>

namespace hcloud::sim {

// The MD5 fingerprint ("aa:bb:...") of an OpenSSH public key line
// ("ssh-ed25519 AAAA... comment"), or "" when it is not one: the type is
// unknown, the base64 is broken, or the blob does not name that type.
QString sshFingerprint(const QString &publicKey);

// A valid ed25519 public key line made from a seed, for seeded projects.
QString seededSshKey(quint32 seed, const QString &comment);

}  // namespace hcloud::sim
