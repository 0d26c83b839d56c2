#include "ui/window/statusline.h"

#include "core/models/resourcelistmodel.h"
#include "core/projects/allprojectsmodel.h"
#include "core/projects/listcache.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"
#include "ui/costlabel.h"
#include "ui/ratelimitlabel.h"
#include "ui/resourcetable.h"

#include <QLabel>
#include <QStatusBar>

namespace hcloud {

StatusLine::StatusLine(QStatusBar *bar, const ResourceTable *table, QWidget *window)
    : QObject(window)
    , m_table(table)
    , m_banner(new QLabel(window))
    , m_project(new QLabel(window))
    , m_count(new QLabel(window))
    , m_state(new QLabel(window))
    , m_cost(new CostLabel(window))
    , m_rate(new RateLimitLabel(window))
{
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7a1f1f; border: 1px solid #f5c2bd; padding: 6px; }"));
    m_banner->hide();
    bar->addWidget(m_project);
    bar->addWidget(m_count);
    bar->addWidget(m_state, 1);
    bar->addPermanentWidget(m_cost);
    bar->addPermanentWidget(m_rate);
    connect(table, &ResourceTable::visibleCountChanged, this, &StatusLine::update);
    update();
}

void StatusLine::setSession(ProjectSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ProjectSession::stateChanged, this, &StatusLine::update);
        connect(session, &ProjectSession::kindRefreshed, this, &StatusLine::update);
        connect(session, &ProjectSession::cachedRowsShown, this, &StatusLine::update);
        connect(session, &ProjectSession::rateLimitChanged, m_rate, &RateLimitLabel::setRateLimit);
        m_rate->setRateLimit(session->client()->rateLimit());
    }
}

void StatusLine::showKind(const QString &kind)
{
    m_showingAll = false;
    m_kind = kind;
    update();
}

void StatusLine::showAllProjects(const AllProjectsModel *all)
{
    if (m_all != all) {
        if (m_all)
            disconnect(m_all, nullptr, this, nullptr);
        m_all = all;
        connect(all, &QAbstractItemModel::rowsInserted, this, &StatusLine::update);
        connect(all, &QAbstractItemModel::rowsRemoved, this, &StatusLine::update);
    }
    m_showingAll = true;
    m_kind = all->kind().id;
    update();
}

void StatusLine::setHasStore(bool hasStore)
{
    m_hasStore = hasStore;
    update();
}

void StatusLine::showProblem(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

QString StatusLine::countText(const ResourceKind &kind, int shown, int total) const
{
    if (kind.id == QLatin1String("servers"))
        return shown == total ? tr("%n server(s)", nullptr, total) : tr("%1 of %n server(s)", nullptr, total).arg(shown);
    return shown == total ? tr("%1: %2").arg(kind.title).arg(total) : tr("%1: %2 of %3").arg(kind.title).arg(shown).arg(total);
}

void StatusLine::update()
{
    if (m_showingAll) {
        m_project->setText(tr("All projects"));
        m_count->setText(m_all ? countText(m_all->kind(), m_table->visibleCount(), m_all->rowCount()) : QString());
        m_state->clear();
        m_banner->hide();
        return;
    }
    if (!m_session) {
        m_project->setText(tr("No project"));
        m_count->clear();
        m_state->setText(m_hasStore ? tr("Add a project with Project › New Project… and an API token from the Hetzner Console.")
                                    : QString());
        m_banner->hide();
        return;
    }
    m_project->setText(m_session->project().name);
    const ResourceListModel *list = m_session->existingModel(m_kind);
    if (list)
        m_count->setText(countText(list->kind(), m_table->visibleCount(), list->rowCount()));
    switch (m_session->state()) {
    case ProjectSession::State::ReadingToken:
        m_state->setText(tr("Reading the token from the keychain…"));
        break;
    case ProjectSession::State::Loading:
        m_state->setText(tr("Refreshing…"));
        break;
    default:
        m_state->clear();
    }
    // Rows from the last run say how old they are until the API's arrive.
    if (list && m_session->showsCachedRows(m_kind)) {
        const QString age = ListCache::ageText(list->listedAt(), QDateTime::currentDateTimeUtc());
        const bool busy = m_session->state() == ProjectSession::State::Loading
                          || m_session->state() == ProjectSession::State::ReadingToken || m_session->isKindLoading(m_kind);
        m_state->setText(busy ? tr("Showing the list from %1; refreshing…").arg(age)
                              : tr("Showing the list from %1.").arg(age));
    }
    // The project's own failure (token, servers) first, else the shown kind's.
    QString problem = m_session->state() == ProjectSession::State::Failed ? m_session->lastError() : QString();
    if (problem.isEmpty() && m_kind != QLatin1String("servers"))
        problem = m_session->kindError(m_kind);
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
}

} // namespace hcloud
