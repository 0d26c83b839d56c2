#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace hcloud {

class ProjectSession;

// What the cost estimate of the shown projects reads, asked for before it
// is needed: each project's priced lists once, and its /pricing once its
// token is in use; while the prices are missing, each list that arrives
// asks again.
class CostPreloader : public QObject
{
    Q_OBJECT
public:
    explicit CostPreloader(QObject *parent = nullptr);

    // The projects whose cost is shown; the ones before are left alone.
    void setSessions(const QList<ProjectSession *> &sessions);
    QList<ProjectSession *> sessions() const;

private:
    void loadPricing(ProjectSession *session);

    QList<QPointer<ProjectSession>> m_sessions;
};

} // namespace hcloud
