#include "ui/resources/kindactionmenu.h"

#include "ui/resources/actionrunner.h"
#include "ui/resources/firewallrulesdialog.h"
#include "ui/zones/zoneeditor.h"
#include "core/resources/kindactions.h"

#include <QAction>

namespace hcloud {

KindActionMenu::KindActionMenu(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent), m_runner(new ActionRunner(dialogParent, this))
{
}

void KindActionMenu::setContext(ProjectSession *session, const QString &kindId, const QJsonObject &selected)
{
    m_session = session;
    m_kindId = kindId;
    m_selected = selected;
    rebuild();
}

void KindActionMenu::rebuild()
{
    qDeleteAll(m_actions);
    m_actions.clear();
    const QVector<ResourceAction> &list = kindActions(m_kindId);
    for (int i = 0; i < list.size(); ++i) {
        auto *action = new QAction(list[i].title + QStringLiteral("…"), this);
        action->setObjectName(list[i].id);
        const QString why = m_session ? list[i].reasonNotApplicable(m_selected) : tr("No project");
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? list[i].title : why);
        connect(action, &QAction::triggered, this, [this, i] { open(i); });
        m_actions.append(action);
    }
    if (m_kindId == QLatin1String("firewalls")) {
        // Rules are a table, not a form: their own dialog.
        auto *rules = new QAction(tr("Edit rules…"), this);
        rules->setObjectName(QStringLiteral("set_rules"));
        rules->setEnabled(m_session && !m_selected.isEmpty());
        rules->setToolTip(rules->isEnabled() ? tr("Edit rules") : tr("Select an object first"));
        connect(rules, &QAction::triggered, this, [this] {
            if (!m_session)
                return;
            auto *dialog = new FirewallRulesDialog(m_session, m_selected, m_dialogParent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        m_actions.append(rules);
    }
    if (m_kindId == QLatin1String("zones")) {
        // Records are a table of their own, edited through the rrset actions.
        auto *records = new QAction(tr("Edit records…"), this);
        records->setObjectName(QStringLiteral("edit_records"));
        records->setEnabled(m_session && !m_selected.isEmpty());
        records->setToolTip(records->isEnabled() ? tr("Edit records") : tr("Select an object first"));
        connect(records, &QAction::triggered, this, [this] {
            if (!m_session)
                return;
            auto *editor = new ZoneEditor(m_session, m_selected, m_dialogParent);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->open();
        });
        m_actions.append(records);
    }
    emit actionsChanged();
}

void KindActionMenu::open(int index)
{
    const QVector<ResourceAction> &list = kindActions(m_kindId);
    if (m_session && index < list.size())
        m_runner->trigger(m_session, list[index], m_selected);
}

} // namespace hcloud
