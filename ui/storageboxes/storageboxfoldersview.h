#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;

namespace hcloud {

class ProjectSession;

// A Storage Box's top-level folders, read from the Hetzner API when a box
// is shown; an answer for a box no longer shown is dropped.
class StorageBoxFoldersView : public QWidget
{
    Q_OBJECT
public:
    explicit StorageBoxFoldersView(QWidget *parent = nullptr);

    void setBox(ProjectSession *session, const QJsonObject &box);
    QListWidget *list() const { return m_list; }
    QLabel *status() const { return m_status; }

signals:
    void loaded();

private:
    QListWidget *m_list;
    QLabel *m_status;
    QPointer<ProjectSession> m_session;
    int m_generation = 0;
};

} // namespace hcloud
