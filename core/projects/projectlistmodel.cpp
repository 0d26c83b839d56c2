#include "core/projects/projectlistmodel.h"
#include "core/models/modelroles.h"

#include <QCoreApplication>

namespace hcloud {

void ProjectListModel::setProjects(const QVector<Project> &projects)
{
    QVector<ProjectRow> next;
    next.reserve(projects.size());
    for (const Project &p : projects)
        next.append({p.id, p.name, p.endpoint.toString(), p.persistent});
    setRows(std::move(next));
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return row.name;
    case Qt::ToolTipRole:
        return row.persistent
            ? row.endpoint
            : QCoreApplication::translate("hcloud::ProjectListModel", "%1 (not saved)").arg(row.endpoint);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

} // namespace hcloud
