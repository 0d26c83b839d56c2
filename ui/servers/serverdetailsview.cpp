#include "ui/servers/serverdetailsview.h"

#include "ui/detailsform.h"
#include "core/projects/pricing.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"
#include "core/resources/serverstatus.h"
#include "core/resources/serverties.h"
#include "core/resources/servertype.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>

namespace hcloud {

namespace {
QString yesNo(bool on)
{
    return on ? QCoreApplication::translate("hcloud::ServerDetailsView", "on")
              : QCoreApplication::translate("hcloud::ServerDetailsView", "off");
}

QString bytes(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().formattedDataSize(qint64(value.toDouble()), 1, QLocale::DataSizeSIFormat)
                            : QCoreApplication::translate("hcloud::ServerDetailsView", "unknown");
}
} // namespace

ServerDetailsView::ServerDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_empty(new QLabel(tr("Select a server to see its details."), this))
{
    const QList<QPair<Field, QString>> rows = {
        {Field::Name, tr("Name:")},        {Field::Status, tr("Status:")},
        {Field::Ipv4, tr("IPv4:")},        {Field::Ipv6, tr("IPv6:")},
        {Field::ReverseDns, tr("Reverse DNS:")}, {Field::Type, tr("Type:")},
        {Field::Price, tr("Price:")},      {Field::Location, tr("Location:")},
        {Field::Image, tr("Image:")},      {Field::Created, tr("Created:")},
        {Field::Labels, tr("Labels:")},    {Field::Protection, tr("Protection:")},
        {Field::Backups, tr("Backups:")},  {Field::Traffic, tr("Traffic:")},
        {Field::Rescue, tr("Rescue:")},    {Field::Iso, tr("ISO:")},
        {Field::Networks, tr("Private networks:")}, {Field::Volumes, tr("Volumes:")},
        {Field::Firewalls, tr("Firewalls:")}, {Field::FloatingIps, tr("Floating IPs:")},
        {Field::LoadBalancers, tr("Load balancers:")}, {Field::PlacementGroup, tr("Placement group:")},
    };
    for (const auto &[field, title] : rows) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_form->addRow(title, value);
        m_values.insert(field, value);
    }
    m_scroll = layOutDetails(this, m_form, m_empty);
    setServer({});
}

QLabel *ServerDetailsView::label(Field field) const
{
    return m_values.value(field);
}

QString ServerDetailsView::text(Field field) const
{
    return label(field)->text();
}

void ServerDetailsView::setPricing(Pricing *pricing)
{
    if (m_pricing)
        disconnect(m_pricing, nullptr, this, nullptr);
    m_pricing = pricing;
    if (pricing)
        connect(pricing, &Pricing::loaded, this, [this] { setServer(m_server); });
}

