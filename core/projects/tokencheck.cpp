#include "core/projects/tokencheck.h"

namespace hcloud {

bool TokenCheck::isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

bool TokenCheck::mayHoldSecret(const QString &text)
{
    int run = 0;
    for (const QChar c : text) {
        run = isTokenChar(c) ? run + 1 : 0;
        if (run > kPrefixLength)
            return true;
    }
    return false;
}

QString TokenCheck::prefix() const
{
    return ok() ? token.left(kPrefixLength) : QString();
}

TokenCheck TokenCheck::check(const QString &input, const QHash<QString, QString> &knownPrefixes)
{
    TokenCheck result;
    result.token = input.trimmed();
    result.length = int(result.token.size());

    if (result.token.isEmpty()) {
        result.problem = Problem::Empty;
        result.message = tr("Paste the API token from the Hetzner Cloud Console "
                            "(Security → API tokens).");
        return result;
    }
    // Position before length: a stray character explains a wrong length too.
    for (int i = 0; i < result.length; ++i) {
        if (!isTokenChar(result.token.at(i))) {
            result.problem = Problem::BadCharacter;
            result.position = i + 1;
            result.message = tr("Character %1 is not a letter or digit. API tokens consist only "
                                "of the letters A–Z, a–z and the digits 0–9.")
                                 .arg(result.position);
            return result;
        }
    }
    if (result.length != kLength) {
        result.problem = Problem::WrongLength;
        result.message = tr("An API token has 64 characters; this has %n.", nullptr, result.length);
        return result;
    }
    const QString prefix = result.token.left(kPrefixLength);
    const auto known = knownPrefixes.constFind(prefix);
    if (known != knownPrefixes.constEnd()) {
        result.problem = Problem::AlreadyStored;
        result.message = known->isEmpty()
            ? tr("This token is already stored.")
            : tr("This token is already stored in %1.").arg(*known);
        return result;
    }
    result.problem = Problem::None;
    return result;
}

} // namespace hcloud
