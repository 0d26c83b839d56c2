#include "ui/resources/actionrunner.h"

#include "ui/resources/actionformdialog.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "ui/servers/passworddialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hcloud {

namespace {
// These were the server menu's words; their context stays so translations apply.
QString text(const char *source)
{
    return QCoreApplication::translate("hcloud::ServerActions", source);
}
} // namespace

ActionRunner::ActionRunner(QWidget *window, QObject *parent)
    : QObject(parent ? parent : window), m_window(window)
{
}

void ActionRunner::trigger(ProjectSession *session, const ResourceAction &action, const QJsonObject &object)
{
    if (!session)
        return;
    if (!action.immediate) {
        auto *dialog = new ActionFormDialog(session, QString(), action, action.forObject ? object : QJsonObject(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    QPointer<ProjectSession> guarded(session);
    auto send = [this, guarded, action, object] {
        if (guarded)
            run(guarded, action, object, action.immediateBody(object));
    };
    if (action.confirmation.isEmpty()) {
        send();
        return;
    }
    confirm(action.confirmTitle.isEmpty() ? action.title : action.confirmTitle, action.confirmationFor(object),
            action.confirmButton.isEmpty() ? action.title : action.confirmButton, send);
}

void ActionRunner::run(ProjectSession *session, const ResourceAction &action, const QJsonObject &object,
                       const QJsonObject &body, const QString &description, const QString &done)
{
    if (!session)
        return;
    const QString what = description.isEmpty() ? action.describe(object) : description;
    const QByteArray method = action.method.toLatin1();
    PendingWrite *write = session->actions()->run(what, method, action.path(object), method == "DELETE" ? QJsonObject() : body);
    const QString name = object.value(QLatin1String("name")).toString();
    connect(write, &PendingWrite::finished, this, [this, write, action, what, done, name] {
        if (write->error().isError()) {
            emit message(text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "%1 failed: %2")).arg(what, write->error().userText()));
            return;
        }
        emit message(done.isEmpty() ? text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "%1 started.")).arg(what) : done);
        const QString password = action.shownPassword.isEmpty() ? QString() : write->json().value(action.shownPassword).toString();
        if (!password.isEmpty() && m_window) {
            auto *dialog = new PasswordDialog(action.passwordTitle,
                                              text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "The root password of “%1”.")).arg(name),
                                              password, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
}

void ActionRunner::confirm(const QString &title, const QString &text, const QString &button, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    QPushButton *yes = box->addButton(button, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, std::move(then));
    box->open();
}

} // namespace hcloud
