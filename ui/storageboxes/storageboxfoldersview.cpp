#include "ui/storageboxes/storageboxfoldersview.h"

#include "core/api/apiclient.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"
#include "core/resources/storageboxfolders.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace hcloud {

StorageBoxFoldersView::StorageBoxFoldersView(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Folders at the top of the box:"), this);
    title->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("folders"));
    m_list->setAccessibleName(tr("Folders"));
    m_status->setObjectName(QStringLiteral("folders_status"));
    m_status->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
}

void StorageBoxFoldersView::setBox(ProjectSession *session, const QJsonObject &box)
{
    const int generation = ++m_generation;
    m_session = session;
    m_list->clear();
    m_status->clear();
    const qint64 id = box.value(QLatin1String("id")).toInteger();
    if (!session || id <= 0)
        return;
    m_status->setText(tr("Loading…"));
    ApiCall *call = session->client(ResourceKind::Api::Hetzner)->get(storageBoxFoldersPath(id));
    connect(call, &ApiCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return; // another box is shown by now
        if (call->error().kind != ApiError::Kind::None) {
            m_status->setText(tr("The folders could not be read: %1").arg(call->error().userText()));
            return;
        }
        const QStringList folders = foldersOf(call->json());
        m_list->addItems(folders);
        m_status->setText(folders.isEmpty() ? tr("The box has no folders yet.") : QString());
        emit loaded();
    });
}

} // namespace hcloud
