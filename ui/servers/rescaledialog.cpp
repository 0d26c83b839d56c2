#include "ui/servers/rescaledialog.h"
#include "ui/layout/dialogfit.h"

#include "core/resources/resourcekind.h"
#include "ui/servers/typetree.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hcloud {

namespace {
using namespace typetree;
constexpr int Difference = Note;
}

RescaleDialog::RescaleDialog(const QJsonObject &server, const QVector<QJsonObject> &serverTypes, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_current(ServerTypeInfo::fromJson(server.value(QLatin1String("server_type")).toObject()))
    , m_types(new QTreeWidget(this))
    , m_keepDisk(new QCheckBox(tr("&Keep the disk size, so the server can be scaled down again later"), this))
    , m_powerOff(new QCheckBox(tr("&Power the server off first (rescaling needs it off)"), this))
    , m_summary(new QLabel(this))
{
    fitToContentOnShow(this);
    const QString name = server.value(QLatin1String("name")).toString();
    const QString location = json::string(server, QStringLiteral("location.name"));
    setWindowTitle(tr("Rescale “%1”").arg(name));

    m_types->setRootIsDecorated(false);
    m_types->setAccessibleName(tr("Server types"));
    m_types->setHeaderLabels({tr("Type"), tr("Size"), tr("Per month"), tr("Difference")});
    const ServerTypeInfo::Offer *now = m_current.offerIn(location);
    for (const QJsonObject &json : serverTypes) {
        const ServerTypeInfo type = ServerTypeInfo::fromJson(json);
        if (type.name == m_current.name)
            continue;
        const ServerTypeInfo::Offer *offer = type.offerIn(location);
        QString why;
        if (!offer)
            why = tr("Not offered in %1.").arg(location);
        else if (offer->deprecated)
            why = tr("Deprecated in %1.").arg(location);
        else if (type.architecture != m_current.architecture)
            why = tr("Other CPU architecture.");
        else if (type.storageType != m_current.storageType)
            why = tr("Other kind of disk (local or network).");
        else if (type.diskGb < m_current.diskGb)
            why = tr("Smaller disk than the server's %1 GB.").arg(m_current.diskGb);
        QTreeWidgetItem *item = addRow(m_types, type, offer);
        if (offer && now) {
            const double delta = offer->monthly - now->monthly;
            item->setText(Difference, (delta >= 0 ? QStringLiteral("+") : QString()) + formatEuro(delta));
            item->setTextAlignment(Difference, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (!why.isEmpty())
            disable(item, why);
    }
    m_types->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_types->sortByColumn(Name, Qt::AscendingOrder);

    const bool running = server.value(QLatin1String("status")).toString() != QLatin1String("off");
    m_powerOff->setChecked(running);
    m_powerOff->setVisible(running);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Rescale"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Now: %1 (%2)").arg(m_current.name, m_current.specText()), this));
    layout->addWidget(m_types);
    layout->addWidget(m_keepDisk);
    layout->addWidget(m_powerOff);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_types, &QTreeWidget::currentItemChanged, this, &RescaleDialog::updateSummary);
    connect(m_powerOff, &QCheckBox::toggled, this, &RescaleDialog::updateSummary);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

bool RescaleDialog::selectType(const QString &name)
{
    return select(m_types, name);
}

QString RescaleDialog::chosenType() const
{
    return chosen(m_types);
}

bool RescaleDialog::keepDisk() const
{
    return m_keepDisk->isChecked();
}

bool RescaleDialog::powerOffFirst() const
{
    // isHidden(), not isVisible(): this is read after the dialog closed.
    return !m_powerOff->isHidden() && m_powerOff->isChecked();
}

void RescaleDialog::updateSummary()
{
    const bool running = !m_powerOff->isHidden();
    const bool ready = !chosenType().isEmpty() && (!running || m_powerOff->isChecked());
    m_ok->setEnabled(ready);
    if (running && !m_powerOff->isChecked())
        m_summary->setText(tr("The API rescales only a server that is off."));
    else if (chosenType().isEmpty())
        m_summary->setText(tr("Choose the new type."));
    else
        m_summary->setText(tr("The server is off while its disk is copied, then starts again as %1.")
                               .arg(chosenType()));
}

} // namespace hcloud
