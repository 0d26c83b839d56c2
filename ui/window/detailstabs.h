#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QTabWidget>

class QStackedWidget;

namespace hcloud {

class ActivityPanel;
class MetricsPanel;
class ProjectSession;
class ResourceDetailsView;
class ResourceTable;
class ServerDetailsView;
class StorageBoxFoldersView;

// The tabs under the table: the current object's details, a server's
// graphs, the project's activity, a Storage Box's folders.
class DetailsTabs : public QTabWidget
{
    Q_OBJECT
public:
    // Shows what is current in `table`.
    DetailsTabs(const ResourceTable *table, QWidget *parent);

    ServerDetailsView *serverDetails() const { return m_server; }
    ResourceDetailsView *resourceDetails() const { return m_other; }
    MetricsPanel *metrics() const { return m_metrics; }
    ActivityPanel *activity() const { return m_activity; }

    // The followed project: its activity, graphs, prices and names.
    void setSession(ProjectSession *session);
    // The kind of the table's objects; showObject() follows.
    void setKind(const QString &kind) { m_kind = kind; }
    // The table's current object.
    void showObject(const QJsonObject &object);

private:
    void updateMetrics();
    void updateFolders();

    const ResourceTable *m_table;
    QPointer<ProjectSession> m_session;
    QString m_kind = QStringLiteral("servers");
    QJsonObject m_object;
    ServerDetailsView *m_server;
    ResourceDetailsView *m_other;
    QStackedWidget *m_stack;
    MetricsPanel *m_metrics;
    ActivityPanel *m_activity;
    StorageBoxFoldersView *m_folders;
};

} // namespace hcloud
