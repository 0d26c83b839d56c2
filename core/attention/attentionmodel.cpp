#include "core/attention/attentionmodel.h"

#include "core/attention/attentionmonitor.h"
#include "core/models/modelroles.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"

#include <QLocale>

namespace hcloud {

AttentionModel::AttentionModel(Workspace *workspace, QObject *parent)
    : IncrementalTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::sessionCreated, this, &AttentionModel::watch);
    for (const Project &p : workspace->projects()) {
        if (ProjectSession *session = workspace->existingSession(p.id))
            watch(session);
    }
    setRows({});
}

void AttentionModel::watch(ProjectSession *session)
{
    const QString id = session->project().id;
    if (m_monitors.contains(id))
        return;
    auto *monitor = new AttentionMonitor(session, this);
    monitor->setBackupLabel(m_backupLabel);
    m_monitors.insert(id, monitor);
    connect(monitor, &AttentionMonitor::changed, this, [this, id] { publishProject(id); });
    connect(session, &QObject::destroyed, this, [this, id] {
        delete m_monitors.take(id);
        publish();
    });
}

void AttentionModel::setBackupLabel(const QString &label)
{
    m_backupLabel = label;
    for (AttentionMonitor *monitor : std::as_const(m_monitors))
        monitor->setBackupLabel(label);
}

void AttentionModel::setProjectFilter(const QString &projectId)
{
    m_filter = projectId;
    publish();
}

int AttentionModel::countOf(const QString &projectId) const
{
    int count = 0;
    for (auto it = m_monitors.cbegin(); it != m_monitors.cend(); ++it) {
        if (projectId.isEmpty() || it.key() == projectId)
            count += int(it.value()->items().size());
    }
    return count;
}

void AttentionModel::publish()
{
    QVector<AttentionRow> next;
    for (const Project &p : m_workspace->projects()) {
        const AttentionMonitor *monitor = m_monitors.value(p.id);
        if (!monitor || (!m_filter.isEmpty() && p.id != m_filter))
            continue;
        for (const AttentionItem &item : monitor->items())
            next.append({item, p.name});
    }
    setRows(std::move(next));
    emit countsChanged();
}

void AttentionModel::publishProject(const QString &projectId)
{
    // One project's findings changed: only its rows are compared.
    const AttentionMonitor *monitor = m_monitors.value(projectId);
    const auto &projects = m_workspace->projects();
    const auto project = std::find_if(projects.cbegin(), projects.cend(), [&](const Project &p) { return p.id == projectId; });
    QVector<AttentionRow> next;
    QSet<QString> keys;
    if (monitor && project != projects.cend() && (m_filter.isEmpty() || m_filter == projectId)) {
        next.reserve(monitor->items().size());
        for (const AttentionItem &item : monitor->items()) {
            next.append({item, project->name});
            keys.insert(item.key);
        }
    }
    removeWhere([&](const AttentionRow &row) { return row.item.projectId == projectId && !keys.contains(row.item.key); });
    mergeRows(std::move(next));
    emit countsChanged();
}

QString AttentionModel::keyOf(const AttentionRow &row) const
{
    return row.item.key;
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionRow &row = rowAt(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case Column::Project:
            return row.projectName;
        case Column::Object:
            return row.item.name;
        case Column::Reason:
            return row.item.text;
        case Column::Monthly:
            if (role == SortRole)
                return row.item.monthly;
            return row.item.monthly < 0 ? QString()
                                        : tr("%1 %2 a month").arg(QLocale().toString(row.item.monthly, 'f', 2), row.item.currency);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return row.item.text;
    case ProjectIdRole:
        return row.item.projectId;
    case KindRole:
        return row.item.kind;
    case ObjectIdRole:
        return row.item.id;
    default:
        return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Project:
        return tr("Project");
    case Column::Object:
        return tr("Object");
    case Column::Reason:
        return tr("Why");
    case Column::Monthly:
        return tr("Monthly");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace hcloud
