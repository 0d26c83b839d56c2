#include "ui/window/detailstabs.h"

#include "core/projects/pricing.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"
#include "ui/activitypanel.h"
#include "ui/resourcedetailsview.h"
#include "ui/resourcetable.h"
#include "ui/servers/metricspanel.h"
#include "ui/servers/serverdetailsview.h"
#include "ui/storageboxes/storageboxfoldersview.h"

#include <QScrollArea>
#include <QStackedWidget>

namespace hcloud {

namespace {
QScrollArea *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The tab whose page holds the widget.
int tabOf(const QTabWidget *tabs, const QWidget *widget)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
            return i;
    }
    return -1;
}
} // namespace

DetailsTabs::DetailsTabs(const ResourceTable *table, QWidget *parent)
    : QTabWidget(parent)
    , m_table(table)
    , m_server(new ServerDetailsView(this))
    , m_other(new ResourceDetailsView(this))
    , m_stack(new QStackedWidget(this))
    , m_metrics(new MetricsPanel(nullptr, this))
    , m_activity(new ActivityPanel(this))
    , m_folders(new StorageBoxFoldersView(this))
{
    m_stack->addWidget(m_server);
    m_stack->addWidget(m_other);
    // Scrolled, so a long form or the graphs cannot take the height from the table.
    addTab(scrolled(m_stack), tr("&Details"));
    addTab(scrolled(m_metrics), tr("&Graphs"));
    addTab(m_activity, tr("A&ctivity"));
    addTab(m_folders, tr("F&olders"));
    // Graphs and folders cost a request each: fetched only while their tab is shown.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        updateMetrics();
        updateFolders();
    });
}

void DetailsTabs::setSession(ProjectSession *session)
{
    m_session = session;
    m_activity->setModel(session ? session->actions()->activity() : nullptr);
    m_activity->setActions(session ? session->actions() : nullptr);
    m_metrics->setClient(session ? session->client() : nullptr);
    m_server->setPricing(session ? Pricing::forClient(session->client()) : nullptr);
    m_server->setNames(session ? session->names() : nullptr);
}

void DetailsTabs::showObject(const QJsonObject &object)
{
    const bool servers = m_kind == QLatin1String("servers");
    m_server->setServer(servers ? object : QJsonObject());
    m_other->setNames(m_session ? m_session->names() : nullptr);
    m_other->setObject(servers ? nullptr : resourceKindById(m_kind), servers ? QJsonObject() : object);
    m_stack->setCurrentWidget(servers ? static_cast<QWidget *>(m_server) : m_other);
    setTabEnabled(tabOf(this, m_metrics), servers);
    setTabEnabled(tabOf(this, m_folders), m_kind == QLatin1String("storage_boxes"));
    m_object = object;
    updateFolders();
    updateMetrics();
}

void DetailsTabs::updateFolders()
{
    if (currentWidget() == m_folders && m_kind == QLatin1String("storage_boxes"))
        m_folders->setBox(m_session, m_object);
}

void DetailsTabs::updateMetrics()
{
    if (currentIndex() != tabOf(this, m_metrics))
        return;
    m_metrics->setServerId(m_table->currentObject().value(QLatin1String("id")).toInteger());
}

} // namespace hcloud
