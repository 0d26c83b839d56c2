#include "app/demosession.h"

#include "ui/mainwindow.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectstore.h"
#include "core/projects/workspace.h"
#include "core/sim/simserver.h"

#include <QDateTime>
#include <QRandomGenerator>

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

// About this often someone else reboots a server or takes a snapshot.
constexpr int kLivelySeconds = 40;

QString randomToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < 64; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return token;
}

} // namespace

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_vault(new MemoryTokenVault(this))
    , m_store(new ProjectStore(QString(), this))
    , m_workspace(new Workspace(m_vault, this))
{
    connect(m_store, &ProjectStore::projectsChanged, this, [this] { m_workspace->setProjects(m_store->projects()); });
}

DemoSession::~DemoSession() = default;

bool DemoSession::start()
{
    sim::SimOptions options;
    options.livelySeconds = m_lively ? kLivelySeconds : 0;
    struct Tokens
    {
        QString write;
        QString read;
    };
    QVector<Tokens> tokens;
    for (const DemoProject &p : kProjects) {
        tokens.append({randomToken(), randomToken()});
        options.projects.append({tokens.last().write, p.servers, p.seed, {tokens.last().read}});
    }
    m_sim = new sim::SimServer(options, this);
    if (!m_sim->listen(0)) {
        m_error = tr("The simulated cloud could not listen on a loopback port.");
        return false;
    }

    // The demo's tokens, as a real account's: the secrets in a vault (here in
    // memory), the store knowing prefixes, labels and permissions only.
    auto addToken = [this](const QString &projectId, const QString &label, const QString &secret,
                           TokenPermission permission, bool keepSecret) {
        TokenRecord record;
        record.label = label;
        record.prefix = secret.left(32);
        record.permission = permission;
        record.added = QDateTime::currentDateTimeUtc().addDays(-30);
        const QString id = m_store->addToken(projectId, record);
        if (keepSecret && !id.isEmpty())
            m_vault->store(id, secret, [](const TokenVault::Result &) {});
    };
    for (int i = 0; i < tokens.size(); ++i) {
        const QString projectId = m_store->addProject(tr(kProjects[i].name), m_sim->endpoint());
        m_store->setHetznerEndpoint(projectId, m_sim->hetznerEndpoint());
        addToken(projectId, tr("Demo token"), tokens.at(i).write, TokenPermission::ReadWrite, true);
        addToken(projectId, tr("Dashboard (read only)"), tokens.at(i).read, TokenPermission::Read, true);
        // A token whose secret the keychain lost: the API Tokens dialog offers Re-enter.
        if (i == 0)
            addToken(projectId, tr("Old laptop"), randomToken(), TokenPermission::ReadWrite, false);
    }
    return true;
}

TokenVault *DemoSession::vault() const
{
    return m_vault;
}

void DemoSession::attach(MainWindow *window)
{
    window->setProjectStore(m_store, m_vault);
}

} // namespace hcloud
