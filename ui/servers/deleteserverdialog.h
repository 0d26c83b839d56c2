#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace hcloud {

// Deleting a server cannot be undone: the user types its name to confirm.
class DeleteServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DeleteServerDialog(const QString &serverName, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QString m_serverName;
    QLineEdit *m_name;
    QPushButton *m_delete;
};

} // namespace hcloud
