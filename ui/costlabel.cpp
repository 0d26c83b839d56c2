#include "ui/costlabel.h"

#include "core/models/resourcelistmodel.h"
#include "core/projects/costestimate.h"
#include "core/projects/pricing.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"
#include "core/resources/servertype.h"

#include <QTimer>

namespace hcloud {

CostLabel::CostLabel(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Estimated monthly cost"));
}

void CostLabel::setSessions(const QList<ProjectSession *> &sessions)
{
    for (const QPointer<ProjectSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->disconnect(this);
    }
    m_sessions.clear();
    for (ProjectSession *s : sessions) {
        m_sessions.append(s);
        connect(s, &ProjectSession::refreshed, this, &CostLabel::schedule);
        connect(s, &ProjectSession::kindRefreshed, this, &CostLabel::schedule);
        Pricing *pricing = Pricing::forClient(s->client());
        connect(pricing, &Pricing::loaded, this, &CostLabel::schedule, Qt::UniqueConnection);
    }
    schedule();
}

void CostLabel::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &CostLabel::recompute);
}

void CostLabel::recompute()
{
    m_scheduled = false;
    CostEstimate total;
    QStringList perProject;
    bool waiting = false;
    for (const QPointer<ProjectSession> &session : std::as_const(m_sessions)) {
        if (!session)
            continue;
        Pricing *pricing = Pricing::forClient(session->client());
        if (!pricing->isLoaded()) {
            // Asked for ahead by the window's CostPreloader.
            waiting = true;
            continue;
        }
        // Counted as rows come and go, so this costs no walk over the rows.
        QHash<QString, QVector<PriceGroup>> groups;
        for (const QString &kind : CostEstimate::pricedKinds()) {
            if (const ResourceListModel *list = session->existingModel(kind); list && list->isLoaded())
                groups.insert(kind, list->priceGroups());
        }
        const CostEstimate e = CostEstimate::of(pricing->priceTable(), groups);
        perProject.append(tr("%1: %2").arg(session->project().name, formatEuro(e.monthly)));
        total += e;
    }
    if (m_sessions.isEmpty() || (waiting && total.lines.isEmpty())) {
        clear();
        setToolTip(QString());
        return;
    }
    setText(tr("≈ %1 / month").arg(formatEuro(total.monthly)));
    QStringList tip{tr("Estimated monthly cost, gross, from the API's prices; traffic beyond what is included "
                       "is not in it.")};
    for (const CostEstimate::Line &line : total.lines) {
        const ResourceKind *kind = resourceKindById(line.kind);
        const QString title = kind ? kind->title : tr("Snapshots");
        tip.append(tr("%1 (%2): %3").arg(title).arg(line.count).arg(formatEuro(line.monthly)));
    }
    if (perProject.size() > 1)
        tip.append(perProject);
    if (!total.unpriced.isEmpty())
        tip.append(tr("Not in the prices: %1").arg(total.unpriced.join(QStringLiteral(", "))));
    setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace hcloud
