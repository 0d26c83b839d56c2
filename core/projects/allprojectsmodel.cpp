#include "allprojectsmodel.h"

#include "modelroles.h"
#include "projectlistmodel.h"
#include "projects/projectsession.h"
#include "projects/workspace.h"
#include "resourcelistmodel.h"

#include <QTimer>

namespace hcloud {

AllProjectsModel::AllProjectsModel(Workspace *workspace, QObject *parent)
    : IncrementalTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::sessionCreated, this, &AllProjectsModel::follow);
    // Renamed or removed projects.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(workspace->projectModel(), signal, this, &AllProjectsModel::scheduleRebuild);
    connect(workspace->projectModel(), &QAbstractItemModel::dataChanged, this, &AllProjectsModel::scheduleRebuild);
}

const ResourceKind &AllProjectsModel::kind() const
{
    return serverKind();
}

void AllProjectsModel::refresh()
{
    if (!m_workspace)
        return;
    for (const Project &p : m_workspace->projects()) {
        ProjectSession *session = m_workspace->session(p.id);
        if (!session)
            continue;
        // Sessions opened before this model existed are followed now.
        follow(session);
        session->refresh();
    }
    scheduleRebuild();
}

void AllProjectsModel::follow(ProjectSession *session)
{
    if (m_followed.contains(session))
        return;
    m_followed.insert(session);
    connect(session, &QObject::destroyed, this, [this, session] { m_followed.remove(session); });
    ResourceListModel *model = session->servers();
    connect(model, &QAbstractItemModel::rowsInserted, this, &AllProjectsModel::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AllProjectsModel::scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &AllProjectsModel::scheduleRebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &AllProjectsModel::scheduleRebuild);
    connect(model, &QObject::destroyed, this, &AllProjectsModel::scheduleRebuild);
    scheduleRebuild();
}

void AllProjectsModel::scheduleRebuild()
{
    // Many projects answer at once; one merge per turn of the event loop.
    if (m_rebuildScheduled)
        return;
    m_rebuildScheduled = true;
    QTimer::singleShot(0, this, &AllProjectsModel::rebuild);
}

void AllProjectsModel::rebuild()
{
    m_rebuildScheduled = false;
    if (!m_workspace)
        return;
    QVector<ProjectResource> rows;
    for (const Project &p : m_workspace->projects()) {
        ProjectSession *session = m_workspace->existingSession(p.id);
        if (!session)
            continue;
        const QVariant projectKey(p.name);
        const QString projectText = p.name.toLower() + QLatin1Char('\n');
        for (const ResourceRow &r : session->servers()->rows())
            rows.append({p.id, p.name, r, projectKey, projectText + r->search});
    }
    setRows(std::move(rows));
}

int AllProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kind().columns.size()) + 1;
}

QVariant AllProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectResource &row = rowAt(index.row());
    switch (role) {
    case IdRole:
        return row.row->id;
    case JsonRole:
        return row.row->object();
    case RawJsonRole:
        return row.row->json;
    case ProjectRole:
        return row.projectId;
    default:
        break;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return row.projectName;
        if (role == SearchRole)
            return row.search;
        return role == StatusRole ? ResourceListModel::cellData(kind(), 0, row.row, role) : QVariant();
    }
    return ResourceListModel::cellData(kind(), index.column() - 1, row.row, role);
}

const QVariant &AllProjectsModel::sortKeyAt(int row, int column) const
{
    const ProjectResource &r = rowAt(row);
    return column == 0 ? r.projectKey : r.row->sortKey(column - 1);
}

QVariant AllProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Project");
    return section <= kind().columns.size() ? kind().columns.at(section - 1).title : QVariant();
}

} // namespace hcloud
