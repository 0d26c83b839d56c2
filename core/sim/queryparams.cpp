#include "core/sim/queryparams.h"

namespace hcloud::sim {

namespace {

QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QByteArray encode(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

}  // namespace

QueryParams QueryParams::parse(const QByteArray &encodedQuery)
{
    QueryParams params;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        params.m_items.append({decode(key), decode(value)});
    }
    return params;
}

bool QueryParams::contains(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString QueryParams::value(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

QStringList QueryParams::values(const QString &key) const
{
    QStringList result;
    for (const auto &item : m_items) {
        if (item.first == key)
            result.append(item.second);
    }
    return result;
}

QByteArray QueryParams::encodedWith(const QString &key, const QString &value) const
{
    QList<QByteArray> parts;
    bool replaced = false;
    for (const auto &item : m_items) {
        if (item.first == key) {
            if (replaced)
                continue;
            parts.append(encode(key) + '=' + encode(value));
            replaced = true;
        } else {
            parts.append(encode(item.first) + '=' + encode(item.second));
        }
    }
    if (!replaced)
        parts.append(encode(key) + '=' + encode(value));
    return parts.join('&');
}

}  // namespace hcloud::sim
