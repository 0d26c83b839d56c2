#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hcloud {

class ActivityModel;
class ProjectActions;

// A project's recent actions, newest first, with progress and results.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(QWidget *parent = nullptr);

    void setModel(ActivityModel *model);
    // Offers "Try again" for writes that got no answer and were not done.
    void setActions(ProjectActions *actions);
    QTableView *view() const { return m_view; }
    QLabel *retryLabel() const { return m_retryLabel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    void showOffer();

    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QWidget *m_retryBar;
    QLabel *m_retryLabel;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
    QPointer<ProjectActions> m_actions;
};

} // namespace hcloud
