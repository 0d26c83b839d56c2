#pragma once

#include "core/projects/cliconfig.h"
#include "core/projects/tokenvault.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace hcloud {

class ProjectStore;

// Turns chosen hcloud CLI contexts into projects: each token goes into the
// vault first, and only once it is there does the project appear in the
// store. cli.toml is only ever read.
class CliConfigImport : public QObject
{
    Q_OBJECT
public:
    struct Choice
    {
        CliContext context;
        bool alreadyStored = false; // a project holds a token with this prefix
        QString storedIn;           // where, for the dialog
        bool importable() const { return context.tokenValid && !alreadyStored; }
    };

    CliConfigImport(ProjectStore *store, TokenVault *vault, QObject *parent = nullptr);

    bool load(const QString &path = CliConfig::defaultPath(),
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString error() const { return m_config.error(); }
    QString path() const { return m_config.path(); }
    QVector<Choice> choices() const;

    // Asynchronous; contextImported/contextFailed per name, then finished.
    // Afterwards the tokens are dropped from memory.
    void importContexts(const QStringList &names);
    bool isRunning() const { return m_running; }

signals:
    void contextImported(const QString &contextName, const QString &projectId);
    void contextFailed(const QString &contextName, const QString &message);
    void finished(int imported, int failed);

private:
    void next();
    void stored(const QString &name, const QString &tokenId, const TokenVault::Result &result);

    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    CliConfig m_config;
    QStringList m_todo;
    int m_imported = 0;
    int m_failed = 0;
    bool m_running = false;
};

} // namespace hcloud
