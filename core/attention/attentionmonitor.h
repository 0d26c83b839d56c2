#pragma once

#include "core/attention/attentionrules.h"
#include "core/projects/projectsession.h"

#include <QObject>
#include <QPointer>

namespace hcloud {

// What needs attention in one project, from the lists the session already
// has: no request of its own. Worked out again whenever a list, the
// activity or the prices change, off the GUI thread (the rows' JSON is read
// there), and published as a whole.
class AttentionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit AttentionMonitor(ProjectSession *session, QObject *parent = nullptr);

    ProjectSession *session() const { return m_session; }
    const QVector<AttentionItem> &items() const { return m_items; }
    // False until the first result.
    bool isReady() const { return m_ready; }
    // The label whose presence asks for backups (a setting; "backup").
    void setBackupLabel(const QString &label);

signals:
    void changed();

private:
    void schedule();
    void compute();
    void apply(const QVector<AttentionItem> &items);

    QPointer<ProjectSession> m_session;
    QVector<AttentionItem> m_items;
    QString m_backupLabel = QStringLiteral("backup");
    bool m_scheduled = false;
    bool m_running = false;
    bool m_again = false;
    bool m_ready = false;
};

} // namespace hcloud
