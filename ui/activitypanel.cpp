#include "ui/activitypanel.h"

#include "core/models/activitymodel.h"
#include "core/models/modelroles.h"
#include "core/projects/projectactions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

namespace {
// Failed entries stand out; the text says what went wrong.
class ActivityProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(StatusRole).toString() == QLatin1String("error"))
            return QColor(0xb3, 0x26, 0x1e);
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ActivityProxy(this))
    , m_view(new QTableView(this))
    , m_retryBar(new QWidget(this))
    , m_retryLabel(new QLabel(m_retryBar))
    , m_retry(new QPushButton(tr("Try Again"), m_retryBar))
    , m_dismiss(new QPushButton(tr("Dismiss"), m_retryBar))
{
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Activity"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_retryLabel->setWordWrap(true);
    m_retry->setToolTip(tr("Send the change once more. It got no answer, and the project shows it was not done."));
    auto *bar = new QHBoxLayout(m_retryBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_retryLabel, 1);
    bar->addWidget(m_retry);
    bar->addWidget(m_dismiss);
    m_retryBar->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_actions && !m_actions->retryOffers().isEmpty())
            m_actions->retry(int(m_actions->retryOffers().size()) - 1);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (m_actions && !m_actions->retryOffers().isEmpty())
            m_actions->dismissOffer(int(m_actions->retryOffers().size()) - 1);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_retryBar);
    layout->addWidget(m_view);
}

void ActivityPanel::setActions(ProjectActions *actions)
{
    if (m_actions)
        disconnect(m_actions, nullptr, this, nullptr);
    m_actions = actions;
    if (actions)
        connect(actions, &ProjectActions::retryOffersChanged, this, &ActivityPanel::showOffer);
    showOffer();
}

void ActivityPanel::showOffer()
{
    const bool any = m_actions && !m_actions->retryOffers().isEmpty();
    m_retryBar->setVisible(any);
    if (!any)
        return;
    const ProjectActions::RetryOffer &offer = m_actions->retryOffers().constLast();
    m_retryLabel->setText(tr("“%1” got no answer, and the project shows it was not done.").arg(offer.description));
}

void ActivityPanel::setModel(ActivityModel *model)
{
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    m_view->sortByColumn(int(ActivityModel::Column::Started), Qt::DescendingOrder);
    m_view->horizontalHeader()->resizeSection(int(ActivityModel::Column::Started), 150);
    m_view->horizontalHeader()->resizeSection(int(ActivityModel::Column::Action), 320);
    m_view->horizontalHeader()->resizeSection(int(ActivityModel::Column::Status), 320);
}

} // namespace hcloud
