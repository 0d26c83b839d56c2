#include "core/attention/attentionmonitor.h"

#include "core/models/activitymodel.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/pricing.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

namespace hcloud {

AttentionMonitor::AttentionMonitor(ProjectSession *session, QObject *parent)
    : QObject(parent ? parent : session)
    , m_session(session)
{
    connect(session, &ProjectSession::refreshed, this, &AttentionMonitor::schedule);
    connect(session, &ProjectSession::kindRefreshed, this, [this](const QString &kind) {
        if (attentionKinds().contains(kind))
            schedule();
    });
    ActivityModel *activity = session->actions()->activity();
    connect(activity, &QAbstractItemModel::rowsInserted, this, &AttentionMonitor::schedule);
    connect(activity, &QAbstractItemModel::dataChanged, this, &AttentionMonitor::schedule);
    connect(Pricing::forClient(session->client()), &Pricing::loaded, this, &AttentionMonitor::schedule);
    schedule();
}

void AttentionMonitor::setBackupLabel(const QString &label)
{
    if (label == m_backupLabel)
        return;
    m_backupLabel = label;
    schedule();
}

void AttentionMonitor::schedule()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Many lists arrive together: one computation for them all.
    QTimer::singleShot(0, this, &AttentionMonitor::compute);
}

void AttentionMonitor::compute()
{
    m_scheduled = false;
    if (!m_session)
        return;
    // Only shared row pointers and a few action states are copied here.
    QHash<QString, QVector<ResourceRow>> rows;
    for (const QString &kind : attentionKinds()) {
        if (const ResourceListModel *list = m_session->existingModel(kind); list && list->isLoaded())
            rows.insert(kind, list->rows());
    }
    AttentionInput input;
    input.now = QDateTime::currentDateTimeUtc();
    input.backupLabel = m_backupLabel;
    input.pricing = Pricing::forClient(m_session->client())->pricingJson();
    for (const ActivityRow &row : m_session->actions()->activity()->rows()) {
        if (row.key <= 0 || row.action.status != QLatin1String("error"))
            continue;
        input.actions.append(row.action);
        for (const QJsonValue &r : row.action.resources) {
            if (r[QLatin1String("type")].toString() == QLatin1String("server")) {
                const qint64 id = r[QLatin1String("id")].toInteger();
                input.serverNames.insert(id, m_session->names()->name(QStringLiteral("servers"), id));
            }
        }
    }
    m_running = true;
    QPointer<AttentionMonitor> self(this);
    const QString projectId = m_session->project().id;
    QThreadPool::globalInstance()->start([self, rows = std::move(rows), input = std::move(input), projectId]() mutable {
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QVector<QJsonObject> &objects = input.objects[it.key()];
            objects.reserve(it.value().size());
            for (const ResourceRow &row : it.value())
                objects.append(row->object());
        }
        QVector<AttentionItem> items = findAttention(input);
        for (AttentionItem &item : items) {
            item.projectId = projectId;
            item.key = QStringLiteral("%1/%2/%3/%4").arg(projectId).arg(int(item.reason)).arg(item.kind).arg(item.id);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, items = std::move(items)] {
                if (self)
                    self->apply(items);
            },
            Qt::QueuedConnection);
    });
}

void AttentionMonitor::apply(const QVector<AttentionItem> &items)
{
    m_running = false;
    m_items = items;
    m_ready = true;
    emit changed();
    if (m_again) {
        m_again = false;
        schedule();
    }
}

} // namespace hcloud
