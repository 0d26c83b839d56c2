#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QMainWindow;
class QSettings;

namespace hcloud {

class ResourceTable;

// What the window looks like between runs: geometry, toolbars, the sizes of
// its named splitters, and per kind of list the columns' widths, order and
// sort. Kept in QSettings (group "layout"), which writes its file atomically.
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    WindowLayout(QMainWindow *window, ResourceTable *table);

    // Reads what the last run saved; call before the window is shown.
    void restore();
    // Writes it now (also when the window closes).
    void save();

    // The settings key of a list: "kind/servers", "all-projects".
    static QString keyOf(const QAbstractItemModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void leaveModel();
    void enterModel();

    QMainWindow *m_window;
    ResourceTable *m_table;
    QString m_key;
    // Column states of lists shown in this run, written at save().
    QHash<QString, QByteArray> m_columns;
};

} // namespace hcloud
