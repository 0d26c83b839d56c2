#pragma once

#include "core/models/incrementaltablemodel.h"
#include "core/projects/project.h"

namespace hcloud {

// What the project list shows of a project.
struct ProjectRow
{
    QString id;
    QString name;
    QString endpoint;
    bool persistent = true;

    friend bool operator==(const ProjectRow &a, const ProjectRow &b)
    {
        return a.id == b.id && a.name == b.name && a.endpoint == b.endpoint
            && a.persistent == b.persistent;
    }
};

// The projects at the left of the window.
class ProjectListModel : public IncrementalTableModel<ProjectRow, QString>
{
    Q_OBJECT
public:
    using IncrementalTableModel::IncrementalTableModel;

    void setProjects(const QVector<Project> &projects);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const ProjectRow &row) const override { return row.id; }
};

} // namespace hcloud
