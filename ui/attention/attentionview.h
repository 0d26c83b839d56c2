#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace hcloud {

class AttentionModel;

// The list of what needs attention, for one project or all: each item with
// its reason and cost; Return or a double click opens the object.
class AttentionView : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionView(AttentionModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // "" for all projects; the title says which.
    void showProject(const QString &projectId, const QString &projectName);

signals:
    void openRequested(const QString &projectId, const QString &kind, qint64 id);

private:
    void updateTitle();
    void open(const QModelIndex &index);

    AttentionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_empty;
    QTableView *m_view;
    QString m_projectName;
};

} // namespace hcloud
