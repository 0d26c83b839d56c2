#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

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
    // The stored token's id once saved.
    QString savedTokenId() const { return m_savedId; }

signals:
    void tokenSaved(const QString &tokenId);

private:
    void check();
    void verify();
    void store(bool verified);
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
    QString m_savedId;
};

} // namespace hcloud
