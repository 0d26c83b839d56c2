#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace hcloud {

// Checks what the user typed or pasted as an API token, before it goes
// anywhere. The message never repeats the token or any character of it.
struct TokenCheck
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::TokenCheck)

public:
    enum class Problem { None, Empty, WrongLength, BadCharacter, AlreadyStored };

    Problem problem = Problem::Empty;
    QString token;      // the input without surrounding whitespace
    int length = 0;     // of the trimmed input
    int position = 0;   // 1-based, for BadCharacter
    QString message;    // for the user; empty when ok

    bool ok() const { return problem == Problem::None; }
    QString prefix() const; // "" unless ok

    static constexpr int kLength = 64;
    static constexpr int kPrefixLength = 32;

    // knownPrefixes: prefix of every stored token -> where it is stored
    // ("Project “web”"), for the duplicate message.
    static TokenCheck check(const QString &input, const QHash<QString, QString> &knownPrefixes = {});

    // True for a character an API token may hold: A-Z, a-z, 0-9.
    static bool isTokenChar(QChar c);
    // True when text holds a run of 33 or more token characters, i.e. more
    // than a prefix: a secret may be in it.
    static bool mayHoldSecret(const QString &text);
};

} // namespace hcloud
