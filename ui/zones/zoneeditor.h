#pragma once

#include "core/dns/recordset.h"
#include "core/dns/rrsetrequests.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hcloud {

class ProjectSession;
struct ActionState;

namespace dns {
class RrsetModel;
}

// The records of one zone, grouped by name and type with their TTL: add,
// edit and delete them, protect an rrset, import a zone file after a
// preview of what changes, and export the zone to a file. Every change is
// an rrset action sent through the session; the list reloads as they end.
// A secondary zone shows its primary nameservers instead, to change.
class ZoneEditor : public QDialog
{
    Q_OBJECT
public:
    ZoneEditor(ProjectSession *session, const QJsonObject &zone, QWidget *parent = nullptr);

    dns::RrsetModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *status() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *protectButton() const { return m_protect; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    // A secondary zone's primary nameservers, one a line, and their Save.
    QPlainTextEdit *primariesEdit() const { return m_primaries; }
    QPushButton *savePrimariesButton() const { return m_savePrimaries; }

    // What the Import and Export buttons do once a file is chosen.
    void importFile(const QString &path);
    void importText(const QString &text);
    void exportTo(const QString &path);

    // Lists the rrsets again (and the zone, for its TTL).
    void reload();

signals:
    // The list was loaded, after reload() or a change.
    void reloaded();
    // An export was written (or failed: `error` says why).
    void exported(const QString &path, const QString &error);

private:
    const dns::RecordSet *selected() const;
    void updateButtons();
    void send(const QVector<dns::ZoneWrite> &writes);
    void openRecordDialog(const dns::RecordSet *editing);
    void confirmDelete();
    void actionEnded(const ActionState &action);
    bool isPrimary() const;

    QPointer<ProjectSession> m_session;
    QJsonObject m_zone;
    qint64 m_zoneId;
    dns::RrsetModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_protect;
    QPushButton *m_import;
    QPushButton *m_export;
    QPlainTextEdit *m_primaries = nullptr;
    QPushButton *m_savePrimaries = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace hcloud
