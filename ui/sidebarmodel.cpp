#include "ui/sidebarmodel.h"

#include "core/attention/attentionmodel.h"
#include "core/projects/projectlistmodel.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"
#include "core/resources/resourcekind.h"

#include <QLocale>

namespace hcloud {

SidebarModel::SidebarModel(Workspace *workspace, QObject *parent)
    : QStandardItemModel(0, 2, parent)
    , m_workspace(workspace)
{
    setHorizontalHeaderLabels({tr("Project"), tr("Count")});
    auto *all = new QStandardItem(tr("All projects"));
    all->setData(allProjectsId(), ProjectIdRole);
    all->setToolTip(tr("Every project's resources in one table, kind by kind"));
    auto *empty = new QStandardItem;
    empty->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    for (const ResourceKind *kind : resourceKinds()) {
        auto *item = new QStandardItem(kind->title);
        item->setData(allProjectsId(), ProjectIdRole);
        item->setData(kind->id, KindRole);
        auto *count = new QStandardItem;
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        all->appendRow({item, count});
    }
    appendRow({all, empty});
    auto *attention = new QStandardItem(tr("Needs attention"));
    attention->setData(attentionId(), ProjectIdRole);
    attention->setData(attentionKind(), KindRole);
    attention->setToolTip(tr("What costs money or risks an outage, in every loaded project"));
    auto *total = new QStandardItem;
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    appendRow({attention, total});
    ProjectListModel *projects = workspace->projectModel();
    connect(projects, &QAbstractItemModel::rowsInserted, this, &SidebarModel::sync);
    connect(projects, &QAbstractItemModel::rowsRemoved, this, &SidebarModel::sync);
    connect(projects, &QAbstractItemModel::dataChanged, this, &SidebarModel::sync);
    connect(workspace, &Workspace::sessionCreated, this, &SidebarModel::follow);
    sync();
}

QStandardItem *SidebarModel::projectItem(const QString &projectId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r)->data(ProjectIdRole).toString() == projectId)
            return item(r);
    }
    return nullptr;
}

QModelIndex SidebarModel::projectIndex(const QString &projectId) const
{
    QStandardItem *p = projectItem(projectId);
    return p ? p->index() : QModelIndex();
}

QModelIndex SidebarModel::kindIndex(const QString &projectId, const QString &kind) const
{
    QStandardItem *p = projectItem(projectId);
    for (int r = 0; p && r < p->rowCount(); ++r) {
        if (p->child(r)->data(KindRole).toString() == kind)
            return p->child(r)->index();
    }
    return {};
}

QModelIndex SidebarModel::allProjectsIndex() const
{
    return projectIndex(allProjectsId());
}

void SidebarModel::sync()
{
    if (!m_workspace)
        return;
    const QVector<Project> projects = m_workspace->projects();
    // Removed projects go; "All projects" stays last.
    for (int r = rowCount() - 1; r >= 0; --r) {
        const QString id = item(r)->data(ProjectIdRole).toString();
        if (isFixedRow(id))
            continue;
        const bool kept = std::any_of(projects.cbegin(), projects.cend(), [&](const Project &p) { return p.id == id; });
        if (!kept)
            removeRow(r);
    }
    for (int i = 0; i < projects.size(); ++i) {
        const Project &p = projects.at(i);
        QStandardItem *existing = projectItem(p.id);
        if (existing) {
            if (existing->text() != p.name)
                existing->setText(p.name);
            continue;
        }
        auto *name = new QStandardItem(p.name);
        name->setData(p.id, ProjectIdRole);
        name->setToolTip(p.endpoint.toString());
        auto *budget = new QStandardItem;
        budget->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *attention = new QStandardItem(tr("Needs attention"));
        attention->setData(p.id, ProjectIdRole);
        attention->setData(attentionKind(), KindRole);
        auto *attentionCount = new QStandardItem;
        attentionCount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        name->appendRow({attention, attentionCount});
        for (const ResourceKind *kind : resourceKinds()) {
            auto *item = new QStandardItem(kind->title);
            item->setData(p.id, ProjectIdRole);
            item->setData(kind->id, KindRole);
            auto *count = new QStandardItem;
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            name->appendRow({item, count});
        }
        insertRow(qMin(i, rowCount() - 2), {name, budget});
        if (ProjectSession *session = m_workspace->existingSession(p.id))
            follow(session);
    }
    updateAttention();
}

