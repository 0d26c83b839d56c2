#pragma once

#include <QPointer>
#include <QStandardItemModel>

namespace hcloud {
class AttentionModel;

class ProjectSession;
class Workspace;
struct RateLimit;

// The tree at the left: every project with its resource kinds and their
// counts, then "All projects" with the same kinds, summed. Follows the workspace incrementally (rows
// are inserted, removed and changed, never reset), so the selection stays.
// Column 0 names the item; column 1 holds a kind's count or a project's
// API budget left.
class SidebarModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { ProjectIdRole = Qt::UserRole + 100, KindRole };
    static QString allProjectsId() { return QStringLiteral("*"); }
    // The top-level "Needs attention" row (all projects), and each project's
    // child of that name, whose KindRole is attentionKind().
    static QString attentionId() { return QStringLiteral("!"); }
    static QString attentionKind() { return QStringLiteral("attention"); }

    explicit SidebarModel(Workspace *workspace, QObject *parent = nullptr);

    QModelIndex projectIndex(const QString &projectId) const;
    QModelIndex kindIndex(const QString &projectId, const QString &kind) const;
    QModelIndex allProjectsIndex() const;
    QModelIndex attentionIndex() const { return projectIndex(attentionId()); }
    // Shows each project's count of what needs attention, and the total.
    void setAttention(AttentionModel *attention);

private:
    void sync();
    void follow(ProjectSession *session);
    void updateCounts(const QString &projectId);
    // "All projects" children: each kind's count summed over the projects.
    void updateTotals();
    void updateBudget(const QString &projectId, const RateLimit &rateLimit);
    QStandardItem *projectItem(const QString &projectId) const;
    void updateAttention();
    static bool isFixedRow(const QString &id) { return id == allProjectsId() || id == attentionId(); }

    QPointer<Workspace> m_workspace;
    QPointer<AttentionModel> m_attention;
};

} // namespace hcloud
