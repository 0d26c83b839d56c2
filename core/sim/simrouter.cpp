#include "core/sim/simrouter.h"

namespace hcloud::sim {

namespace {
const QString idSegment = QStringLiteral("{id}");
const QString nameSegment = QStringLiteral("{name}");
}

void SimRouter::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append({method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

const RouteHandler *SimRouter::match(const QByteArray &method, const QStringList &path,
                                     QVector<qint64> *ids, QStringList *names) const
{
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != path.size())
            continue;
        QVector<qint64> captured;
        QStringList capturedNames;
        bool ok = true;
        for (qsizetype i = 0; ok && i < path.size(); ++i) {
            if (route.segments[i] == idSegment) {
                const qint64 id = path[i].toLongLong(&ok);
                ok = ok && id > 0 && !path[i].startsWith(QLatin1Char('+'));
                captured.append(id);
            } else if (route.segments[i] == nameSegment) {
                capturedNames.append(path[i]);
            } else {
                ok = route.segments[i] == path[i];
            }
        }
        if (ok) {
            *ids = captured;
            if (names)
                *names = capturedNames;
            return &route.handler;
        }
    }
    return nullptr;
}

}  // namespace hcloud::sim
