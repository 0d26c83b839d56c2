#include "ui/layout/windowlayout.h"

#include "core/projects/allprojectsmodel.h"
#include "core/models/resourcelistmodel.h"
#include "ui/resourcetable.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace hcloud {

namespace {
const QString kGroup = QStringLiteral("layout");
}

WindowLayout::WindowLayout(QMainWindow *window, ResourceTable *table)
    : QObject(window)
    , m_window(window)
    , m_table(table)
{
    connect(table, &ResourceTable::modelAboutToChange, this, &WindowLayout::leaveModel);
    connect(table, &ResourceTable::modelChanged, this, &WindowLayout::enterModel);
    window->installEventFilter(this);
    m_key = keyOf(table->model());
}

QString WindowLayout::keyOf(const QAbstractItemModel *model)
{
    if (const auto *list = qobject_cast<const ResourceListModel *>(model))
        return QStringLiteral("kind/") + list->kind().id;
    if (const auto *all = qobject_cast<const AllProjectsModel *>(model))
        return all->kind().id == QLatin1String("servers") ? QStringLiteral("all-projects")
                                                         : QStringLiteral("all-projects/") + all->kind().id;
    return QString();
}

void WindowLayout::restore()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(QStringLiteral("splitter/") + splitter->objectName()).toByteArray());
    }
    settings.endGroup();
    enterModel();
}

void WindowLayout::save()
{
    leaveModel();
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("state"), m_window->saveState());
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        settings.setValue(QStringLiteral("columns/") + it.key(), it.value());
    settings.endGroup();
    settings.sync();
}

void WindowLayout::leaveModel()
{
    if (!m_key.isEmpty() && m_table->model() && m_table->model()->columnCount() > 0)
        m_columns.insert(m_key, m_table->columnState());
}

void WindowLayout::enterModel()
{
    m_key = keyOf(m_table->model());
    if (m_key.isEmpty())
        return;
    QByteArray state = m_columns.value(m_key);
    if (state.isEmpty())
        state = QSettings().value(kGroup + QStringLiteral("/columns/") + m_key).toByteArray();
    if (!state.isEmpty())
        m_table->restoreColumnState(state);
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace hcloud
