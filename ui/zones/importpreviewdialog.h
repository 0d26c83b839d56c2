#pragma once

#include "core/dns/zonediff.h"
#include "core/dns/zonefileparser.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace hcloud {

// What importing a zone file would change, before it is sent: the file's
// errors by line, or every rrset added, removed or changed. The import
// replaces all records, so unchanged ones are listed too, greyed.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const QString &zone, std::optional<qint64> zoneTtl, const QVector<dns::RecordSet> &current, const QString &text,
                        QWidget *parent = nullptr);

    const dns::ZoneFile &file() const { return m_file; }
    const QVector<dns::RrsetChange> &changes() const { return m_changes; }
    QTreeWidget *changeList() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    dns::ZoneFile m_file;
    QVector<dns::RrsetChange> m_changes;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace hcloud
