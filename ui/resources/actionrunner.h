#pragma once

#include "core/resources/kindactions.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QWidget;

namespace hcloud {

class ProjectSession;

// Runs described actions for a window: an immediate one at once (after its
// confirmation), any other through its form. Reports what happened as a
// message, and shows a password the API made once.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`; the runner belongs to `parent` (else the window).
    explicit ActionRunner(QWidget *window, QObject *parent = nullptr);

    // The form, or for an immediate action its confirmation and the write.
    void trigger(ProjectSession *session, const ResourceAction &action, const QJsonObject &object);
    // Sends the action with this body once; `done` words a success ("%1 started." when empty).
    void run(ProjectSession *session, const ResourceAction &action, const QJsonObject &object, const QJsonObject &body,
             const QString &description = {}, const QString &done = {});
    // A warning with a destructive button; `then` runs when it is pressed.
    void confirm(const QString &title, const QString &text, const QString &button, std::function<void()> then);

signals:
    void message(const QString &text);

private:
    QPointer<QWidget> m_window;
};

} // namespace hcloud
