#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QVector>

namespace hcloud {

enum class TokenPermission { Unknown, Read, ReadWrite };

// What the config keeps about a token. The secret is only in the vault.
struct TokenRecord
{
    QString id;            // vault key, stable (a UUID)
    QString label;
    QString prefix;        // first 32 characters of the token, not secret
    TokenPermission permission = TokenPermission::Unknown;
    QDateTime added;
    QDateTime lastVerified;
    // The secret is held for this run only (no keychain, or the user chose
    // so). Such a record is never written to the config file.
    bool sessionOnly = false;
};

struct Project
{
    static QUrl defaultHetznerEndpoint() { return QUrl(QStringLiteral("https://api.hetzner.com/v1")); }

    QString id;            // stable (a UUID)
    QString name;
    QUrl endpoint = QUrl(QStringLiteral("https://api.hetzner.cloud/v1"));
    // The Hetzner API (Storage Boxes), reached with the same tokens.
    QUrl hetznerEndpoint = defaultHetznerEndpoint();
    QVector<TokenRecord> tokens;
    bool persistent = true; // false for the "Environment" project and demo projects
};

// Least privilege: reads use a Read token when the project has one.
inline const TokenRecord *readTokenOf(const Project &project)
{
    for (const TokenRecord &t : project.tokens) {
        if (t.permission == TokenPermission::Read)
            return &t;
    }
    return project.tokens.isEmpty() ? nullptr : &project.tokens.first();
}

} // namespace hcloud
