#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hcloud {

// A server's name and labels, checked the way the API checks them.
class EditServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditServerDialog(const QJsonObject &server, QWidget *parent = nullptr);

    QString name() const;
    QJsonObject labels() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *labelsEdit() const { return m_labels; }
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    QLineEdit *m_name;
    QPlainTextEdit *m_labels;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace hcloud
