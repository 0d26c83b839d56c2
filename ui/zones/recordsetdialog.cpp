#include "ui/zones/recordsetdialog.h"
#include "ui/layout/dialogfit.h"

#include "core/dns/recordcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace hcloud {

RecordSetDialog::RecordSetDialog(const QString &zone, const QVector<dns::RecordSet> &existing, const dns::RecordSet *editing, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
    , m_existing(existing)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_defaultTtl(new QCheckBox(tr("Use the zone's default"), this))
    , m_ttl(new QSpinBox(this))
    , m_values(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    fitToContentOnShow(this);
    if (editing)
        m_editing = *editing;
    setWindowTitle(editing ? tr("Edit %1 records of “%2”").arg(editing->type, editing->name) : tr("Add records to %1").arg(zone));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("www, or @ for %1 itself").arg(zone));
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString &type : dns::recordTypes()) {
        if (type != QLatin1String("SOA") || editing)
            m_type->addItem(type);
    }
    m_type->setCurrentText(QStringLiteral("A"));
    m_ttl->setObjectName(QStringLiteral("ttl"));
    m_ttl->setRange(60, 2147483647);
    m_ttl->setValue(3600);
    m_ttl->setSuffix(tr(" s"));
    m_defaultTtl->setObjectName(QStringLiteral("default_ttl"));
    m_defaultTtl->setChecked(true);
    m_ttl->setEnabled(false);
    m_values->setObjectName(QStringLiteral("values"));
    m_values->setTabChangesFocus(true);
    m_hint->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Add"));

    if (editing) {
        m_name->setText(editing->name);
        m_name->setReadOnly(true);
        m_type->setCurrentText(editing->type);
        m_type->setEnabled(false);
        m_defaultTtl->setChecked(!editing->ttl);
        if (editing->ttl)
            m_ttl->setValue(int(std::min<qint64>(*editing->ttl, 2147483647)));
        m_values->setPlainText(editing->values().join(QLatin1Char('\n')));
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    auto *ttlRow = new QHBoxLayout;
    ttlRow->addWidget(m_ttl);
    ttlRow->addWidget(m_defaultTtl);
    form->addRow(tr("TTL"), ttlRow);
    form->addRow(tr("Values, one a line"), m_values);
    form->addRow(m_hint);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &RecordSetDialog::check);
    connect(m_type, &QComboBox::currentTextChanged, this, &RecordSetDialog::check);
    connect(m_values, &QPlainTextEdit::textChanged, this, &RecordSetDialog::check);
    connect(m_ttl, &QSpinBox::valueChanged, this, &RecordSetDialog::check);
    connect(m_defaultTtl, &QCheckBox::toggled, this, [this](bool on) {
        m_ttl->setEnabled(!on);
        check();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

dns::RrsetEdit RecordSetDialog::edit() const
{
    dns::RrsetEdit e;
    e.name = m_name->text().trimmed();
    e.type = m_type->currentText();
    if (!m_defaultTtl->isChecked())
        e.ttl = m_ttl->value();
    e.lines = m_values->toPlainText().split(QLatin1Char('\n'));
    return e;
}

QString RecordSetDialog::problem() const
{
    return edit().problem(m_zone, m_existing, m_editing ? &*m_editing : nullptr);
}

void RecordSetDialog::check()
{
    const QString type = m_type->currentText();
    m_hint->setText(type == QLatin1String("TXT") ? tr("Type text plainly: it is quoted, and split into strings of 255 bytes, for you.")
                                                 : tr("For example: %1").arg(dns::recordExample(type)));
    const QString why = problem();
    // Nothing typed yet needs no scolding.
    const bool untouched = !m_editing && m_name->text().isEmpty() && m_values->toPlainText().isEmpty();
    m_problem->setText(untouched ? QString() : why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace hcloud
