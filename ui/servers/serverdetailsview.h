#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

#include <QPointer>

namespace hcloud {

class NameIndex;
class Pricing;

// What the API says of one server, in words: state, addresses, size,
// place, image, protection, backups, traffic, rescue, ISO, reverse DNS,
// and its price in its location.
class ServerDetailsView : public QWidget
{
    Q_OBJECT
public:
    enum class Field {
        Name, Status, Ipv4, Ipv6, Type, Location, Image, Created, Labels, Protection, Backups,
        Traffic, Rescue, Iso, ReverseDns, Price, Networks, Volumes, Firewalls, FloatingIps, LoadBalancers,
        PlacementGroup,
    };
    Q_ENUM(Field)

    explicit ServerDetailsView(QWidget *parent = nullptr);

    void setServer(const QJsonObject &server);
    // Names of the project's other objects, for what the server is tied to.
    void setNames(const NameIndex *names) { m_names = names; }
    // The project's /pricing, for the price line; loaded on demand.
    void setPricing(Pricing *pricing);
    QJsonObject server() const { return m_server; }
    QString text(Field field) const;

private:
    QLabel *label(Field field) const;

    QJsonObject m_server;
    QFormLayout *m_form;
    QHash<Field, QLabel *> m_values;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QPointer<Pricing> m_pricing;
    const NameIndex *m_names = nullptr;
};

} // namespace hcloud
