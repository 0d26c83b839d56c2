#include "core/api/redact.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace hcloud {

namespace {
constexpr int kTokenLength = 64;
constexpr int kPrefixLength = 32;

QString hiddenTail()
{
    return QStringLiteral("…[redacted]");
}

// Replaces every match, right to left so earlier offsets stay valid.
template<typename Replace>
QString replaceAll(const QString &text, const QRegularExpression &re, Replace replace)
{
    QList<QRegularExpressionMatch> matches;
    for (auto it = re.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    QString out = text;
    for (auto m = matches.crbegin(); m != matches.crend(); ++m)
        out.replace(m->capturedStart(), m->capturedLength(), replace(*m));
    return out;
}

QtMessageHandler g_nextHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redact(message);
    if (g_nextHandler)
        g_nextHandler(type, context, clean);
}

} // namespace

void installLogRedaction()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    // qInstallMessageHandler returns Qt's default handler the first time.
    g_nextHandler = qInstallMessageHandler(redactingHandler);
}

QString tokenPrefix(const QString &token)
{
    return token.size() == kTokenLength ? token.left(kPrefixLength) : QString();
}

QString redact(const QString &text)
{
    // A Bearer value keeps at most a token's prefix: anything shorter than a
    // whole token may be the secret half on its own. Values under 8
    // characters are no secret, but may be words ("a bearer of bad news").
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)([A-Za-z0-9]{8,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    // Elsewhere any run longer than a prefix keeps only its first 32
    // characters: whole tokens, and tokens glued to other text.
    static const QRegularExpression longRun(QStringLiteral("[A-Za-z0-9]{33,}"));

    QString out = replaceAll(text, bearer, [](const QRegularExpressionMatch &m) {
        const QString value = m.captured(2);
        return m.captured(1)
            + (value.size() > kPrefixLength ? value.left(kPrefixLength) + hiddenTail()
                                            : QStringLiteral("[redacted]"));
    });
    return replaceAll(out, longRun, [](const QRegularExpressionMatch &m) {
        return m.captured().left(kPrefixLength) + hiddenTail();
    });
}

} // namespace hcloud
