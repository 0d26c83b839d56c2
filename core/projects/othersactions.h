#pragma once

#include <QObject>
#include <QSet>

namespace hcloud {

class ProjectSession;

// Actions started elsewhere (the Hetzner Console, a script, a colleague)
// shown in the project's activity like our own: after each servers
// refresh, the project's running server actions (GET /servers/actions?
// status=running, one request) are followed until they end.
class OthersActions : public QObject
{
    Q_OBJECT
public:
    explicit OthersActions(ProjectSession *session);

private:
    void look();

    ProjectSession *m_session;
    bool m_asking = false;
};

} // namespace hcloud
