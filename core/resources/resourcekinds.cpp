#include "core/resources/resourcekind.h"

namespace hcloud {

const QVector<const ResourceKind *> &resourceKinds()
{
    // Servers first, then as the Hetzner Console lists them.
    static const QVector<const ResourceKind *> kinds = {
        &serverKind(),
        &volumeKind(),
        &loadBalancerKind(),
        &primaryIpKind(),
        &floatingIpKind(),
        &networkKind(),
        &firewallKind(),
        &sshKeyKind(),
        &certificateKind(),
        &imageKind(),
        &placementGroupKind(),
        &isoKind(),
        &zoneKind(),
        &storageBoxKind(),
    };
    return kinds;
}

const ResourceKind *resourceKindById(const QString &id)
{
    for (const ResourceKind *kind : resourceKinds()) {
        if (kind->id == id)
            return kind;
    }
    return nullptr;
}

ResourceKind::Api apiOfPath(const QString &path)
{
    const ResourceKind *kind = resourceKindById(path.section(QLatin1Char('/'), 1, 1).section(QLatin1Char('?'), 0, 0));
    return kind ? kind->api : ResourceKind::Api::Cloud;
}

} // namespace hcloud
