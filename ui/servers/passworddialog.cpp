#include "ui/servers/passworddialog.h"
#include "ui/layout/dialogfit.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {

PasswordDialog::PasswordDialog(const QString &title, const QString &explanation, const QString &password,
                               QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(password, this))
{
    fitToContentOnShow(this);
    setWindowTitle(title);
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setAccessibleName(tr("Password"));
    auto *text = new QLabel(explanation + QLatin1Char(' ')
                                + tr("It is shown only now and is not stored by this app."),
                            this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, m_password, &QLineEdit::clear);
    resize(460, sizeHint().height());
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

} // namespace hcloud
