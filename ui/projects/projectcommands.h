#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace hcloud {

struct Project;
class ProjectSession;
class ProjectStore;
class TokenVault;

// The Project menu's commands: new project, CLI import, edit, tokens,
// remove. Each opens its dialog over the window; the ones about a project
// act on the shown one. Without a store (the demo) all are disabled.
class ProjectCommands : public QObject
{
    Q_OBJECT
public:
    // The dialogs open over `window`, which also keeps the shortcuts.
    explicit ProjectCommands(QWidget *window);

    void setStore(ProjectStore *store, TokenVault *vault);
    // The project the commands act on; nullptr for none.
    void setSession(ProjectSession *session);
    // In menu order, with separators between the groups.
    void fillMenu(QMenu *menu) const;

    QAction *newProjectAction() const { return m_newProject; }
    QAction *importCliAction() const { return m_importCli; }
    QAction *editProjectAction() const { return m_editProject; }
    QAction *addTokenAction() const { return m_addToken; }
    QAction *tokensAction() const { return m_tokens; }
    QAction *removeProjectAction() const { return m_removeProject; }

    void newProject();
    void importCli();
    void editProject();
    void addToken();
    void showTokens();
    void confirmRemoveProject();
    void removeProject(const QString &projectId);

signals:
    // A project was added or imported: show it.
    void projectChosen(const QString &projectId);
    // Something went wrong after the dialog closed; for the banner.
    void problem(const QString &text);

private:
    void updateEnabled();
    // The shown project as the store has it, or nullptr.
    const Project *storedProject() const;

    QWidget *m_window;
    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    QPointer<ProjectSession> m_session;
    QAction *m_newProject;
    QAction *m_importCli;
    QAction *m_editProject;
    QAction *m_addToken;
    QAction *m_tokens;
    QAction *m_removeProject;
};

} // namespace hcloud
