#include "core/sim/catalog.h"

namespace hcloud::sim::catalog {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

QStringList europe()
{
    return {s("fsn1"), s("nbg1"), s("hel1")};
}

QStringList everywhere()
{
    return {s("fsn1"), s("nbg1"), s("hel1"), s("ash"), s("hil"), s("sin")};
}

}  // namespace

// clang-format off: one row per entry reads better as a table.
const QVector<LocationInfo> &locations()
{
    static const QVector<LocationInfo> list{
        {1, s("fsn1"), s("Falkenstein DC Park 1"), s("DE"), s("Falkenstein"), 50.47612, 12.370071,
         s("eu-central")},
        {2, s("nbg1"), s("Nuremberg DC Park 1"), s("DE"), s("Nuremberg"), 49.452102, 11.076665,
         s("eu-central")},
        {3, s("hel1"), s("Helsinki DC Park 1"), s("FI"), s("Helsinki"), 60.169855, 24.938379,
         s("eu-central")},
        {4, s("ash"), s("Ashburn, VA"), s("US"), s("Ashburn, VA"), 39.045821, -77.487073, s("us-east")},
        {5, s("hil"), s("Hillsboro, OR"), s("US"), s("Hillsboro, OR"), 45.54222, -122.95194, s("us-west")},
        {6, s("sin"), s("Singapore"), s("SG"), s("Singapore"), 1.283333, 103.833333, s("ap-southeast")},
    };
    return list;
}

const QVector<DatacenterInfo> &datacenters()
{
    static const QVector<DatacenterInfo> list{
        {4, s("fsn1-dc14"), s("Falkenstein 1 virtual DC 14"), s("fsn1"), {}},
        {2, s("nbg1-dc3"), s("Nuremberg 1 virtual DC 3"), s("nbg1"), {s("cax41")}},
        {3, s("hel1-dc2"), s("Helsinki 1 virtual DC 2"), s("hel1"), {}},
        {5, s("ash-dc1"), s("Ashburn virtual DC 1"), s("ash"), {s("ccx63")}},
        {6, s("hil-dc1"), s("Hillsboro virtual DC 1"), s("hil"), {}},
        {7, s("sin-dc1"), s("Singapore virtual DC 1"), s("sin"), {s("ccx53"), s("ccx63")}},
    };
    return list;
}

const QVector<ServerTypeInfo> &serverTypes()
{
    const QString sharedX86 = s("Shared vCPU x86");
    const QString sharedArm = s("Shared vCPU Arm64");
    const QString amd = s("Shared vCPU AMD");
    const QString dedicated = s("Dedicated vCPU");
    static const QVector<ServerTypeInfo> list{
        {22, s("cpx11"), s("CPX11"), amd, s("shared"), s("x86"), 2, 2, 40, 43500, everywhere()},
        {23, s("cpx21"), s("CPX21"), amd, s("shared"), s("x86"), 3, 4, 80, 75500, everywhere()},
        {24, s("cpx31"), s("CPX31"), amd, s("shared"), s("x86"), 4, 8, 160, 136000, everywhere()},
        {25, s("cpx41"), s("CPX41"), amd, s("shared"), s("x86"), 8, 16, 240, 252000, everywhere()},
        {26, s("cpx51"), s("CPX51"), amd, s("shared"), s("x86"), 16, 32, 360, 549000, everywhere()},
        {45, s("cax11"), s("CAX11"), sharedArm, s("shared"), s("arm"), 2, 4, 40, 37900, europe()},
        {93, s("cax21"), s("CAX21"), sharedArm, s("shared"), s("arm"), 4, 8, 80, 64900, europe()},
        {94, s("cax31"), s("CAX31"), sharedArm, s("shared"), s("arm"), 8, 16, 160, 124900, europe()},
        {95, s("cax41"), s("CAX41"), sharedArm, s("shared"), s("arm"), 16, 32, 320, 244900, europe()},
        {96, s("ccx13"), s("CCX13 Dedicated CPU"), dedicated, s("dedicated"), s("x86"), 2, 8, 80, 124900,
         everywhere()},
        {97, s("ccx23"), s("CCX23 Dedicated CPU"), dedicated, s("dedicated"), s("x86"), 4, 16, 160, 244900,
         everywhere()},
        {98, s("ccx33"), s("CCX33 Dedicated CPU"), dedicated, s("dedicated"), s("x86"), 8, 32, 240, 484900,
         everywhere()},
        {99, s("ccx43"), s("CCX43 Dedicated CPU"), dedicated, s("dedicated"), s("x86"), 16, 64, 360, 964900,
         everywhere()},
        {100, s("ccx53"), s("CCX53 Dedicated CPU"), dedicated, s("dedicated"), s("x86"), 32, 128, 600,
         1924900, everywhere()},
        {101, s("ccx63"), s("CCX63 Dedicated CPU"), dedicated, s("dedicated"), s("x86"), 48, 192, 960,
         2884900, everywhere()},
        {104, s("cx22"), s("CX22"), sharedX86, s("shared"), s("x86"), 2, 4, 40, 37900, europe()},
        {105, s("cx32"), s("CX32"), sharedX86, s("shared"), s("x86"), 4, 8, 80, 68000, europe()},
        {106, s("cx42"), s("CX42"), sharedX86, s("shared"), s("x86"), 8, 16, 160, 164000, europe()},
        {107, s("cx52"), s("CX52"), sharedX86, s("shared"), s("x86"), 16, 32, 320, 324000, europe()},
    };
    return list;
}

