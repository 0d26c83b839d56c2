#include "ui/servers/editserverdialog.h"
#include "ui/layout/dialogfit.h"

#include "core/resources/labelstext.h"
#include "core/resources/serverfields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {

EditServerDialog::EditServerDialog(const QJsonObject &server, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(server.value(QLatin1String("name")).toString(), this))
    , m_labels(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("Edit “%1”").arg(m_name->text()));
    m_name->setAccessibleName(tr("Server name"));
    m_labels->setAccessibleName(tr("Labels"));
    m_labels->setPlaceholderText(tr("One per line: key=value"));
    m_labels->setPlainText(labelsToText(server.value(QLatin1String("labels")).toObject()));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Labels:"), m_labels);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &EditServerDialog::check);
    connect(m_labels, &QPlainTextEdit::textChanged, this, &EditServerDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString EditServerDialog::name() const
{
    return m_name->text().trimmed();
}

QJsonObject EditServerDialog::labels() const
{
    return labelsFromText(m_labels->toPlainText()).labels;
}

void EditServerDialog::check()
{
    const QString nameProblem = serverNameProblem(name());
    const LabelParse parsed = labelsFromText(m_labels->toPlainText());
    m_message->setText(!nameProblem.isEmpty() ? nameProblem : parsed.problem);
    m_message->setStyleSheet(m_message->text().isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_ok->setEnabled(nameProblem.isEmpty() && parsed.problem.isEmpty());
}

} // namespace hcloud
