#include "simrouter.h"

namespace hcloud::sim {

namespace {
const QString idSegment = QStringLiteral("{id}");
}

void SimRouter::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

const RouteHandler *SimRouter::match(const QByteArray &method, const QStringList &path,
                                     QVector<qint64> *ids) const
{
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != path.size())
            continue;
        QVector<qint64> captured;
        bool ok = true;
        for (qsizetype i = 0; ok && i < path.size(); ++i) {
            if (route.segments[i] == idSegment) {
                const qint64 id = path[i].toLongLong(&ok);
                ok = ok && id > 0 && !path[i].startsWith(QLatin1Char('+'));
                captured.append(id);
            } else {
                ok = route.segments[i] == path[i];
            }
        }
        if (ok) {
            *ids = captured;
            return &route.handler;
        }
    }
    return nullptr;
}

}  // namespace hcloud::sim