void ServerDetailsView::setServer(const QJsonObject &s)
{
    m_server = s;
    const bool any = !s.isEmpty();
    m_empty->setVisible(!any);
    m_scroll->setVisible(any);
    if (!any)
        return;

    const QJsonObject net = s.value(QLatin1String("public_net")).toObject();
    const QJsonObject v4 = net.value(QLatin1String("ipv4")).toObject();
    const QJsonObject v6 = net.value(QLatin1String("ipv6")).toObject();
    const ServerTypeInfo type = ServerTypeInfo::fromJson(s.value(QLatin1String("server_type")).toObject());
    const QString location = json::string(s, QStringLiteral("location.name"));

    label(Field::Name)->setText(s.value(QLatin1String("name")).toString());
    label(Field::Status)->setText(serverStatusText(s.value(QLatin1String("status")).toString()));
    label(Field::Ipv4)->setText(v4.isEmpty() ? tr("none") : v4.value(QLatin1String("ip")).toString());
    label(Field::Ipv6)->setText(v6.isEmpty() ? tr("none") : v6.value(QLatin1String("ip")).toString());
    QStringList ptr;
    if (!v4.value(QLatin1String("dns_ptr")).toString().isEmpty())
        ptr << v4.value(QLatin1String("dns_ptr")).toString();
    for (const QJsonValue &entry : v6.value(QLatin1String("dns_ptr")).toArray())
        ptr << QStringLiteral("%1 → %2").arg(entry[QLatin1String("ip")].toString(),
                                              entry[QLatin1String("dns_ptr")].toString());
    label(Field::ReverseDns)->setText(ptr.isEmpty() ? tr("default") : ptr.join(QLatin1Char('\n')));
    label(Field::Type)->setText(QStringLiteral("%1 — %2").arg(type.name, type.specText()));
    // From the project's /pricing; the server type's own prices until it arrives.
    if (m_pricing)
        m_pricing->load();
    const ServerPrice price = m_pricing ? m_pricing->serverPrice(type.name, location) : ServerPrice();
    if (price.isValid())
        label(Field::Price)->setText(tr("%1 per hour, at most %2 per month (gross)")
                                         .arg(formatEuro(price.hourlyGross.toDouble()),
                                              formatEuro(price.monthlyGross.toDouble())));
    else if (const ServerTypeInfo::Offer *offer = type.offerIn(location))
        label(Field::Price)->setText(tr("%1 per hour, at most %2 per month (gross)")
                                         .arg(formatEuro(offer->hourly), formatEuro(offer->monthly)));
    else
        label(Field::Price)->setText(tr("not listed for %1").arg(location));
    label(Field::Location)->setText(QStringLiteral("%1 (%2, %3; %4)")
                                        .arg(location, json::string(s, QStringLiteral("location.city")),
                                             json::string(s, QStringLiteral("location.country")),
                                             json::string(s, QStringLiteral("location.network_zone"))));
    const QJsonObject image = s.value(QLatin1String("image")).toObject();
    label(Field::Image)->setText(image.isEmpty() ? tr("none")
                                                 : image.value(QLatin1String("description")).toString());
    label(Field::Created)->setText(
        QLocale().toString(json::dateTime(s, QStringLiteral("created")).toLocalTime(), QLocale::LongFormat));
    const QString labels = json::labelsText(s.value(QLatin1String("labels")).toObject());
    label(Field::Labels)->setText(labels.isEmpty() ? tr("none") : labels);
    const QJsonObject protection = s.value(QLatin1String("protection")).toObject();
    label(Field::Protection)->setText(tr("delete %1, rebuild %2")
                                          .arg(yesNo(protection.value(QLatin1String("delete")).toBool()),
                                               yesNo(protection.value(QLatin1String("rebuild")).toBool())));
    const QString window = s.value(QLatin1String("backup_window")).toString();
    label(Field::Backups)->setText(window.isEmpty() ? tr("off") : tr("on, window %1 UTC").arg(window));
    label(Field::Traffic)->setText(tr("%1 out, %2 in, %3 included")
                                       .arg(bytes(s.value(QLatin1String("outgoing_traffic"))),
                                            bytes(s.value(QLatin1String("ingoing_traffic"))),
                                            bytes(s.value(QLatin1String("included_traffic")))));
    label(Field::Rescue)->setText(yesNo(s.value(QLatin1String("rescue_enabled")).toBool()));
    const QJsonObject iso = s.value(QLatin1String("iso")).toObject();
    label(Field::Iso)->setText(iso.isEmpty() ? tr("none") : iso.value(QLatin1String("name")).toString());

    const NameIndex &names = m_names ? *m_names : NameIndex::none();
    label(Field::Networks)->setText(serverties::networks(s, names));
    label(Field::Volumes)->setText(serverties::volumes(s, names));
    label(Field::Firewalls)->setText(serverties::firewalls(s, names));
    label(Field::FloatingIps)->setText(serverties::floatingIps(s, names));
    label(Field::LoadBalancers)->setText(serverties::loadBalancers(s, names));
    const QString group = json::string(s, QStringLiteral("placement_group.name"));
    label(Field::PlacementGroup)->setText(group.isEmpty() ? tr("none") : group);
}

} // namespace hcloud
