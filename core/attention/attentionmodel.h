#pragma once

#include "core/attention/attentionrules.h"
#include "core/models/incrementaltablemodel.h"

#include <QHash>
#include <QPointer>

namespace hcloud {

class AttentionMonitor;
class ProjectSession;
class Workspace;

struct AttentionRow
{
    AttentionItem item;
    QString projectName;

    friend bool operator==(const AttentionRow &a, const AttentionRow &b)
    {
        return a.item.text == b.item.text && a.item.name == b.item.name && a.item.monthly == b.item.monthly
            && a.projectName == b.projectName;
    }
};

// What needs attention in every project of the workspace (or one), as a
// table: project, object, reason, monthly cost. One AttentionMonitor per
// session, created as sessions are; rows update by key, never reset.
class AttentionModel : public IncrementalTableModel<AttentionRow, QString>
{
    Q_OBJECT
public:
    enum class Column { Project, Object, Reason, Monthly, Count };
    Q_ENUM(Column)
    enum Role { ProjectIdRole = Qt::UserRole + 300, KindRole, ObjectIdRole };

    explicit AttentionModel(Workspace *workspace, QObject *parent = nullptr);

    // Only this project's items ("" : all projects).
    void setProjectFilter(const QString &projectId);
    QString projectFilter() const { return m_filter; }
    // Items of one project, or of all ("").
    int countOf(const QString &projectId) const;
    void setBackupLabel(const QString &label);
    AttentionMonitor *monitor(const QString &projectId) const { return m_monitors.value(projectId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Some project's count may have changed.
    void countsChanged();

protected:
    QString keyOf(const AttentionRow &row) const override;

private:
    void watch(ProjectSession *session);
    void publish();
    void publishProject(const QString &projectId);

    Workspace *m_workspace;
    QHash<QString, AttentionMonitor *> m_monitors;
    QString m_filter;
    QString m_backupLabel = QStringLiteral("backup");
};

} // namespace hcloud
