#include "demosession.h"

#include "mainwindow.h"
#include "projects/memorytokenvault.h"
#include "projects/workspace.h"
#include "simserver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace hcloud {

namespace {
struct DemoProject
{
    const char *name;
    int servers;
    quint32 seed;
};

// Different sizes so switching projects shows different data.
constexpr DemoProject kProjects[] = {
    {QT_TRANSLATE_NOOP("hcloud::DemoSession", "Acme Shop (production)"), 120, 11},
    {QT_TRANSLATE_NOOP("hcloud::DemoSession", "Acme Shop (staging)"), 24, 22},
    {QT_TRANSLATE_NOOP("hcloud::DemoSession", "Side project"), 5, 33},
};

QString randomToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < 64; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return token;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_vault(new MemoryTokenVault(this))
    , m_workspace(new Workspace(m_vault, this))
{
}

bool DemoSession::start()
{
    sim::SimOptions options;
    QVector<QString> tokens;
    for (const DemoProject &p : kProjects) {
        tokens.append(randomToken());
        options.projects.append({tokens.last(), p.servers, p.seed});
    }
    m_sim = new sim::SimServer(options, this);
    if (!m_sim->listen(0)) {
        m_error = tr("The simulated cloud could not listen on a loopback port.");
        return false;
    }

    QVector<Project> projects;
    for (int i = 0; i < tokens.size(); ++i) {
        Project project;
        project.id = newId();
        project.name = tr(kProjects[i].name);
        project.endpoint = m_sim->endpoint();
        project.persistent = false;
        TokenRecord token;
        token.id = newId();
        token.label = tr("Demo token");
        token.prefix = tokens.at(i).left(32);
        token.permission = TokenPermission::ReadWrite;
        token.added = QDateTime::currentDateTimeUtc();
        project.tokens.append(token);
        projects.append(project);
        m_vault->store(token.id, tokens.at(i), [](const TokenVault::Result &) {});
    }
    m_workspace->setProjects(projects);
    return true;
}

void DemoSession::attach(MainWindow *window)
{
    Q_UNUSED(window)
}

} // namespace hcloud
