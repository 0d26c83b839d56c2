#include "ui/resources/ownedlistchoice.h"

#include "core/api/apiclient.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

void fillFromOwnedList(QComboBox *combo, ProjectSession *session, const QString &path, const QString &valueKey)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("hcloud::ActionFormDialog", "Loading…"));
    combo->setEnabled(false);
    ApiCall *call = session->client(apiOfPath(path))->get(path);
    const QString key = path.section(QLatin1Char('/'), -1);
    // The combo is the context: a form closed meanwhile drops the answer.
    QObject::connect(call, &ApiCall::finished, combo, [combo, call, key, valueKey] {
        combo->clear();
        if (call->error().isError()) {
            combo->addItem(call->error().userText());
            return;
        }
        const QJsonArray entries = call->json().value(key).toArray();
        for (const QJsonValue &entry : entries) {
            const QString name = entry[QStringLiteral("name")].toString();
            const QString description = entry[QStringLiteral("description")].toString();
            combo->addItem(description.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, description),
                           entry[valueKey].toVariant());
        }
        if (entries.isEmpty())
            combo->addItem(QCoreApplication::translate("hcloud::ActionFormDialog", "(none yet)"));
        combo->setEnabled(!entries.isEmpty());
    });
}

} // namespace hcloud