const QVector<ImageInfo> &images()
{
    // System images come once per architecture, as in the API.
    static const QVector<ImageInfo> list{
        {45557056, s("ubuntu-20.04"), s("Ubuntu 20.04"), s("ubuntu"), s("20.04"), s("x86"),
         s("2020-04-23T06:00:00+00:00"), s("2025-06-01T00:00:00+00:00"), 5},
        {67794396, s("ubuntu-22.04"), s("Ubuntu 22.04"), s("ubuntu"), s("22.04"), s("x86"),
         s("2022-04-21T13:32:38+00:00"), QString(), 5},
        {103908130, s("ubuntu-22.04"), s("Ubuntu 22.04"), s("ubuntu"), s("22.04"), s("arm"),
         s("2023-03-20T09:10:15+00:00"), QString(), 5},
        {161547269, s("ubuntu-24.04"), s("Ubuntu 24.04"), s("ubuntu"), s("24.04"), s("x86"),
         s("2024-04-25T13:12:57+00:00"), QString(), 5},
        {161547270, s("ubuntu-24.04"), s("Ubuntu 24.04"), s("ubuntu"), s("24.04"), s("arm"),
         s("2024-04-25T13:13:02+00:00"), QString(), 5},
        // Debian 11 left LTS on 2026-08-31; servers on it stay, new ones should not.
        {67794397, s("debian-11"), s("Debian 11"), s("debian"), s("11"), s("x86"),
         s("2021-08-16T11:12:01+00:00"), s("2026-09-01T00:00:00+00:00"), 5},
        {103907373, s("debian-11"), s("Debian 11"), s("debian"), s("11"), s("arm"),
         s("2023-03-20T09:11:40+00:00"), s("2026-09-01T00:00:00+00:00"), 5},
        {114690387, s("debian-12"), s("Debian 12"), s("debian"), s("12"), s("x86"),
         s("2023-06-13T06:00:02+00:00"), QString(), 5},
        {114690389, s("debian-12"), s("Debian 12"), s("debian"), s("12"), s("arm"),
         s("2023-06-13T06:00:05+00:00"), QString(), 5},
        {203224161, s("fedora-41"), s("Fedora 41"), s("fedora"), s("41"), s("x86"),
         s("2024-10-30T08:25:11+00:00"), QString(), 5},
        {203224162, s("fedora-41"), s("Fedora 41"), s("fedora"), s("41"), s("arm"),
         s("2024-10-30T08:25:19+00:00"), QString(), 5},
        {76766499, s("rocky-9"), s("Rocky Linux 9"), s("rocky"), s("9"), s("x86"),
         s("2022-07-14T11:24:36+00:00"), QString(), 5},
        {103908070, s("rocky-9"), s("Rocky Linux 9"), s("rocky"), s("9"), s("arm"),
         s("2023-03-20T09:09:17+00:00"), QString(), 5},
        {76766502, s("alma-9"), s("AlmaLinux 9"), s("alma"), s("9"), s("x86"), s("2022-07-14T11:25:08+00:00"),
         QString(), 5},
        {103908072, s("alma-9"), s("AlmaLinux 9"), s("alma"), s("9"), s("arm"),
         s("2023-03-20T09:09:31+00:00"), QString(), 5},
        {59752342, s("centos-stream-9"), s("CentOS Stream 9"), s("centos"), s("9"), s("x86"),
         s("2021-12-15T10:02:18+00:00"), QString(), 5},
        {103908069, s("centos-stream-9"), s("CentOS Stream 9"), s("centos"), s("9"), s("arm"),
         s("2023-03-20T09:08:56+00:00"), QString(), 5},
    };
    return list;
}

