#pragma once

#include "core/api/actionwatcher.h"
#include "core/models/incrementaltablemodel.h"

namespace hcloud {

// One entry of a project's activity: an action the API runs, or a write
// the API refused before any action started.
struct ActivityRow
{
    qint64 key = 0;          // the action id; negative for refused writes
    QString description;     // "Power off “web-1”"
    ActionState action;

    friend bool operator==(const ActivityRow &a, const ActivityRow &b)
    {
        const ActionState &x = a.action;
        const ActionState &y = b.action;
        return a.key == b.key && a.description == b.description && x.status == y.status
            && x.progress == y.progress && x.finished == y.finished && x.error.code == y.error.code
            && x.error.message == y.error.message;
    }
};

// The recent actions of a project, newest last, with live progress and
// the API's error code and message when one fails.
class ActivityModel : public IncrementalTableModel<ActivityRow, qint64>
{
    Q_OBJECT
public:
    enum class Column { Started, Action, Status, Finished, Count };
    Q_ENUM(Column)

    explicit ActivityModel(QObject *parent = nullptr);

    // An action a write started; description says what and on what.
    void addAction(const ActionState &action, const QString &description);
    // Progress or end of an action already listed (others are ignored).
    void updateAction(const ActionState &action);
    // A write that failed before any action: shown with the API's error.
    void addRefusal(const QString &description, const ApiError &error);

    const ActivityRow *find(qint64 key) const;
    int runningCount() const;

    // How many entries are kept; older finished ones go first.
    static constexpr int kMaxRows = 200;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const ActionState &action);

protected:
    qint64 keyOf(const ActivityRow &row) const override { return row.key; }

private:
    void publish();

    QVector<ActivityRow> m_all;
    qint64 m_lastRefusal = 0;
};

} // namespace hcloud
