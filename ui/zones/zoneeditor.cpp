#include "ui/zones/zoneeditor.h"
#include "core/dns/primarynameservers.h"
#include "ui/layout/dialogfit.h"

#include "ui/zones/importpreviewdialog.h"
#include "ui/zones/recordsetdialog.h"

#include "core/dns/rrsetedit.h"
#include "core/models/rrsetmodel.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

ZoneEditor::ZoneEditor(ProjectSession *session, const QJsonObject &zone, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_zone(zone)
    , m_zoneId(zone.value(QLatin1String("id")).toInteger())
    , m_model(new dns::RrsetModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_protect(new QPushButton(tr("Protect"), this))
    , m_import(new QPushButton(tr("Import zone file…"), this))
    , m_export(new QPushButton(tr("Export zone file…"), this))
{
    fitToContentOnShow(this);
    m_table->setAccessibleName(tr("Records"));
    const QString name = zone.value(QLatin1String("name")).toString();
    setWindowTitle(tr("Records of %1").arg(name));
    m_add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_protect->setObjectName(QStringLiteral("protect"));
    m_import->setObjectName(QStringLiteral("import"));
    m_export->setObjectName(QStringLiteral("export"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(dns::RrsetModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(dns::RrsetModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(int(dns::RrsetModel::Column::Records), QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete, m_protect})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(860, 560);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ZoneEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ZoneEditor::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { openRecordDialog(nullptr); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const dns::RecordSet *set = selected())
            openRecordDialog(set);
    });
    connect(m_delete, &QPushButton::clicked, this, &ZoneEditor::confirmDelete);
    connect(m_protect, &QPushButton::clicked, this, [this] {
        if (const dns::RecordSet *set = selected())
            send({dns::changeRrsetProtection(m_zoneId, *set, !set->changeProtected)});
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Import a zone file"), QString(), tr("Zone files (*.zone *.db *.txt);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, this, &ZoneEditor::importFile);
        chooser->open();
    });
    connect(m_export, &QPushButton::clicked, this, [this, name] {
        auto *chooser = new QFileDialog(this, tr("Export the zone file"), name + QStringLiteral(".zone"), tr("Zone files (*.zone);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        connect(chooser, &QFileDialog::fileSelected, this, &ZoneEditor::exportTo);
        chooser->open();
    });
    if (session)
        connect(session->actions(), &ProjectActions::actionFinished, this, &ZoneEditor::actionEnded);

    if (!isPrimary()) {
        // Records come by zone transfer; what can change is where from.
        m_table->hide();
        m_primaries = new QPlainTextEdit(this);
        m_primaries->setObjectName(QStringLiteral("primaries"));
        m_primaries->setPlainText(dns::primaryNameserverLines(zone.value(QLatin1String("primary_nameservers")).toArray()).join(QLatin1Char('\n')));
        m_savePrimaries = new QPushButton(tr("Save primary nameservers"), this);
        m_savePrimaries->setObjectName(QStringLiteral("save_primaries"));
        auto *explanation = new QLabel(tr("%1 is a secondary zone: Hetzner's nameservers fetch its records by zone transfer (AXFR) "
                                          "from these primaries. One a line: the address, a port when it is not 53, and the TSIG "
                                          "algorithm and key when the transfer is signed.")
                                           .arg(name),
                                       this);
        explanation->setWordWrap(true);
        layout->insertWidget(2, explanation);
        layout->insertWidget(3, m_primaries);
        layout->insertWidget(4, m_savePrimaries, 0, Qt::AlignRight);
        connect(m_savePrimaries, &QPushButton::clicked, this, [this] {
            QString problem;
            const dns::ZoneWrite write = dns::changePrimaryNameservers(m_zoneId, m_zone.value(QLatin1String("name")).toString(),
                                                                       m_primaries->toPlainText().split(QLatin1Char('\n')), &problem);
            if (!problem.isEmpty())
                m_status->setText(problem);
            else
                send({write});
        });
    }
    updateButtons();
    reload();
}

bool ZoneEditor::isPrimary() const
{
    return m_zone.value(QLatin1String("mode")).toString() != QLatin1String("secondary");
}

const dns::RecordSet *ZoneEditor::selected() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->rowAt(row) : nullptr;
}

void ZoneEditor::updateButtons()
{
    const qint64 ttl = m_zone.value(QLatin1String("ttl")).toInteger();
    m_title->setText(tr("%1 · default TTL %2 s · %n record(s)", nullptr, m_zone.value(QLatin1String("record_count")).toInt())
                         .arg(m_zone.value(QLatin1String("name")).toString())
                         .arg(ttl));
    const bool primary = isPrimary() && m_session;
    const dns::RecordSet *set = selected();
    const bool soa = set && set->type == QLatin1String("SOA");
    m_add->setEnabled(primary);
    m_import->setEnabled(primary);
    m_export->setEnabled(primary);
    m_protect->setEnabled(primary && set);
    m_protect->setText(set && set->changeProtected ? tr("Unprotect") : tr("Protect"));
    const QString why = !set                 ? tr("Select records first")
        : set->changeProtected               ? tr("Protected against changes; unprotect it first")
        : soa                                ? tr("The SOA is kept by Hetzner (its serial counts on by itself)")
                                             : QString();
    m_edit->setEnabled(primary && set && !set->changeProtected);
    m_edit->setToolTip(m_edit->isEnabled() ? tr("Edit the values and TTL") : why);
    m_delete->setEnabled(primary && set && why.isEmpty());
    m_delete->setToolTip(m_delete->isEnabled() ? tr("Delete these records") : why);
}

void ZoneEditor::reload()
{
    if (!m_session)
        return;
    if (!isPrimary()) {
        ApiCall *zone = m_session->client()->get(QStringLiteral("/zones/%1").arg(m_zoneId));
        connect(zone, &ApiCall::finished, this, [this, zone] {
            if (zone->error().kind == ApiError::Kind::None) {
                m_zone = zone->json().value(QLatin1String("zone")).toObject();
                emit reloaded();
            }
        });
        return;
    }
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    ApiClient *client = m_session->client();
    ApiCall *zone = client->get(QStringLiteral("/zones/%1").arg(m_zoneId));
    connect(zone, &ApiCall::finished, this, [this, zone] {
        if (zone->error().kind == ApiError::Kind::None) {
            m_zone = zone->json().value(QLatin1String("zone")).toObject();
            m_model->setZoneTtl(m_zone.value(QLatin1String("ttl")).toInteger());
            updateButtons();
        }
    });
    ListCall *list = client->listAll(QStringLiteral("/zones/%1/rrsets").arg(m_zoneId), QStringLiteral("rrsets"));
    connect(list, &ListCall::finished, this, [this, list] {
        m_loading = false;
        if (list->error().kind != ApiError::Kind::None) {
            m_status->setText(tr("The records could not be listed: %1").arg(list->error().userText()));
        } else {
            QVector<dns::RecordSet> sets;
            for (const QJsonObject &rrset : list->items())
                sets.append(dns::RecordSet::fromJson(rrset));
            m_model->setRows(sets);
            updateButtons();
            emit reloaded();
        }
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
        }
    });
}

void ZoneEditor::send(const QVector<dns::ZoneWrite> &writes)
{
    if (!m_session)
        return;
    if (writes.isEmpty()) {
        m_status->setText(tr("Nothing changed."));
        return;
    }
    for (const dns::ZoneWrite &w : writes) {
        PendingWrite *pending = m_session->actions()->run(w.description, w.method, w.path, w.body);
        m_status->setText(tr("%1…").arg(w.description));
        const QString description = w.description;
        connect(pending, &PendingWrite::finished, this, [this, pending, description] {
            if (pending->error().isError())
                m_status->setText(tr("%1 failed: %2").arg(description, pending->error().userText()));
            else
                m_status->setText(tr("%1: sent.").arg(description));
            reload();
        });
    }
}

void ZoneEditor::actionEnded(const ActionState &action)
{
    for (const QJsonValue &r : action.resources) {
        if (r[QLatin1String("type")].toString() == QLatin1String("zone") && r[QLatin1String("id")].toInteger() == m_zoneId) {
            if (action.status == QLatin1String("error"))
                m_status->setText(tr("The change failed: %1").arg(action.error.userText()));
            reload();
            return;
        }
    }
}

void ZoneEditor::openRecordDialog(const dns::RecordSet *editing)
{
    const std::optional<dns::RecordSet> before = editing ? std::optional<dns::RecordSet>(*editing) : std::nullopt;
    auto *dialog = new RecordSetDialog(m_zone.value(QLatin1String("name")).toString(), m_model->rows(), editing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        send(dns::rrsetWrites(m_zoneId, before ? &*before : nullptr, dialog->edit()));
    });
    dialog->open();
}

void ZoneEditor::confirmDelete()
{
    const dns::RecordSet *set = selected();
    if (!set)
        return;
    const dns::RecordSet doomed = *set;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete records"),
                                tr("Delete the %n %1 record(s) of “%2”?", nullptr, int(doomed.records.size())).arg(doomed.type, doomed.name),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    connect(yes, &QPushButton::clicked, this, [this, doomed] { send({dns::removeRrset(m_zoneId, doomed)}); });
    box->open();
}

void ZoneEditor::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    importText(QString::fromUtf8(file.readAll()));
}

