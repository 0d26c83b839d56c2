#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QWidget;

namespace hcloud {

class AllProjectsModel;
class CostLabel;
class ProjectSession;
class RateLimitLabel;
class ResourceTable;
struct ResourceKind;

// The status bar's texts: the shown project, how many objects the table
// shows, what the project is doing, and at the right the cost and the API
// budget. Also the banner above the table with the project's failure.
// The window says what is shown; the texts follow by themselves.
class StatusLine : public QObject
{
    Q_OBJECT
public:
    StatusLine(QStatusBar *bar, const ResourceTable *table, QWidget *window);

    // To be placed above the table; hidden while there is no problem.
    QLabel *banner() const { return m_banner; }
    CostLabel *costLabel() const { return m_cost; }

    // The followed project: its budget, and its texts unless all are shown.
    void setSession(ProjectSession *session);
    // The followed project's kind is in the table.
    void showKind(const QString &kind);
    // Every project's objects of the model's kind are in the table.
    void showAllProjects(const AllProjectsModel *all);
    // With a store, no project means "add one": the hint says how.
    void setHasStore(bool hasStore);
    // Shown in the banner until the next change of the texts.
    void showProblem(const QString &text);

private:
    void update();
    QString countText(const ResourceKind &kind, int shown, int total) const;

    const ResourceTable *m_table;
    QPointer<ProjectSession> m_session;
    QPointer<const AllProjectsModel> m_all;
    QString m_kind = QStringLiteral("servers");
    bool m_showingAll = false;
    bool m_hasStore = false;
    QLabel *m_banner;
    QLabel *m_project;
    QLabel *m_count;
    QLabel *m_state;
    CostLabel *m_cost;
    RateLimitLabel *m_rate;
};

} // namespace hcloud
