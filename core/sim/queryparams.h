#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hcloud::sim {

// The query string as the API reads it: keys may repeat (status=a&status=b)
// and '+' means a space, which QUrlQuery does not decode. Go clients such as
// the official CLI encode "env in (a,b)" as "env+in+%28a%2Cb%29".
class QueryParams
{
public:
    QueryParams() = default;
    static QueryParams parse(const QByteArray &encodedQuery);

    bool contains(const QString &key) const;
    QString value(const QString &key) const;  // first value, "" when absent
    QStringList values(const QString &key) const;
    const QVector<QPair<QString, QString>> &items() const { return m_items; }

    // The same parameters with `key` set to `value` (appended when absent),
    // encoded again: used for the Link header.
    QByteArray encodedWith(const QString &key, const QString &value) const;

private:
    QVector<QPair<QString, QString>> m_items;
};

}  // namespace hcloud::sim
