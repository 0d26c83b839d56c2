#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUrl>

#include "core/projects/project.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace hcloud {

class ApiClient;
class ProjectStore;
class TokenVault;

// Enter an API token for a project: masked, checked as it is typed, verified
// against the project's endpoint, then its secret goes to the vault and only
// the prefix to the store. The full token never shows again.
class AddTokenDialog : public QDialog
{
    Q_OBJECT
public:
    AddTokenDialog(ProjectStore *store, TokenVault *vault, const QString &projectId, QWidget *parent = nullptr);
    ~AddTokenDialog() override;

    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *labelEdit() const { return m_label; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveUnverifiedButton() const { return m_saveUnverified; }
    // Shown when the keychain cannot store: keep the token in memory only.
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }

    // Re-enter the secret of a stored token that went missing from the
    // keychain: the token must have the record's prefix, and is stored
    // under the record's id.
    void setReentry(const TokenRecord &record);
    // The stored token's id once saved.
    QString savedTokenId() const { return m_savedId; }

signals:
    void tokenSaved(const QString &tokenId);

private:
    void check();
    void verify();
    void store(bool verified);
    void storeSecret();
    QHash<QString, QString> knownPrefixes() const;
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void forget();

    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    QString m_projectId;
    QUrl m_endpoint;
    ApiClient *m_client = nullptr;
    QLineEdit *m_token;
    QLineEdit *m_label;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_saveUnverified;
    QPushButton *m_sessionOnly;
    QString m_savedId;
    TokenRecord m_pending;        // what goes to the store once the secret is kept
    QString m_reentryId;          // set when re-entering a missing secret
    QString m_expectedPrefix;
};

} // namespace hcloud