void SidebarModel::setAttention(AttentionModel *attention)
{
    m_attention = attention;
    connect(attention, &AttentionModel::countsChanged, this, &SidebarModel::updateAttention);
    updateAttention();
}

void SidebarModel::updateAttention()
{
    if (!m_attention)
        return;
    auto show = [](QStandardItem *count, int n) {
        const QString text = n > 0 ? QLocale().toString(n) : QString();
        if (count && count->text() != text)
            count->setText(text);
    };
    for (int r = 0; r < rowCount(); ++r) {
        const QString id = item(r)->data(ProjectIdRole).toString();
        if (id == attentionId()) {
            show(item(r, 1), m_attention->countOf(QString()));
            continue;
        }
        QStandardItem *p = item(r);
        for (int c = 0; c < p->rowCount(); ++c) {
            if (p->child(c)->data(KindRole).toString() == attentionKind())
                show(p->child(c, 1), m_attention->countOf(id));
        }
    }
}

void SidebarModel::follow(ProjectSession *session)
{
    const QString id = session->project().id;
    auto counts = [this, id] { updateCounts(id); };
    for (const ResourceKind *kind : resourceKinds()) {
        ResourceListModel *list = session->model(kind->id);
        connect(list, &QAbstractItemModel::rowsInserted, this, counts);
        connect(list, &QAbstractItemModel::rowsRemoved, this, counts);
    }
    connect(session, &ProjectSession::kindRefreshed, this, counts);
    connect(session, &ProjectSession::rateLimitChanged, this,
            [this, id](const RateLimit &rateLimit) { updateBudget(id, rateLimit); });
    updateCounts(id);
}

void SidebarModel::updateCounts(const QString &projectId)
{
    ProjectSession *session = m_workspace ? m_workspace->existingSession(projectId) : nullptr;
    QStandardItem *p = projectItem(projectId);
    if (!session || !p)
        return;
    for (int r = 0; r < p->rowCount(); ++r) {
        const QString kind = p->child(r)->data(KindRole).toString();
        if (kind == attentionKind())
            continue;
        const int count = session->count(kind);
        QString text = count >= 0 ? QLocale().toString(count) : QString();
        QString tip;
        if (!session->kindError(kind).isEmpty()) {
            text = QStringLiteral("!");
            tip = session->kindError(kind);
        }
        if (p->child(r, 1)->text() != text)
            p->child(r, 1)->setText(text);
        if (p->child(r, 1)->toolTip() != tip)
            p->child(r, 1)->setToolTip(tip);
    }
    updateTotals();
}

void SidebarModel::updateTotals()
{
    QStandardItem *all = projectItem(allProjectsId());
    if (!all || !m_workspace)
        return;
    for (int r = 0; r < all->rowCount(); ++r) {
        const QString kind = all->child(r)->data(KindRole).toString();
        int total = -1;
        for (const Project &p : m_workspace->projects()) {
            const ProjectSession *session = m_workspace->existingSession(p.id);
            if (const int count = session ? session->count(kind) : -1; count >= 0)
                total = qMax(total, 0) + count;
        }
        const QString text = total >= 0 ? QLocale().toString(total) : QString();
        if (all->child(r, 1)->text() != text)
            all->child(r, 1)->setText(text);
    }
}

void SidebarModel::updateBudget(const QString &projectId, const RateLimit &rateLimit)
{
    QStandardItem *p = projectItem(projectId);
    if (!p || !rateLimit.isKnown())
        return;
    QStandardItem *budget = item(p->row(), 1);
    budget->setText(QLocale().toString(rateLimit.remaining));
    budget->setToolTip(tr("API budget left: %1 of %2 requests this hour")
                           .arg(QLocale().toString(rateLimit.remaining), QLocale().toString(rateLimit.limit)));
    const bool low = rateLimit.limit > 0 && rateLimit.remaining * 10 < rateLimit.limit;
    budget->setForeground(low ? QBrush(QColor(0xc0, 0x39, 0x2b)) : QBrush());
}

} // namespace hcloud
