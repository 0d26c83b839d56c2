#pragma once

#include "core/projects/project.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace hcloud {

class ProjectStore;
class TokenInspector;
class TokenListModel;
class TokenVault;

// The API tokens of one project: label, prefix, permission, dates and
// status. Add, re-enter a secret missing from the keychain, relabel, copy
// the prefix, remove. Opening it checks every token with the API.
class TokensDialog : public QDialog
{
    Q_OBJECT
public:
    TokensDialog(ProjectStore *store, TokenVault *vault, const QString &projectId, QWidget *parent = nullptr);

    TokenListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TokenInspector *inspector() const { return m_inspector; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *reenterButton() const { return m_reenter; }
    QPushButton *relabelButton() const { return m_relabel; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *messageLabel() const { return m_message; }

    void selectToken(const QString &tokenId);

private:
    const TokenRecord *current() const;
    void updateButtons();
    void addToken();
    void reenter();
    void relabel();
    void copyPrefix();
    void confirmRemove();
    void remove(const QString &tokenId);
    void showMessage(const QString &text, bool error);

    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    QString m_projectId;
    TokenListModel *m_model;
    TokenInspector *m_inspector;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_reenter;
    QPushButton *m_relabel;
    QPushButton *m_copy;
    QPushButton *m_remove;
    QPushButton *m_check;
    QHash<QString, QString> m_problems; // token id -> what the last check said
};

} // namespace hcloud
