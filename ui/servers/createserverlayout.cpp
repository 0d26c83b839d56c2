#include "ui/servers/createserverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hcloud {

// New Server's widgets named for screen readers, and their form.
void CreateServerDialog::layOut()
{
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("A hostname, e.g. web-1"));
    m_location->setAccessibleName(tr("Location"));
    m_types->setAccessibleName(tr("Server type"));
    m_types->setRootIsDecorated(false);
    m_types->setHeaderLabels({tr("Type"), tr("Size"), tr("Per month"), tr("Note")});
    m_types->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_types->setMinimumHeight(160);
    m_image->setAccessibleName(tr("Image"));
    m_keys->setAccessibleName(tr("SSH keys"));
    m_keys->setMaximumHeight(90);
    m_newKey->setAccessibleName(tr("New SSH public key"));
    m_newKey->setPlaceholderText(tr("Or paste a public key (ssh-ed25519 AAAA… you@host); it is added to the project."));
    m_newKey->setMaximumHeight(50);
    m_userData->setAccessibleName(tr("Cloud-init user data"));
    m_userData->setPlaceholderText(tr("#cloud-config …"));
    m_userData->setMaximumHeight(80);
    m_firewalls->setAccessibleName(tr("Firewalls"));
    m_firewalls->setMaximumHeight(70);
    m_networks->setAccessibleName(tr("Private networks"));
    m_networks->setMaximumHeight(70);
    m_placementGroup->setAccessibleName(tr("Placement group"));
    m_labels->setAccessibleName(tr("Labels"));
    m_labels->setPlaceholderText(tr("One per line: key=value"));
    m_labels->setMaximumHeight(50);
    m_ipv4->setChecked(true);
    m_ipv6->setChecked(true);
    m_start->setChecked(true);
    m_message->setWordWrap(true);

    auto *userDataFile = new QPushButton(tr("From &file…"), this);
    auto *userDataRow = new QHBoxLayout;
    userDataRow->addWidget(m_userData, 1);
    userDataRow->addWidget(userDataFile, 0, Qt::AlignTop);
    auto *network = new QHBoxLayout;
    network->addWidget(m_ipv4);
    network->addWidget(m_ipv6);
    network->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Type:"), m_types);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("SSH &keys:"), m_keys);
    form->addRow(QString(), m_newKey);
    form->addRow(tr("Networking:"), network);
    form->addRow(tr("Private net&works:"), m_networks);
    form->addRow(tr("&Firewalls:"), m_firewalls);
    form->addRow(tr("&Placement group:"), m_placementGroup);
    // A row of a layout gets no buddy of its own, and without one the "&" shows.
    auto *userDataLabel = new QLabel(tr("&Cloud-init:"), this);
    userDataLabel->setBuddy(m_userData);
    form->addRow(userDataLabel, userDataRow);
    form->addRow(tr("La&bels:"), m_labels);
    form->addRow(QString(), m_start);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_price);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 780);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(userDataFile, &QPushButton::clicked, this, &CreateServerDialog::loadUserDataFile);
}

} // namespace hcloud
