#include "core/resources/serverstatus.h"

#include <QCoreApplication>

namespace hcloud {

namespace {
struct StatusInfo
{
    const char *api;
    const char *text;
};

// In the order they sort: healthy first, transitional, then stopped.
constexpr StatusInfo kStatuses[] = {
    {"running", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Running")},
    {"initializing", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Initializing")},
    {"starting", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Starting")},
    {"rebuilding", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Rebuilding")},
    {"migrating", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Migrating")},
    {"stopping", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Stopping")},
    {"off", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Off")},
    {"deleting", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Deleting")},
    {"unknown", QT_TRANSLATE_NOOP("hcloud::ServerStatus", "Unknown")},
};
} // namespace

QString serverStatusText(const QString &status)
{
    for (const StatusInfo &info : kStatuses) {
        if (status == QLatin1String(info.api))
            return QCoreApplication::translate("hcloud::ServerStatus", info.text);
    }
    return status;
}

int serverStatusOrder(const QString &status)
{
    int order = 0;
    for (const StatusInfo &info : kStatuses) {
        if (status == QLatin1String(info.api))
            return order;
        ++order;
    }
    return order;
}

} // namespace hcloud
