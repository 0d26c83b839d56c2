#include "ui/tokens/addtokendialog.h"
#include "ui/layout/dialogfit.h"

#include "core/api/apiclient.h"
#include "core/projects/projectstore.h"
#include "core/projects/routingtokenvault.h"
#include "core/projects/tokencheck.h"
#include "core/projects/tokenvault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace hcloud {

AddTokenDialog::AddTokenDialog(ProjectStore *store, TokenVault *vault, const QString &projectId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vault(vault)
    , m_projectId(projectId)
    , m_token(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    const Project *project = store->project(projectId);
    m_endpoint = project ? project->endpoint : Project().endpoint;
    setWindowTitle(tr("Add API token to “%1”").arg(project ? project->name : QString()));

    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_token->setPlaceholderText(tr("64 characters, from Security › API tokens in the Hetzner Console"));
    m_label->setPlaceholderText(tr("Optional, e.g. “laptop, read only”"));
    m_label->setAccessibleName(tr("Label"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Verify and save"), QDialogButtonBox::AcceptRole);
    m_saveUnverified = buttons->addButton(tr("Save without verifying"), QDialogButtonBox::ActionRole);
    m_saveUnverified->hide();
    m_sessionOnly = buttons->addButton(tr("Use for this session only"), QDialogButtonBox::ActionRole);
    m_sessionOnly->setToolTip(tr("Keep the token in memory until the app quits. Nothing is written to disk."));
    m_sessionOnly->hide();
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Token:"), m_token);
    form->addRow(tr("&Label:"), m_label);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("The token's secret is kept only in your system keychain. "
                                    "Afterwards only its first 32 characters are shown."), this));
    layout->addWidget(buttons);

    connect(m_token, &QLineEdit::textChanged, this, &AddTokenDialog::check);
    // Save verifies first; the dialog accepts only once the secret is stored.
    connect(m_save, &QPushButton::clicked, this, &AddTokenDialog::verify);
    connect(m_saveUnverified, &QPushButton::clicked, this, [this] { this->store(false); });
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        auto *routing = qobject_cast<RoutingTokenVault *>(m_vault.data());
        if (!routing)
            return;
        routing->setSessionOnly(m_pending.id);
        m_pending.sessionOnly = true;
        storeSecret();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &AddTokenDialog::forget);
    check();
}

AddTokenDialog::~AddTokenDialog()
{
    forget();
}

void AddTokenDialog::setReentry(const TokenRecord &record)
{
    m_reentryId = record.id;
    m_expectedPrefix = record.prefix;
    const QString name = record.label.isEmpty() ? record.prefix : record.label;
    setWindowTitle(tr("Re-enter API token “%1”").arg(name));
    m_label->setText(record.label);
    m_label->setEnabled(false);
    m_token->setPlaceholderText(tr("The token starting with %1").arg(record.prefix));
    check();
}

QHash<QString, QString> AddTokenDialog::knownPrefixes() const
{
    QHash<QString, QString> known = m_store ? m_store->knownPrefixes() : QHash<QString, QString>();
    // The token being re-entered is the one expected, not a duplicate.
    known.remove(m_expectedPrefix);
    return known;
}

void AddTokenDialog::check()
{
    m_saveUnverified->hide();
    m_sessionOnly->hide();
    const TokenCheck result = TokenCheck::check(m_token->text(), knownPrefixes());
    const bool wrongToken = result.ok() && !m_expectedPrefix.isEmpty() && result.prefix() != m_expectedPrefix;
    m_save->setEnabled(result.ok() && !wrongToken);
    if (wrongToken) {
        showMessage(tr("This token starts with %1, but the missing one starts with %2.")
                        .arg(result.prefix(), m_expectedPrefix),
                    true);
        return;
    }
    showMessage(result.problem == TokenCheck::Problem::Empty ? QString() : result.message, !result.ok());
}

void AddTokenDialog::verify()
{
    const TokenCheck result = TokenCheck::check(m_token->text(), knownPrefixes());
    if (!result.ok() || !m_save->isEnabled())
        return;
    setBusy(true);
    showMessage(tr("Checking the token with %1…").arg(m_endpoint.host()), false);
    delete m_client;
    m_client = new ApiClient(this);
    m_client->setEndpoint(m_endpoint);
    m_client->setToken(result.token);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    ApiCall *call = m_client->get(QStringLiteral("/servers"), query);
    connect(call, &ApiCall::finished, this, [this, call] {
        setBusy(false);
        const ApiError error = call->error();
        if (!error.isError()) {
            store(true);
            return;
        }
        if (error.kind == ApiError::Kind::Network) {
            showMessage(tr("The API could not be reached to verify the token (%1). "
                           "You can save it unverified and it will be checked on first use.")
                            .arg(error.message), true);
            m_saveUnverified->show();
            return;
        }
        showMessage(error.code == QLatin1String("unauthorized")
                        ? tr("The token was rejected by the API. Check that you copied all of it, "
                             "and that it was not deleted in the Hetzner Console.")
                        : error.userText(),
                    true);
    });
}

void AddTokenDialog::store(bool verified)
{
    const TokenCheck result = TokenCheck::check(m_token->text(), knownPrefixes());
    if (!result.ok() || !m_vault || !m_store)
        return;
    m_pending = TokenRecord();
    m_pending.label = m_label->text().trimmed();
    m_pending.prefix = result.prefix();
    if (verified)
        m_pending.lastVerified = QDateTime::currentDateTimeUtc();
    // The record gets its id from the store only once the secret is safe;
    // the vault key is chosen here so both agree.
    m_pending.id = m_reentryId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_reentryId;
    storeSecret();
}

void AddTokenDialog::storeSecret()
{
    const TokenCheck result = TokenCheck::check(m_token->text(), knownPrefixes());
    if (!result.ok() || !m_vault || !m_store)
        return;
    setBusy(true);
    m_sessionOnly->hide();
    QPointer<AddTokenDialog> self(this);
    m_vault->store(m_pending.id, result.token, [self](const TokenVault::Result &stored) {
        if (!self)
            return;
        self->setBusy(false);
        if (!stored.ok()) {
            // A keychain that cannot store leaves a choice: memory only.
            const bool routed = qobject_cast<RoutingTokenVault *>(self->m_vault.data()) != nullptr
                && self->m_reentryId.isEmpty();
            self->showMessage(routed ? tr("%1 You can use the token for this session only: it is then kept in "
                                          "memory and forgotten when the app quits.")
                                           .arg(stored.message)
                                     : stored.message,
                              true);
            self->m_sessionOnly->setVisible(routed && !self->m_pending.sessionOnly);
            return;
        }
        if (!self->m_reentryId.isEmpty()) {
            self->m_savedId = self->m_reentryId;
            if (self->m_pending.lastVerified.isValid())
                self->m_store->setLastVerified(self->m_savedId, self->m_pending.lastVerified);
        } else {
            self->m_savedId = self->m_store->addToken(self->m_projectId, self->m_pending);
        }
        self->forget();
        emit self->tokenSaved(self->m_savedId);
        self->accept();
    });
}

void AddTokenDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void AddTokenDialog::setBusy(bool busy)
{
    m_token->setReadOnly(busy);
    m_save->setEnabled(!busy);
    m_saveUnverified->setEnabled(!busy);
    m_sessionOnly->setEnabled(!busy);
}

void AddTokenDialog::forget()
{
    // The whole token lives only as long as the user sees the dialog.
    m_token->clear();
    delete m_client;
    m_client = nullptr;
}

} // namespace hcloud
