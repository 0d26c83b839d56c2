#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace hcloud {

// Shows a password the API returned (root password, console password)
// once, with Copy. It is kept nowhere else and cleared when closed.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &title, const QString &explanation, const QString &password,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_password;
    QPushButton *m_copy;
};

} // namespace hcloud
