#include "core/models/activitymodel.h"

#include "core/models/modelroles.h"

#include <QLocale>

namespace hcloud {

ActivityModel::ActivityModel(QObject *parent)
    : IncrementalTableModel(parent)
{
}

void ActivityModel::addAction(const ActionState &action, const QString &description)
{
    for (ActivityRow &row : m_all) {
        if (row.key == action.id) {
            row.action = action;
            // Listed first as someone else's (the scheduler's feed): our write says better what it is.
            if (!description.isEmpty())
                row.description = description;
            publish();
            return;
        }
    }
    m_all.append({action.id, description, action});
    publish();
}

void ActivityModel::updateAction(const ActionState &action)
{
    for (ActivityRow &row : m_all) {
        if (row.key != action.id)
            continue;
        // A poll answer may lack what the write's answer had.
        ActionState merged = action;
        if (merged.command.isEmpty())
            merged.command = row.action.command;
        if (!merged.started.isValid())
            merged.started = row.action.started;
        row.action = merged;
        publish();
        return;
    }
}

void ActivityModel::addRefusal(const QString &description, const ApiError &error)
{
    ActionState state;
    state.status = QStringLiteral("error");
    state.started = QDateTime::currentDateTimeUtc();
    state.finished = state.started;
    state.error = error;
    m_all.append({--m_lastRefusal, description, state});
    publish();
}

const ActivityRow *ActivityModel::find(qint64 key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? nullptr : &rowAt(row);
}

int ActivityModel::runningCount() const
{
    int n = 0;
    for (const ActivityRow &row : m_all)
        n += row.action.isRunning() ? 1 : 0;
    return n;
}

void ActivityModel::publish()
{
    // Forget the oldest finished entries beyond the cap; running ones stay.
    for (int i = 0; m_all.size() > kMaxRows && i < m_all.size();) {
        if (m_all.at(i).action.isRunning())
            ++i;
        else
            m_all.removeAt(i);
    }
    setRows(m_all);
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ActivityModel::statusText(const ActionState &action)
{
    if (action.isRunning())
        return tr("Running, %1 %").arg(action.progress);
    if (action.status == QLatin1String("success"))
        return tr("Done");
    if (action.error.code.isEmpty())
        return tr("Failed");
    return tr("Failed: %1 (%2)").arg(action.error.message, action.error.code);
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRow &row = rowAt(index.row());
    const ActionState &a = row.action;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Started:
            return QLocale().toString(a.started.toLocalTime(), QLocale::ShortFormat);
        case Column::Action:
            return row.description;
        case Column::Status:
            return statusText(a);
        case Column::Finished:
            return a.finished.isValid() ? QLocale().toString(a.finished.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
        case Column::Count:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::Started:
            return a.started;
        case Column::Finished:
            return a.finished;
        case Column::Status:
            return a.progress;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return row.key;
    case StatusRole:
        return a.status;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Started:
        return tr("Started");
    case Column::Action:
        return tr("Action");
    case Column::Status:
        return tr("Result");
    case Column::Finished:
        return tr("Finished");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace hcloud
