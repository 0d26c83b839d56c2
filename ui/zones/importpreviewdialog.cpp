#include "ui/zones/importpreviewdialog.h"
#include "ui/layout/dialogfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hcloud {

namespace {

QString ttlText(const dns::RecordSet &set)
{
    return set.ttl ? QString::number(*set.ttl) : QString();
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &zone, std::optional<qint64> zoneTtl, const QVector<dns::RecordSet> &current,
                                         const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_file(dns::parseZoneFile(text, zone))
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    fitToContentOnShow(this);
    setWindowTitle(tr("Import a zone file into %1").arg(zone));
    m_list->setObjectName(QStringLiteral("changes"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Change"), tr("Name"), tr("Type"), tr("TTL"), tr("Records")});
    QPushButton *import = m_buttons->button(QDialogButtonBox::Ok);
    import->setText(tr("Import"));

    if (!m_file.errors.isEmpty()) {
        m_list->setHeaderLabels({tr("Line"), tr("Problem")});
        for (const dns::ZoneFileError &e : m_file.errors)
            m_list->addTopLevelItem(new QTreeWidgetItem({QString::number(e.line), e.message}));
        m_summary->setText(tr("The file cannot be imported: %n line(s) need fixing.", nullptr, int(m_file.errors.size())));
        import->setEnabled(false);
    } else {
        const std::optional<qint64> ttl = m_file.defaultTtl ? m_file.defaultTtl : zoneTtl;
        m_changes = dns::zoneChanges(current, m_file.recordSets(), zone, ttl);
        int added = 0, removed = 0, changed = 0;
        for (const dns::RrsetChange &c : m_changes) {
            const dns::RecordSet &shown = c.kind == dns::RrsetChange::Removed ? c.before : c.after;
            QString kind;
            switch (c.kind) {
            case dns::RrsetChange::Added: kind = tr("Added"); ++added; break;
            case dns::RrsetChange::Removed: kind = tr("Removed"); ++removed; break;
            case dns::RrsetChange::Changed: kind = tr("Changed"); ++changed; break;
            case dns::RrsetChange::Unchanged: kind = tr("Unchanged"); break;
            }
            QString records = shown.values().join(QLatin1Char('\n'));
            if (c.kind == dns::RrsetChange::Changed)
                records = tr("%1\n(was: %2)").arg(records, c.before.values().join(QStringLiteral(", ")));
            auto *item = new QTreeWidgetItem({kind, shown.name, shown.type, ttlText(shown), records});
            item->setData(0, Qt::UserRole, int(c.kind));
            if (c.kind == dns::RrsetChange::Unchanged) {
                for (int col = 0; col < 5; ++col)
                    item->setForeground(col, palette().brush(QPalette::Disabled, QPalette::Text));
            }
            m_list->addTopLevelItem(item);
        }
        QString text = tr("%1 added, %2 changed, %3 removed. The import replaces every record of the zone.")
                           .arg(added)
                           .arg(changed)
                           .arg(removed);
        if (m_file.defaultTtl && m_file.defaultTtl != zoneTtl)
            text += QLatin1Char(' ') + tr("The zone's default TTL becomes %1 s.").arg(*m_file.defaultTtl);
        m_summary->setText(text);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    resize(720, 480);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace hcloud
