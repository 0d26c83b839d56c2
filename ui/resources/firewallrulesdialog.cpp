#include "ui/resources/firewallrulesdialog.h"
#include "ui/layout/dialogfit.h"

#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hcloud {
namespace {

enum Column { Direction, Protocol, Port, Ips, Description, ColumnCount };

QComboBox *combo(const QStringList &items, const QString &current)
{
    auto *box = new QComboBox;
    box->addItems(items);
    box->setCurrentText(current);
    return box;
}

QString joinedIps(const QJsonObject &rule)
{
    const bool in = rule.value(QStringLiteral("direction")).toString() != QLatin1String("out");
    QStringList ips;
    for (const QJsonValue &v : rule.value(in ? QStringLiteral("source_ips") : QStringLiteral("destination_ips")).toArray())
        ips << v.toString();
    return ips.join(QStringLiteral(", "));
}

} // namespace

FirewallRulesDialog::FirewallRulesDialog(ProjectSession *session, const QJsonObject &firewall, QWidget *parent)
    : QDialog(parent), m_session(session), m_firewall(firewall)
{
    fitToContentOnShow(this);
    setWindowTitle(tr("Rules of “%1”").arg(firewall.value(QStringLiteral("name")).toString()));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Firewall rules"));
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Protocol"), tr("Port or range"),
                                        tr("Source or destination IPs"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    for (const QJsonValue &rule : firewall.value(QStringLiteral("rules")).toArray())
        addRow(rule.toObject());

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), this);
    auto *remove = new QPushButton(tr("Remove rule"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({{QStringLiteral("direction"), QStringLiteral("in")},
                {QStringLiteral("protocol"), QStringLiteral("tcp")},
                {QStringLiteral("source_ips"), QJsonArray{QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")}}});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set rules"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirewallRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirewallRulesDialog::reject);
    layout->addWidget(buttons);
}

void FirewallRulesDialog::addRow(const QJsonObject &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCellWidget(row, Direction, combo({QStringLiteral("in"), QStringLiteral("out")},
                                                 rule.value(QStringLiteral("direction")).toString()));
    m_table->setCellWidget(row, Protocol, combo({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
                                                 QStringLiteral("esp"), QStringLiteral("gre")},
                                                rule.value(QStringLiteral("protocol")).toString()));
    m_table->setItem(row, Port, new QTableWidgetItem(rule.value(QStringLiteral("port")).toString()));
    m_table->setItem(row, Ips, new QTableWidgetItem(joinedIps(rule)));
    m_table->setItem(row, Description, new QTableWidgetItem(rule.value(QStringLiteral("description")).toString()));
}

QJsonArray FirewallRulesDialog::rules(QString *problem) const
{
    QJsonArray list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString direction = static_cast<QComboBox *>(m_table->cellWidget(row, Direction))->currentText();
        const QString protocol = static_cast<QComboBox *>(m_table->cellWidget(row, Protocol))->currentText();
        const QString port = m_table->item(row, Port) ? m_table->item(row, Port)->text().trimmed() : QString();
        QJsonArray ips;
        const QString ipText = m_table->item(row, Ips) ? m_table->item(row, Ips)->text() : QString();
        for (const QString &ip : ipText.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            ips.append(ip);
        QJsonObject rule{{QStringLiteral("direction"), direction}, {QStringLiteral("protocol"), protocol},
                         {direction == QLatin1String("in") ? QStringLiteral("source_ips")
                                                           : QStringLiteral("destination_ips"), ips}};
        // Only tcp and udp have ports, and for them a port is required.
        const bool hasPorts = protocol == QLatin1String("tcp") || protocol == QLatin1String("udp");
        if (hasPorts && port.isEmpty() && problem)
            *problem = tr("Rule %1: a port or range is required for %2.").arg(row + 1).arg(protocol);
        if (ips.isEmpty() && problem)
            *problem = tr("Rule %1: at least one IP or network is required.").arg(row + 1);
        if (hasPorts && !port.isEmpty())
            rule.insert(QStringLiteral("port"), port);
        const QString description = m_table->item(row, Description) ? m_table->item(row, Description)->text() : QString();
        if (!description.trimmed().isEmpty())
            rule.insert(QStringLiteral("description"), description.trimmed());
        list.append(rule);
    }
    return list;
}

void FirewallRulesDialog::accept()
{
    QString problem;
    const QJsonArray list = rules(&problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const QString path = QStringLiteral("/firewalls/%1/actions/set_rules")
                             .arg(m_firewall.value(QStringLiteral("id")).toVariant().toLongLong());
    PendingWrite *write = m_session->actions()->run(
        tr("Set the rules of “%1”").arg(m_firewall.value(QStringLiteral("name")).toString()), "POST", path,
        {{QStringLiteral("rules"), list}});
    connect(write, &PendingWrite::finished, this, [this, write] {
        if (!write->error().isError()) {
            QDialog::accept();
            return;
        }
        m_error->setText(write->error().userText());
        m_error->show();
    });
}

} // namespace hcloud
