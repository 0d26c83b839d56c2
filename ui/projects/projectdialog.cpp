#include "ui/projects/projectdialog.h"
#include "ui/layout/dialogfit.h"

#include "core/api/apiclient.h"
#include "core/projects/settingkeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hcloud {

ProjectDialog::ProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_endpoint(new QLineEdit(
          QSettings().value(settings::cloudEndpoint(), ApiClient::defaultEndpoint().toString()).toString(), this))
    , m_hetznerEndpoint(new QLineEdit(Project::defaultHetznerEndpoint().toString(), this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("New project"));
    m_name->setPlaceholderText(tr("As in the Hetzner Console, e.g. “Shop production”"));
    m_name->setAccessibleName(tr("Project name"));
    m_endpoint->setAccessibleName(tr("API endpoint"));
    m_endpoint->setToolTip(tr("Change only for a proxy or the simulator."));
    m_hetznerEndpoint->setAccessibleName(tr("Hetzner API endpoint"));
    m_hetznerEndpoint->setToolTip(tr("Where Storage Boxes are managed, with the same token. Change only for a proxy or the simulator."));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add project"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &endpoint:"), m_endpoint);
    form->addRow(tr("&Hetzner API endpoint:"), m_hetznerEndpoint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProjectDialog::check);
    connect(m_endpoint, &QLineEdit::textChanged, this, &ProjectDialog::check);
    connect(m_hetznerEndpoint, &QLineEdit::textChanged, this, &ProjectDialog::check);
    check();
}

void ProjectDialog::setProject(const QString &name, const QUrl &endpoint, const QUrl &hetznerEndpoint)
{
    setWindowTitle(tr("Edit project “%1”").arg(name));
    m_ok->setText(tr("Save"));
    m_name->setText(name);
    m_endpoint->setText(endpoint.toString());
    m_hetznerEndpoint->setText(hetznerEndpoint.toString());
}

QString ProjectDialog::name() const
{
    return m_name->text().simplified();
}

QUrl ProjectDialog::endpoint() const
{
    return QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
}

QUrl ProjectDialog::hetznerEndpoint() const
{
    return QUrl(m_hetznerEndpoint->text().trimmed(), QUrl::StrictMode);
}

void ProjectDialog::check()
{
    const auto isHttp = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    };
    const auto plain = [](const QUrl &url) {
        return url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1")
            && url.host() != QLatin1String("localhost");
    };
    const QUrl url = endpoint();
    const QUrl hetzner = hetznerEndpoint();
    const bool urlOk = isHttp(url) && isHttp(hetzner);
    QString message;
    if (!isHttp(url))
        message = tr("The endpoint must be an http(s) address such as %1.").arg(ApiClient::defaultEndpoint().toString());
    else if (!isHttp(hetzner))
        message = tr("The Hetzner API endpoint must be an http(s) address such as %1.").arg(Project::defaultHetznerEndpoint().toString());
    else if (plain(url) || plain(hetzner))
        message = tr("Plain http sends the token unencrypted; use it only on this machine.");
    m_message->setText(message);
    m_ok->setEnabled(!name().isEmpty() && urlOk);
}

} // namespace hcloud