const QVector<IsoInfo> &isos()
{
    static const QVector<IsoInfo> list{
        {10471, s("virtio-win-0.1.262.iso"), s("virtio-win-0.1.262 (Windows drivers)"), QString()},
        {11254, s("FreeBSD-14.1-RELEASE-amd64-dvd1.iso"), s("FreeBSD 14.1 x64"), s("x86")},
        {11255, s("FreeBSD-14.1-RELEASE-arm64-dvd1.iso"), s("FreeBSD 14.1 arm64"), s("arm")},
        {12044, s("nixos-minimal-24.05-x86_64-linux.iso"), s("NixOS 24.05 minimal x64"), s("x86")},
        {12045, s("nixos-minimal-24.05-aarch64-linux.iso"), s("NixOS 24.05 minimal arm64"), s("arm")},
    };
    return list;
}

const QVector<LoadBalancerTypeInfo> &loadBalancerTypes()
{
    static const QVector<LoadBalancerTypeInfo> list{
        {1, s("lb11"), s("LB11"), 10000, 5, 25, 10, 53900},
        {2, s("lb21"), s("LB21"), 20000, 15, 75, 25, 163900},
        {3, s("lb31"), s("LB31"), 40000, 30, 150, 50, 328900},
    };
    return list;
}

// cpx11 is being retired (as Hetzner retires older generations): announced
// everywhere, and already past its date in Singapore, so that clients can
// show both a deprecated type and one they may no longer offer.
const DeprecationInfo kCpx11{s("2026-09-01T00:00:00+00:00"), s("2027-03-01T00:00:00+00:00")};
const DeprecationInfo kCpx11Sin{s("2026-09-01T00:00:00+00:00"), s("2026-11-15T00:00:00+00:00")};
const DeprecationInfo kLb11{s("2026-11-02T00:00:00+00:00"), s("2027-05-01T00:00:00+00:00")};

// clang-format on

const DeprecationInfo *serverTypeDeprecation(const QString &type, const QString &location)
{
    if (type != QLatin1String("cpx11"))
        return nullptr;
    return location == QLatin1String("sin") ? &kCpx11Sin : &kCpx11;
}

const DeprecationInfo *serverTypeDeprecation(const QString &type)
{
    return type == QLatin1String("cpx11") ? &kCpx11 : nullptr;
}

bool recommendedServerType(const QString &type, const QString &location)
{
    // Europe: the cost-optimised x86 and Arm types; elsewhere the AMD one.
    if (europe().contains(location))
        return type == QLatin1String("cx22") || type == QLatin1String("cax11");
    return type == QLatin1String("cpx21");
}

bool serverTypeAvailable(const ServerTypeInfo &type, const QString &location)
{
    if (!type.locations.contains(location))
        return false;
    const DatacenterInfo *dc = datacenterIn(location);
    return !dc || !dc->unavailableTypes.contains(type.name);
}

const DeprecationInfo *loadBalancerTypeDeprecation(const QString &type)
{
    return type == QLatin1String("lb11") ? &kLb11 : nullptr;
}

const LocationInfo *location(const QString &name)
{
    for (const auto &l : locations()) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

const DatacenterInfo *datacenterIn(const QString &location)
{
    for (const auto &dc : datacenters()) {
        if (dc.location == location)
            return &dc;
    }
    return nullptr;
}

const LoadBalancerTypeInfo *loadBalancerType(const QString &idOrName)
{
    for (const LoadBalancerTypeInfo &type : loadBalancerTypes()) {
        if (type.name == idOrName || QString::number(type.id) == idOrName)
            return &type;
    }
    return nullptr;
}

const ServerTypeInfo *serverType(const QString &name)
{
    for (const auto &t : serverTypes()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const ImageInfo *image(const QString &name, const QString &architecture)
{
    for (const auto &i : images()) {
        if (i.name == name && i.architecture == architecture)
            return &i;
    }
    return nullptr;
}

int priceFactorPercent(const QString &networkZone)
{
    if (networkZone == QLatin1String("ap-southeast"))
        return 135;
    if (networkZone.startsWith(QLatin1String("us-")))
        return 120;
    return 100;
}

qint64 includedTrafficBytes(const QString &networkZone)
{
    constexpr qint64 tib = 1099511627776LL;
    if (networkZone == QLatin1String("ap-southeast"))
        return tib / 2;
    if (networkZone.startsWith(QLatin1String("us-")))
        return tib;
    return 20 * tib;
}

qint64 perTbTrafficNet(const QString &networkZone)
{
    if (networkZone == QLatin1String("ap-southeast"))
        return 74000;
    if (networkZone.startsWith(QLatin1String("us-")))
        return 12000;
    return 10000;
}

}  // namespace hcloud::sim::catalog
