#pragma once

#include "incrementaltablemodel.h"
#include "resourcerow.h"
#include "resourcesortproxy.h"
#include "resources/resourcekind.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

namespace hcloud {

class ProjectSession;
class Workspace;

// A resource of some project, in a list across projects. The row is the
// project's own, shared, not a copy.
struct ProjectResource
{
    QString projectId;
    QString projectName;
    ResourceRow row;
    QVariant projectKey; // the project's name, its sort key
    QString search;      // the project's name and the row's text

    std::pair<QString, qint64> key() const { return {projectId, row->id}; }
    friend bool operator==(const ProjectResource &a, const ProjectResource &b)
    {
        return a.projectId == b.projectId && a.projectName == b.projectName && a.row == b.row;
    }
};

// One table of the servers of every project in the workspace: a Project
// column, then the kind's own columns. It follows each project's list
// model, so it updates as incrementally as they do.
class AllProjectsModel : public IncrementalTableModel<ProjectResource, std::pair<QString, qint64>>, public SortKeySource
{
    Q_OBJECT
public:
    AllProjectsModel(Workspace *workspace, QObject *parent = nullptr);

    const ResourceKind &kind() const;
    // Opens a session for every project and lists each.
    void refresh();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QVariant &sortKeyAt(int row, int column) const override;
    const QString &searchTextAt(int row) const override { return rowAt(row).search; }

protected:
    std::pair<QString, qint64> keyOf(const ProjectResource &row) const override { return row.key(); }

private:
    void follow(ProjectSession *session);
    void scheduleRebuild();
    void rebuild();

    QPointer<Workspace> m_workspace;
    bool m_rebuildScheduled = false;
    QSet<const ProjectSession *> m_followed;
};

} // namespace hcloud
