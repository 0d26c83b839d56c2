#pragma once

#include "core/models/incrementaltablemodel.h"
#include "core/models/resourcerow.h"
#include "core/models/resourcesortproxy.h"
#include "core/resources/resourcekind.h"

#include <QPointer>
#include <QSet>

namespace hcloud {

class ProjectSession;
class ResourceListModel;
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

// One table of one kind across every project in the workspace: a Project
// column, then the kind's own columns. It follows each project's list of
// the kind change by change (rows inserted, changed, removed), so a page
// arriving in one project costs that page, not the whole table.
class AllProjectsModel : public IncrementalTableModel<ProjectResource, std::pair<QString, qint64>>, public SortKeySource
{
    Q_OBJECT
public:
    AllProjectsModel(Workspace *workspace, const ResourceKind &kind, QObject *parent = nullptr);

    const ResourceKind &kind() const { return m_kind; }
    // Opens a session for every project and lists the kind where it is not
    // loaded yet.
    void load();
    // F5: lists the kind again in every project.
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
    void mergeRange(const QString &projectId, int first, int last);
    void removeRange(const QString &projectId, int first, int last);
    // The project's rows made equal to its list: after a reset or a rename.
    void syncProject(const QString &projectId);
    void syncProjects();
    ResourceListModel *listOf(const QString &projectId) const;

    QPointer<Workspace> m_workspace;
    const ResourceKind &m_kind;
    QSet<QString> m_followed;
};

} // namespace hcloud