void ZoneEditor::importText(const QString &text)
{
    const QJsonValue ttl = m_zone.value(QLatin1String("ttl"));
    auto *preview = new ImportPreviewDialog(m_zone.value(QLatin1String("name")).toString(), ttl.isDouble() ? std::optional<qint64>(ttl.toInteger()) : std::nullopt,
                                            m_model->rows(), text, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, text] {
        send({dns::importZoneFile(m_zoneId, m_zone.value(QLatin1String("name")).toString(), text)});
    });
    preview->open();
}

void ZoneEditor::exportTo(const QString &path)
{
    if (!m_session)
        return;
    ApiCall *call = m_session->client()->get(QStringLiteral("/zones/%1/zonefile").arg(m_zoneId));
    connect(call, &ApiCall::finished, this, [this, call, path] {
        QString error;
        if (call->error().kind != ApiError::Kind::None) {
            error = call->error().userText();
        } else {
            QFile file(path);
            const QByteArray text = call->json().value(QLatin1String("zonefile")).toString().toUtf8();
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
                error = file.errorString();
        }
        m_status->setText(error.isEmpty() ? tr("The zone file was saved to %1.").arg(path) : tr("The zone file was not saved: %1").arg(error));
        emit exported(path, error);
    });
}

} // namespace hcloud
