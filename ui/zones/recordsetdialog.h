#pragma once

#include "core/dns/recordset.h"
#include "core/dns/rrsetedit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hcloud {

// Adds an rrset or edits one: name and type (fixed when editing), TTL or
// the zone's default, and the values one a line. What is wrong shows as
// it is typed, by core's checks; OK is enabled only for a valid edit.
class RecordSetDialog : public QDialog
{
    Q_OBJECT
public:
    // `editing` null: a new rrset.
    RecordSetDialog(const QString &zone, const QVector<dns::RecordSet> &existing, const dns::RecordSet *editing, QWidget *parent = nullptr);

    dns::RrsetEdit edit() const;
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QPlainTextEdit *valuesEdit() const { return m_values; }
    QCheckBox *defaultTtlBox() const { return m_defaultTtl; }
    QSpinBox *ttlBox() const { return m_ttl; }

private:
    void check();

    QString m_zone;
    QVector<dns::RecordSet> m_existing;
    std::optional<dns::RecordSet> m_editing;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_defaultTtl;
    QSpinBox *m_ttl;
    QPlainTextEdit *m_values;
    QLabel *m_hint;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hcloud
