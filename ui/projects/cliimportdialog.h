#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace hcloud {

class CliConfigImport;
class ProjectStore;
class TokenVault;

// Import contexts of the hcloud CLI (cli.toml) as projects, their tokens
// into the keychain. The file is only read, and the dialog says plainly
// that it keeps its tokens in plain text.
class CliImportDialog : public QDialog
{
    Q_OBJECT
public:
    CliImportDialog(ProjectStore *store, TokenVault *vault, QWidget *parent = nullptr);

    QListWidget *contextList() const { return m_list; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *importButton() const { return m_import; }

signals:
    void projectImported(const QString &projectId);

private:
    void fill();
    void start();
    void updateButton();

    CliConfigImport *m_importer;
    QListWidget *m_list;
    QLabel *m_notice;
    QLabel *m_message;
    QPushButton *m_import;
};

} // namespace hcloud
