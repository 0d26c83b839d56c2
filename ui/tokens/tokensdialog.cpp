#include "ui/tokens/tokensdialog.h"
#include "ui/layout/dialogfit.h"

#include "ui/tokens/addtokendialog.h"
#include "core/models/modelroles.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokeninspector.h"
#include "core/projects/tokenlistmodel.h"
#include "core/projects/tokenpurge.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

namespace {

// Prefixes line up and read unambiguously (0/O, l/1) in a fixed font.
class MonospaceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
};

QString tokenName(const TokenRecord &t)
{
    return t.label.isEmpty() ? t.prefix + QStringLiteral("…")
                             : QStringLiteral("“%1” (%2…)").arg(t.label, t.prefix);
}

} // namespace

TokensDialog::TokensDialog(ProjectStore *store, TokenVault *vault, const QString &projectId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vault(vault)
    , m_projectId(projectId)
    , m_model(new TokenListModel(store, this))
    , m_inspector(new TokenInspector(store, vault, this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    const Project *project = store->project(projectId);
    setWindowTitle(tr("API tokens of “%1”").arg(project ? project->name : QString()));
    m_model->setProjectId(projectId);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("API tokens"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(int(TokenListModel::Column::Prefix), new MonospaceDelegate(m_view));
    // The whole 32-character prefix, always: the column follows its contents.
    m_view->horizontalHeader()->setSectionResizeMode(int(TokenListModel::Column::Prefix), QHeaderView::ResizeToContents);
    m_view->resizeColumnsToContents();
    m_message->setWordWrap(true);

    m_add = new QPushButton(tr("&Add…"), this);
    m_reenter = new QPushButton(tr("Re-&enter…"), this);
    m_reenter->setToolTip(tr("Paste the token again when its secret is missing from the keychain."));
    m_relabel = new QPushButton(tr("Re&label…"), this);
    m_copy = new QPushButton(tr("&Copy prefix"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_check = new QPushButton(tr("Check &now"), this);
    m_check->setToolTip(tr("Ask the API whether each token is accepted and whether it may write."));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_reenter, m_relabel, m_copy, m_remove, m_check}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_view, 1);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Secrets are kept in your system keychain. Removing a token here does not "
                                    "revoke it; delete it in the Hetzner Console for that."),
                                 this));
    layout->addWidget(close);
    resize(860, 360);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TokensDialog::addToken);
    connect(m_reenter, &QPushButton::clicked, this, &TokensDialog::reenter);
    connect(m_relabel, &QPushButton::clicked, this, &TokensDialog::relabel);
    connect(m_copy, &QPushButton::clicked, this, &TokensDialog::copyPrefix);
    connect(m_remove, &QPushButton::clicked, this, &TokensDialog::confirmRemove);
    connect(m_check, &QPushButton::clicked, this, [this] {
        m_problems.clear();
        m_inspector->inspectProject(m_projectId);
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TokensDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TokensDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_inspector, &TokenInspector::statusFound, this,
            [this](const QString &id, TokenStatus::Value status, const QString &message) {
                m_model->setStatus(id, status);
                // A missing secret gets its own hint (re-enter), not the vault's words.
                if (message.isEmpty() || status == TokenStatus::Value::MissingFromKeychain)
                    m_problems.remove(id);
                else
                    m_problems.insert(id, message);
                updateButtons();
            });
    connect(m_inspector, &TokenInspector::finished, this, &TokensDialog::updateButtons);

    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_inspector->inspectProject(projectId);
    updateButtons();
}

void TokensDialog::selectToken(const QString &tokenId)
{
    const int row = m_model->rowOfKey(tokenId);
    if (row >= 0)
        m_view->selectRow(row);
}

const TokenRecord *TokensDialog::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_store)
        return nullptr;
    return m_store->token(index.data(IdRole).toString());
}

void TokensDialog::updateButtons()
{
    const Project *project = m_store ? m_store->project(m_projectId) : nullptr;
    const TokenRecord *token = current();
    const bool missing = token && m_model->status(token->id) == TokenStatus::Value::MissingFromKeychain;
    m_add->setEnabled(project && project->persistent);
    m_reenter->setEnabled(missing);
    m_relabel->setEnabled(token && !token->sessionOnly);
    m_copy->setEnabled(token);
    m_remove->setEnabled(token);
    m_check->setEnabled(!m_inspector->isRunning() && m_model->rowCount() > 0);
    if (m_inspector->isRunning())
        showMessage(tr("Checking the tokens with the API…"), false);
    else if (token && m_problems.contains(token->id))
        showMessage(m_problems.value(token->id), true);
    else if (missing)
        showMessage(tr("The secret of this token is not in the keychain. Choose Re-enter and paste it again."), true);
    else
        showMessage(QString(), false);
}

void TokensDialog::addToken()
{
    if (!m_store || !m_vault)
        return;
    auto *dialog = new AddTokenDialog(m_store, m_vault, m_projectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddTokenDialog::tokenSaved, this, [this](const QString &id) {
        selectToken(id);
        m_inspector->inspectToken(id);
    });
    dialog->open();
}

void TokensDialog::reenter()
{
    const TokenRecord *token = current();
    if (!token || !m_store || !m_vault)
        return;
    auto *dialog = new AddTokenDialog(m_store, m_vault, m_projectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReentry(*token);
    connect(dialog, &AddTokenDialog::tokenSaved, this, [this](const QString &id) {
        m_problems.remove(id);
        m_inspector->inspectToken(id);
    });
    dialog->open();
}

void TokensDialog::relabel()
{
    const TokenRecord *token = current();
    if (!token)
        return;
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Relabel token"));
    input->setLabelText(tr("Label of the token %1…:").arg(token->prefix));
    input->setTextValue(token->label);
    const QString id = token->id;
    connect(input, &QInputDialog::textValueSelected, this, [this, id](const QString &label) {
        if (m_store)
            m_store->relabelToken(id, label.trimmed());
    });
    input->open();
}

void TokensDialog::copyPrefix()
{
    const TokenRecord *token = current();
    if (!token)
        return;
    QGuiApplication::clipboard()->setText(token->prefix);
    showMessage(tr("Copied %1 to the clipboard.").arg(token->prefix), false);
}

void TokensDialog::confirmRemove()
{
    const TokenRecord *token = current();
    const Project *project = m_store ? m_store->project(m_projectId) : nullptr;
    if (!token || !project)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove API token"),
                                tr("Remove the token %1 from “%2”?").arg(tokenName(*token), project->name),
                                QMessageBox::Cancel, this);
    box->setInformativeText(token->sessionOnly
                                ? tr("It is held for this session only and will be forgotten.")
                                : tr("Its secret is deleted from your keychain. The token stays valid at Hetzner "
                                     "until you delete it in the Hetzner Console."));
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = token->id;
    connect(yes, &QPushButton::clicked, this, [this, id] { remove(id); });
    box->open();
}

void TokensDialog::remove(const QString &tokenId)
{
    if (!m_store || !m_vault || !m_store->removeToken(tokenId))
        return;
    m_problems.remove(tokenId);
    QPointer<TokensDialog> self(this);
    TokenPurge::run(m_store, m_vault, [self](const TokenPurge::Outcome &outcome) {
        if (!self)
            return;
        if (outcome.ok())
            self->showMessage(tr("The token was removed and its secret deleted from the keychain."), false);
        else
            self->showMessage(tr("The token was removed, but its secret could not be deleted from the keychain "
                                 "yet (%1). It will be tried again at the next start.")
                                  .arg(outcome.message),
                              true);
    });
}

void TokensDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace hcloud
