#include "core/projects/allprojectsmodel.h"

#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectlistmodel.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"

namespace hcloud {

AllProjectsModel::AllProjectsModel(Workspace *workspace, const ResourceKind &kind, QObject *parent)
    : IncrementalTableModel(parent)
    , m_workspace(workspace)
    , m_kind(kind)
{
    connect(workspace, &Workspace::sessionCreated, this, &AllProjectsModel::follow);
    // Renamed or removed projects.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(workspace->projectModel(), signal, this, &AllProjectsModel::syncProjects);
    connect(workspace->projectModel(), &QAbstractItemModel::dataChanged, this, &AllProjectsModel::syncProjects);
    for (const Project &p : workspace->projects()) {
        if (ProjectSession *session = workspace->existingSession(p.id))
            follow(session);
    }
}

void AllProjectsModel::load()
{
    if (!m_workspace)
        return;
    for (const Project &p : m_workspace->projects()) {
        if (ProjectSession *session = m_workspace->session(p.id)) {
            follow(session);
            session->listOnce({m_kind.id});
        }
    }
}

void AllProjectsModel::refresh()
{
    if (!m_workspace)
        return;
    for (const Project &p : m_workspace->projects()) {
        if (ProjectSession *session = m_workspace->session(p.id)) {
            follow(session);
            session->refreshKind(m_kind.id);
        }
    }
}

ResourceListModel *AllProjectsModel::listOf(const QString &projectId) const
{
    ProjectSession *session = m_workspace ? m_workspace->existingSession(projectId) : nullptr;
    return session ? session->existingModel(m_kind.id) : nullptr;
}

void AllProjectsModel::follow(ProjectSession *session)
{
    const QString id = session->project().id;
    ResourceListModel *list = session->model(m_kind.id);
    if (!list || m_followed.contains(id))
        return;
    m_followed.insert(id);
    connect(list, &QAbstractItemModel::rowsInserted, this,
            [this, id](const QModelIndex &, int first, int last) { mergeRange(id, first, last); });
    connect(list, &QAbstractItemModel::dataChanged, this,
            [this, id](const QModelIndex &from, const QModelIndex &to) { mergeRange(id, from.row(), to.row()); });
    connect(list, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, id](const QModelIndex &, int first, int last) { removeRange(id, first, last); });
    connect(list, &QAbstractItemModel::modelReset, this, [this, id] { syncProject(id); });
    connect(list, &QObject::destroyed, this, [this, id] {
        m_followed.remove(id);
        removeWhere([&](const ProjectResource &r) { return r.projectId == id; });
    });
    syncProject(id);
}

void AllProjectsModel::mergeRange(const QString &projectId, int first, int last)
{
    const ResourceListModel *list = listOf(projectId);
    if (!list)
        return;
    const QString name = m_workspace->existingSession(projectId)->project().name;
    const QVariant projectKey(name);
    const QString projectText = name.toLower() + QLatin1Char('\n');
    QVector<ProjectResource> batch;
    batch.reserve(last - first + 1);
    for (int r = first; r <= last && r < list->rowCount(); ++r) {
        const ResourceRow &row = list->rowAt(r);
        const int at = rowOfKey({projectId, row->id});
        // The same shared row under the same name: nothing to build.
        if (at >= 0 && rowAt(at).row == row && rowAt(at).projectName == name)
            continue;
        batch.append({projectId, name, row, projectKey, projectText + row->search});
    }
    mergeRows(std::move(batch));
}

void AllProjectsModel::removeRange(const QString &projectId, int first, int last)
{
    const ResourceListModel *list = listOf(projectId);
    if (!list)
        return;
    QSet<qint64> gone;
    for (int r = first; r <= last; ++r)
        gone.insert(list->rowAt(r)->id);
    removeWhere([&](const ProjectResource &r) { return r.projectId == projectId && gone.contains(r.row->id); });
}

void AllProjectsModel::syncProject(const QString &projectId)
{
    const ResourceListModel *list = listOf(projectId);
    if (!list) {
        removeWhere([&](const ProjectResource &r) { return r.projectId == projectId; });
        return;
    }
    QSet<qint64> present;
    present.reserve(list->rowCount());
    for (const ResourceRow &row : list->rows())
        present.insert(row->id);
    removeWhere([&](const ProjectResource &r) { return r.projectId == projectId && !present.contains(r.row->id); });
    if (list->rowCount() > 0)
        mergeRange(projectId, 0, list->rowCount() - 1);
}

void AllProjectsModel::syncProjects()
{
    if (!m_workspace)
        return;
    QSet<QString> ids;
    for (const Project &p : m_workspace->projects())
        ids.insert(p.id);
    removeWhere([&](const ProjectResource &r) { return !ids.contains(r.projectId); });
    for (const QString &id : std::as_const(ids)) {
        if (m_followed.contains(id))
            syncProject(id);
    }
}

int AllProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kind.columns.size()) + 1;
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
        return role == StatusRole ? ResourceListModel::cellData(m_kind, 0, row.row, role) : QVariant();
    }
    return ResourceListModel::cellData(m_kind, index.column() - 1, row.row, role);
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
    return section <= m_kind.columns.size() ? m_kind.columns.at(section - 1).title : QVariant();
}

} // namespace hcloud
