#pragma once

#include <QPointer>
#include <QWidget>

#include "core/models/resourcelistmodel.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace hcloud {

class ResourceSortProxy;
class StatusIconProxy;

// A filter box over a sortable table of any resource list.
class ResourceTable : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceTable(QWidget *parent = nullptr);

    void setModel(ResourceListModel *model);
    // Any list whose rows answer the roles of modelroles.h.
    void setModel(QAbstractItemModel *model, int statusColumn);
    QAbstractItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Label selector, in the API's syntax, checked as it is typed and
    // applied by the API (labelSelectorChanged) once it is valid.
    QLineEdit *selectorEdit() const { return m_selector; }
    // The typed selector when valid, else "".
    QString labelSelector() const;
    // Rows shown after filtering.
    int visibleCount() const;
    // The current row's API object; empty when none.
    QJsonObject currentObject() const;
    bool selectId(qint64 id);
    // The columns' widths, order and sort (QHeaderView::saveState); a
    // restored state is kept instead of fitting the columns to the data.
    QByteArray columnState() const;
    bool restoreColumnState(const QByteArray &state);

signals:
    // Around setModel(), for what is kept per list (WindowLayout).
    void modelAboutToChange();
    void modelChanged();
    void visibleCountChanged(int count);
    // The current row changed, or its data did (an action ended, a refresh).
    void currentObjectChanged(const QJsonObject &object);
    void labelSelectorChanged(const QString &selector);

private:
    void fitColumns();
    void emitCurrent();
    void checkSelector();

    QPointer<QAbstractItemModel> m_model;
    StatusIconProxy *m_icons;
    ResourceSortProxy *m_proxy;
    QLineEdit *m_filter;
    QLineEdit *m_selector;
    QTimer *m_selectorPause;
    QTableView *m_view;
    bool m_sized = false;
    QJsonObject m_lastCurrent;
    QByteArray m_lastRaw;
};

} // namespace hcloud
