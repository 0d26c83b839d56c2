#include "ui/projects/projectcommands.h"

#include "core/projects/projectsession.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenpurge.h"
#include "ui/projects/cliimportdialog.h"
#include "ui/projects/projectdialog.h"
#include "ui/tokens/addtokendialog.h"
#include "ui/tokens/tokensdialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace hcloud {

ProjectCommands::ProjectCommands(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_newProject(new QAction(tr("&New Project…"), window))
    , m_importCli(new QAction(tr("&Import from hcloud CLI…"), window))
    , m_editProject(new QAction(tr("&Edit Project…"), window))
    , m_addToken(new QAction(tr("Add API &Token…"), window))
    , m_tokens(new QAction(tr("API T&okens…"), window))
    , m_removeProject(new QAction(tr("&Remove Project…"), window))
{
    m_newProject->setShortcut(QKeySequence::New);
    m_tokens->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_newProject, &QAction::triggered, this, &ProjectCommands::newProject);
    connect(m_importCli, &QAction::triggered, this, &ProjectCommands::importCli);
    connect(m_editProject, &QAction::triggered, this, &ProjectCommands::editProject);
    connect(m_addToken, &QAction::triggered, this, &ProjectCommands::addToken);
    connect(m_tokens, &QAction::triggered, this, &ProjectCommands::showTokens);
    connect(m_removeProject, &QAction::triggered, this, &ProjectCommands::confirmRemoveProject);
    for (QAction *a : {m_newProject, m_importCli, m_editProject, m_addToken, m_tokens, m_removeProject}) {
        a->setEnabled(false);
        window->addAction(a); // shortcuts work while the menu is closed
    }
}

void ProjectCommands::fillMenu(QMenu *menu) const
{
    menu->addActions({m_newProject, m_importCli});
    menu->addSeparator();
    menu->addActions({m_editProject, m_addToken, m_tokens});
    menu->addSeparator();
    menu->addAction(m_removeProject);
}

void ProjectCommands::setStore(ProjectStore *store, TokenVault *vault)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_vault = vault;
    if (store)
        connect(store, &ProjectStore::projectsChanged, this, &ProjectCommands::updateEnabled);
    m_newProject->setEnabled(store);
    m_importCli->setEnabled(store);
    updateEnabled();
}

void ProjectCommands::setSession(ProjectSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::stateChanged, this, &ProjectCommands::updateEnabled);
    updateEnabled();
}

const Project *ProjectCommands::storedProject() const
{
    return m_store && m_session ? m_store->project(m_session->project().id) : nullptr;
}

void ProjectCommands::updateEnabled()
{
    // Tokens are added only to projects the store keeps across runs.
    const bool stored = storedProject();
    const bool persistent = stored && m_session->project().persistent;
    m_addToken->setEnabled(persistent);
    m_editProject->setEnabled(persistent);
    m_removeProject->setEnabled(stored);
    m_tokens->setEnabled(stored);
}

void ProjectCommands::newProject()
{
    if (!m_store)
        return;
    auto *dialog = new ProjectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_store)
            return;
        const QString id = m_store->addProject(dialog->name(), dialog->endpoint());
        m_store->setHetznerEndpoint(id, dialog->hetznerEndpoint());
        emit projectChosen(id);
        // A new project needs a token before it shows anything.
        addToken();
    });
    dialog->open();
}

void ProjectCommands::addToken()
{
    if (!m_store || !m_vault || !m_session)
        return;
    const QString projectId = m_session->project().id;
    auto *dialog = new AddTokenDialog(m_store, m_vault, projectId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddTokenDialog::tokenSaved, this, [this, projectId] {
        if (m_session && m_session->project().id == projectId)
            m_session->refresh();
    });
    dialog->open();
}

void ProjectCommands::editProject()
{
    const Project *stored = storedProject();
    if (!stored)
        return;
    const Project project = *stored;
    auto *dialog = new ProjectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProject(project.name, project.endpoint, project.hetznerEndpoint);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = project.id] {
        if (!m_store)
            return;
        m_store->renameProject(id, dialog->name());
        m_store->setEndpoint(id, dialog->endpoint());
        m_store->setHetznerEndpoint(id, dialog->hetznerEndpoint());
    });
    dialog->open();
}

void ProjectCommands::confirmRemoveProject()
{
    const Project *stored = storedProject();
    if (!stored)
        return;
    const Project project = *stored;
    QStringList tokens;
    for (const TokenRecord &t : m_store->tokensOf(project.id)) {
        tokens.append(t.label.isEmpty() ? tr("• token %1…").arg(t.prefix)
                                        : tr("• “%1”, token %2…").arg(t.label, t.prefix));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove project"),
                                tr("Remove the project “%1” from this app?").arg(project.name),
                                QMessageBox::Cancel, m_window);
    box->setInformativeText(
        tokens.isEmpty()
            ? tr("It has no API tokens. Nothing changes at Hetzner.")
            : tr("These API tokens are deleted from your keychain:\n%1\n\nNothing changes at Hetzner: the "
                 "servers keep running and the tokens stay valid until you delete them in the Hetzner Console.")
                  .arg(tokens.join(QLatin1Char('\n'))));
    QPushButton *remove = box->addButton(tr("Remove project"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, id = project.id] { removeProject(id); });
    box->open();
}

void ProjectCommands::removeProject(const QString &projectId)
{
    if (!m_store || !m_vault)
        return;
    m_store->removeProject(projectId);
    QPointer<ProjectCommands> self(this);
    TokenPurge::run(m_store, m_vault, [self](const TokenPurge::Outcome &outcome) {
        if (!self || outcome.ok())
            return;
        emit self->problem(tr("The project was removed, but its tokens could not be deleted from the "
                              "keychain yet (%1). This is tried again at the next start.")
                               .arg(outcome.message));
    });
}

void ProjectCommands::showTokens()
{
    if (!m_vault || !storedProject())
        return;
    auto *dialog = new TokensDialog(m_store, m_vault, m_session->project().id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProjectCommands::importCli()
{
    if (!m_store || !m_vault)
        return;
    auto *dialog = new CliImportDialog(m_store, m_vault, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Show the first imported project; later ones are in the list.
    auto selected = std::make_shared<bool>(false);
    connect(dialog, &CliImportDialog::projectImported, this, [this, selected](const QString &id) {
        if (!*selected)
            emit projectChosen(id);
        *selected = true;
    });
    dialog->open();
}

} // namespace hcloud
