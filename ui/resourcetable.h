#pragma once

#include <QPointer>
#include <QWidget>

#include "models/resourcelistmodel.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace hcloud {

class StatusIconProxy;

// A filter box over a sortable table of any resource list.
class ResourceTable : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceTable(QWidget *parent = nullptr);

    void setModel(ResourceListModel *model);
    ResourceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Rows shown after filtering.
    int visibleCount() const;

signals:
    void visibleCountChanged(int count);

private:
    void fitColumns();

    QPointer<ResourceListModel> m_model;
    StatusIconProxy *m_icons;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    bool m_sized = false;
};

} // namespace hcloud
