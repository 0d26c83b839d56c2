#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/projects/projectsession.h"

class QAction;
class QWidget;

namespace hcloud {

class ActionRunner;
struct ResourceAction;

// The described actions of the shown kind as QActions: enabled when they apply to
// the selected object, else disabled with the reason as tooltip. Triggering one
// runs it through ActionRunner, as the server menu does: its ActionFormDialog,
// or at once (the firewall rules and zone records have editors of their own).
class KindActionMenu : public QObject
{
    Q_OBJECT
public:
    explicit KindActionMenu(QWidget *dialogParent, QObject *parent = nullptr);

    void setContext(ProjectSession *session, const QString &kindId, const QJsonObject &selected);
    QList<QAction *> actions() const { return m_actions; }

signals:
    // Emitted after rebuilding, so a menu can replace its entries.
    void actionsChanged();

private:
    void open(int index);
    void rebuild();

    QPointer<QWidget> m_dialogParent;
    QPointer<ProjectSession> m_session; // a removed project's session may go first
    QString m_kindId;
    QJsonObject m_selected;
    QList<QAction *> m_actions;
    ActionRunner *m_runner; // the form, or an immediate action at once
};

} // namespace hcloud
