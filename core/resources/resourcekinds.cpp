#include "resourcekind.h"

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

} // namespace hcloud
