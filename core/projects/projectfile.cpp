#include "core/projects/projectfile.h"

#include "core/api/redact.h"
#include "core/projects/tokencheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace hcloud {

namespace {

const QLatin1String kPermRead("read");
const QLatin1String kPermReadWrite("read_write");
const QLatin1String kPermUnknown("unknown");

QString permissionName(TokenPermission p)
{
    switch (p) {
    case TokenPermission::Read:
        return kPermRead;
    case TokenPermission::ReadWrite:
        return kPermReadWrite;
    case TokenPermission::Unknown:
        break;
    }
    return kPermUnknown;
}

TokenPermission permissionFrom(const QString &name)
{
    if (name == kPermRead)
        return TokenPermission::Read;
    if (name == kPermReadWrite)
        return TokenPermission::ReadWrite;
    return TokenPermission::Unknown;
}

QJsonValue dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime dateFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

bool isPrefix(const QString &s)
{
    if (s.size() != TokenCheck::kPrefixLength)
        return false;
    for (const QChar c : s) {
        if (!TokenCheck::isTokenChar(c))
            return false;
    }
    return true;
}

// Ids are ours (UUIDs) or short names: printable, no spaces. Control
// characters would be written as \uXXXX, whose letters and digits could
// join a neighbouring run into something token-like and block every save.
bool isCleanId(const QString &id)
{
    for (const QChar c : id) {
        if (!c.isPrint() || c.isSpace())
            return false;
    }
    return !id.isEmpty();
}

QString withoutControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isPrint() || c == QLatin1Char(' '))
            out.append(c);
    }
    return out;
}

QJsonObject tokenToJson(const TokenRecord &t)
{
    return {
        {QStringLiteral("id"), t.id},
        {QStringLiteral("label"), ProjectFile::sanitize(t.label)},
        {QStringLiteral("prefix"), t.prefix},
        {QStringLiteral("permission"), permissionName(t.permission)},
        {QStringLiteral("added"), dateValue(t.added)},
        {QStringLiteral("lastVerified"), dateValue(t.lastVerified)},
    };
}

QJsonObject projectToJson(const Project &p)
{
    QJsonArray tokens;
    for (const TokenRecord &t : p.tokens) {
        if (!t.sessionOnly)
            tokens.append(tokenToJson(t));
    }
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), ProjectFile::sanitize(p.name)},
        {QStringLiteral("endpoint"), p.endpoint.toString()},
        {QStringLiteral("hetznerEndpoint"), p.hetznerEndpoint.toString()},
        {QStringLiteral("tokens"), tokens},
    };
}

} // namespace

QString ProjectFile::sanitize(const QString &text)
{
    // A pasted token in a label field must not reach the file, nor control
    // characters whose escapes could make one (see isCleanId).
    const QString clean = withoutControls(text);
    return TokenCheck::mayHoldSecret(clean) ? redact(clean) : clean;
}

