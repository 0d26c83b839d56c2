#pragma once

#include <QPointer>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace hcloud {

class ActivityModel;

// A project's recent actions, newest first, with progress and results.
class ActivityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPanel(QWidget *parent = nullptr);

    void setModel(ActivityModel *model);
    QTableView *view() const { return m_view; }

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace hcloud
