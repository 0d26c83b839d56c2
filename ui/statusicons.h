#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace hcloud {

// A coloured dot per status, by the API's word: green running or ok, grey
// off, red failed, amber in between.
QIcon statusIcon(const QString &status);

// Adds the status icon to the status column of a resource list.
class StatusIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    void setStatusColumn(int column) { m_column = column; }
    QVariant data(const QModelIndex &index, int role) const override;

private:
    int m_column = -1;
};

} // namespace hcloud