QByteArray ProjectFile::serialize(const Contents &contents)
{
    QJsonArray projects;
    for (const Project &p : contents.projects) {
        if (p.persistent)
            projects.append(projectToJson(p));
    }
    const QJsonObject root{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("projects"), projects},
        {QStringLiteral("pendingSecretRemovals"), QJsonArray::fromStringList(contents.pendingRemovals)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProjectFile::Parsed ProjectFile::parse(const QByteArray &data)
{
    Parsed out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !root.value(QStringLiteral("projects")).isArray()) {
        out.unreadable = true;
        out.problems.append(error.error != QJsonParseError::NoError
                                ? tr("The file is not valid JSON (%1 at byte %2).")
                                      .arg(error.errorString())
                                      .arg(error.offset)
                                : tr("The file does not hold a project list."));
        return out;
    }
    out.newerVersion = root.value(QStringLiteral("version")).toInt(kVersion) > kVersion;

    QSet<QString> projectIds;
    QSet<QString> tokenIds;
    const QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    for (int i = 0; i < projects.size(); ++i) {
        const QJsonObject o = projects.at(i).toObject();
        Project p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.name = sanitize(o.value(QStringLiteral("name")).toString());
        p.endpoint = QUrl(o.value(QStringLiteral("endpoint")).toString(), QUrl::StrictMode);
        const bool endpointOk = p.endpoint.isValid()
            && (p.endpoint.scheme() == QLatin1String("https") || p.endpoint.scheme() == QLatin1String("http"))
            && !TokenCheck::mayHoldSecret(p.endpoint.toString());
        if ((TokenCheck::mayHoldSecret(p.id) || (!p.id.isEmpty() && !isCleanId(p.id))) && !p.name.isEmpty()
            && endpointOk) {
            // Repaired, not dropped: the project's tokens do not hang on its id.
            out.problems.append(TokenCheck::mayHoldSecret(p.id)
                                    ? tr("Project “%1” had what looks like an API token as its id; "
                                         "it was given a new id.").arg(p.name)
                                    : tr("Project “%1” had control characters in its id; "
                                         "it was given a new id.").arg(p.name));
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (p.id.isEmpty() || projectIds.contains(p.id) || p.name.isEmpty() || !endpointOk) {
            out.problems.append(tr("Project %1 in the file is incomplete and was left out.").arg(i + 1));
            continue;
        }
        projectIds.insert(p.id);
        // Files written before Storage Boxes have no Hetzner API endpoint.
        if (o.contains(QStringLiteral("hetznerEndpoint"))) {
            const QUrl hetzner(o.value(QStringLiteral("hetznerEndpoint")).toString(), QUrl::StrictMode);
            const bool ok = hetzner.isValid() && !hetzner.host().isEmpty()
                && (hetzner.scheme() == QLatin1String("https") || hetzner.scheme() == QLatin1String("http"));
            if (ok && !TokenCheck::mayHoldSecret(hetzner.toString()))
                p.hetznerEndpoint = hetzner;
            else
                out.problems.append(tr("The Hetzner API endpoint of project “%1” is not an http(s) address; the default is used.").arg(p.name));
        }
        const QJsonArray tokens = o.value(QStringLiteral("tokens")).toArray();
        for (int j = 0; j < tokens.size(); ++j) {
            const QJsonObject t = tokens.at(j).toObject();
            TokenRecord r;
            r.id = t.value(QStringLiteral("id")).toString();
            r.label = sanitize(t.value(QStringLiteral("label")).toString());
            r.prefix = t.value(QStringLiteral("prefix")).toString();
            r.permission = permissionFrom(t.value(QStringLiteral("permission")).toString());
            r.added = dateFrom(t.value(QStringLiteral("added")));
            r.lastVerified = dateFrom(t.value(QStringLiteral("lastVerified")));
            // A whole token where an id or prefix belongs: the record goes,
            // and the text never travels further (no log, no keychain key).
            if (TokenCheck::mayHoldSecret(r.id) || TokenCheck::mayHoldSecret(r.prefix)) {
                out.problems.append(tr("Token %1 of project “%2” had what looks like a whole API token "
                                       "where only its id or prefix belongs; that record was removed. "
                                       "Add the token to the project again.")
                                        .arg(j + 1)
                                        .arg(p.name));
                continue;
            }
            if (!isCleanId(r.id) || tokenIds.contains(r.id) || !isPrefix(r.prefix)) {
                out.problems.append(tr("Token %1 of project “%2” is incomplete and was left out.")
                                        .arg(j + 1)
                                        .arg(p.name));
                continue;
            }
            tokenIds.insert(r.id);
            p.tokens.append(r);
        }
        out.contents.projects.append(p);
    }
    const QJsonArray pending = root.value(QStringLiteral("pendingSecretRemovals")).toArray();
    int tokenLikeRemovals = 0;
    for (const QJsonValue &v : pending) {
        if (v.isString() && TokenCheck::mayHoldSecret(v.toString()))
            ++tokenLikeRemovals;
        else if (v.isString() && isCleanId(v.toString()))
            out.contents.pendingRemovals.append(v.toString());
    }
    if (tokenLikeRemovals > 0)
        out.problems.append(tr("%n keychain clean-up entries held what looks like an API token and were removed.",
                               nullptr, tokenLikeRemovals));
    return out;
}

} // namespace hcloud
