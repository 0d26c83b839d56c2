#include "ui/servers/deleteserverdialog.h"
#include "ui/layout/dialogfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {

DeleteServerDialog::DeleteServerDialog(const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_serverName(serverName)
    , m_name(new QLineEdit(this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("Delete server “%1”").arg(serverName));
    auto *text = new QLabel(tr("The server and its disk are deleted for good, and billing stops. Backups are "
                               "deleted too; snapshots stay. Type the server's name to confirm:"),
                            this);
    text->setWordWrap(true);
    m_name->setPlaceholderText(serverName);
    m_name->setAccessibleName(tr("Server name"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("Delete server"), QDialogButtonBox::DestructiveRole);
    m_delete->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &typed) { m_delete->setEnabled(typed == m_serverName); });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace hcloud
