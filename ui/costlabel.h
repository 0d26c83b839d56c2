#pragma once

#include <QLabel>
#include <QPointer>

namespace hcloud {

class ProjectSession;

// The estimated monthly cost of the shown project, or of all projects,
// in the status bar; the tooltip breaks it down by kind and project.
class CostLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CostLabel(QWidget *parent = nullptr);

    void setSessions(const QList<ProjectSession *> &sessions);

private:
    void schedule();
    void recompute();

    QList<QPointer<ProjectSession>> m_sessions;
    bool m_scheduled = false;
};

} // namespace hcloud
