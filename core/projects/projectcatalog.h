#pragma once

#include "core/api/apierror.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVector>

namespace hcloud {

class ApiClient;
class ListCall;

// The lists dialogs choose from (server types, locations, images, ISOs,
// SSH keys), fetched once per project when first needed and kept, so
// opening a dialog again costs no requests. reload() fetches anew.
class ProjectCatalog : public QObject
{
    Q_OBJECT
public:
    explicit ProjectCatalog(ApiClient *client, QObject *parent = nullptr);

    // Starts fetching what is not there yet; loaded(list) follows for each.
    // Lists: "server_types", "locations", "images", "isos", "ssh_keys", and
    // "network_zones", which come from the locations.
    void ensure(const QStringList &lists);
    void reload(const QString &list);
    bool has(const QString &list) const { return m_lists.contains(list); }
    bool isLoading(const QString &list) const;
    QVector<QJsonObject> list(const QString &list) const { return m_lists.value(list); }
    ApiError error(const QString &list) const { return m_errors.value(list); }

    // The object of a list with this id or name, or an empty object.
    QJsonObject find(const QString &list, const QString &idOrName) const;

signals:
    void loaded(const QString &list);

private:
    void fetch(const QString &list);

    QPointer<ApiClient> m_client;
    QHash<QString, QVector<QJsonObject>> m_lists;
    QHash<QString, QPointer<ListCall>> m_calls;
    QHash<QString, ApiError> m_errors;
};

} // namespace hcloud
