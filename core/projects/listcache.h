#pragma once

#include "core/models/resourcerow.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>

namespace hcloud {

struct ResourceKind;

// The last whole list of each kind of each project, kept on this computer
// so that a reopened window shows rows at once, marked with their age,
// before the API answers. One file per project and kind under
// <CacheLocation>/lists/<project id>/<kind>.cache, mode 0600, written
// atomically: when the list was whole, and each row as the table holds it
// with the API's object, so that reading 10,000 servers back parses no
// JSON. The key is the project's id; no token is in it.
//
// Reads and writes run off the GUI thread; writes, removals and clearing
// go one after another in the order asked, so a removal is never undone
// by a write asked for before it.
class ListCache : public QObject
{
    Q_OBJECT
public:
    // An empty directory keeps nothing (as when switched off).
    explicit ListCache(const QString &directory, QObject *parent = nullptr);
    ~ListCache() override;

    // <CacheLocation>/lists, e.g. ~/.cache/hcloud-desktop/lists.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    bool isEnabled() const { return m_enabled && !m_directory.isEmpty(); }
    // Off: nothing is read or written any more, and what was kept is deleted.
    void setEnabled(bool on);

    // Where a kind's list is kept; "" for ids that are not plain names.
    QString filePath(const QString &projectId, const QString &kindId) const;

    struct Loaded
    {
        QVector<ResourceRow> rows;
        QDateTime listedAt;
        bool found = false; // a file was there (even if it was not usable)
        QString problem;    // why a file found was not used (for the log)
    };
    using LoadDone = std::function<void(Loaded)>;
    // Reads a kind's list into rows off the GUI thread, as a page of the
    // API's list would be; done runs on context's thread unless context
    // went meanwhile. A missing, unreadable or corrupt file gives no rows
    // (and is replaced by the next save).
    void load(const QString &projectId, const ResourceKind &kind, const NameIndex &names, QObject *context,
              LoadDone done);
    // Keeps a whole list (the rows' JSON as the API sent it).
    void save(const QString &projectId, const ResourceKind &kind, const QVector<ResourceRow> &rows,
              const QDateTime &listedAt);
    // Everything kept for a project goes (the project was removed).
    void removeProject(const QString &projectId);

    // How old a list is, for a sentence: "5 minutes ago".
    static QString ageText(const QDateTime &listedAt, const QDateTime &now);

    // The reader and writer of the file's bytes, for the workers and tests.
    static QByteArray encode(const ResourceKind &kind, const QVector<ResourceRow> &rows, const QDateTime &listedAt);
    static Loaded decode(const QByteArray &bytes, const ResourceKind &kind, const NameIndex &names);

signals:
    // A write or removal finished (ok: it reached the disk).
    void saved(const QString &projectId, const QString &kindId, bool ok);
    void projectRemoved(const QString &projectId);
    void cleared();

private:
    // Runs work on the writer thread, then done on this object's thread.
    void queue(std::function<bool()> work, std::function<void(bool)> done);
    QString projectDirectory(const QString &projectId) const;

    QString m_directory;
    bool m_enabled = true;
    QSet<QString> m_removed; // projects removed in this run: never written again
    QThreadPool m_writer; // one thread: writes keep their order
};

} // namespace hcloud
