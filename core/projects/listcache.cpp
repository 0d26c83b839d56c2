#include "core/projects/listcache.h"

#include "core/projects/listcachefile.h"

#include "core/api/jsonparse.h"
#include "core/api/logging.h"
#include "core/resources/resourcekind.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <atomic>

namespace hcloud {

namespace {

bool isPlainName(const QString &id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return plain.match(id).hasMatch();
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir = kOwnerOnly | QFileDevice::ExeOwner;

bool makeOwnerDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, kOwnerDir);
}

} // namespace

ListCache::ListCache(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_writer.setMaxThreadCount(1);
}

ListCache::~ListCache()
{
    // Writes asked for still reach the disk; their answers go nowhere.
    m_writer.waitForDone();
}

QString ListCache::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("lists"));
}

void ListCache::setEnabled(bool on)
{
    m_enabled = on;
    if (on || m_directory.isEmpty())
        return;
    const QString directory = m_directory;
    queue([directory] { return QDir(directory).removeRecursively(); }, [this](bool) { emit cleared(); });
}

QString ListCache::projectDirectory(const QString &projectId) const
{
    if (m_directory.isEmpty() || !isPlainName(projectId))
        return {};
    return QDir(m_directory).filePath(projectId);
}

QString ListCache::filePath(const QString &projectId, const QString &kindId) const
{
    const QString dir = projectDirectory(projectId);
    if (dir.isEmpty() || !isPlainName(kindId))
        return {};
    return QDir(dir).filePath(kindId + QStringLiteral(".cache"));
}

QString ListCache::ageText(const QDateTime &listedAt, const QDateTime &now)
{
    const qint64 minutes = qMax(qint64(0), listedAt.secsTo(now) / 60);
    if (minutes < 1)
        return tr("less than a minute ago");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(qMin(minutes / (24 * 60), qint64(100000))));
}

QByteArray ListCache::encode(const ResourceKind &kind, const QVector<ResourceRow> &rows, const QDateTime &listedAt)
{
    return ListCacheFile::encode(kind, rows, listedAt);
}

ListCache::Loaded ListCache::decode(const QByteArray &bytes, const ResourceKind &kind, const NameIndex &names)
{
    Loaded loaded;
    loaded.found = true;
    const ListCacheFile::Header header = ListCacheFile::readHeader(bytes, kind);
    loaded.problem = header.problem;
    for (int i = 0; i < header.chunks.size() && loaded.problem.isEmpty(); ++i) {
        ListCacheFile::Rows part = ListCacheFile::readChunk(bytes, header, i, kind, names);
        loaded.problem = part.problem;
        loaded.rows += std::move(part.rows);
    }
    if (!loaded.problem.isEmpty())
        loaded.rows.clear();
    else
        loaded.listedAt = header.listedAt;
    return loaded;
}

namespace {

// One load: the file's chunks read at once on the pool's threads; the
// last to finish hands the rows, in order, to the relay's thread.
struct Reading
{
    QByteArray bytes;
    ListCacheFile::Header header;
    const ResourceKind *kind = nullptr;
    NameIndex names;
    QVector<ListCacheFile::Rows> parts;
    std::atomic<int> left{0};
    std::function<void(ListCache::Loaded)> deliver; // called on a worker
};

void finish(const std::shared_ptr<Reading> &reading)
{
    ListCache::Loaded loaded;
    loaded.found = true;
    loaded.problem = reading->header.problem;
    qsizetype total = 0;
    for (const ListCacheFile::Rows &part : std::as_const(reading->parts)) {
        if (loaded.problem.isEmpty())
            loaded.problem = part.problem;
        total += part.rows.size();
    }
    if (loaded.problem.isEmpty()) {
        loaded.rows.reserve(total);
        for (ListCacheFile::Rows &part : reading->parts)
            loaded.rows += std::move(part.rows);
        loaded.listedAt = reading->header.listedAt;
    }
    reading->bytes.clear();
    reading->deliver(std::move(loaded));
}

} // namespace

void ListCache::load(const QString &projectId, const ResourceKind &kind, const NameIndex &names, QObject *context,
                     LoadDone done)
{
    const QString path = isEnabled() ? filePath(projectId, kind.id) : QString();
    if (path.isEmpty()) {
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    // As runOffThread: the workers post to a relay on context's thread,
    // which alone reads the guard.
    auto *relay = new QObject;
    relay->moveToThread(context->thread());
    QPointer<QObject> guard(context);
    auto reading = std::make_shared<Reading>();
    reading->kind = &kind;
    reading->names = names;
    reading->deliver = [relay, guard, path, done = std::move(done)](Loaded loaded) {
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, path, done, loaded = std::move(loaded)]() mutable {
                relay->deleteLater();
                if (!guard)
                    return;
                // A bad file is only a cache: it is not shown, and the
                // next whole list replaces it.
                if (!loaded.problem.isEmpty())
                    qCInfo(lcProjects) << "list cache ignored:" << QFileInfo(path).fileName() << loaded.problem;
                done(std::move(loaded));
            },
            Qt::QueuedConnection);
    };
    QThreadPool::globalInstance()->start([reading, path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            reading->deliver({}); // none kept yet
            return;
        }
        reading->bytes = file.readAll();
        reading->header = ListCacheFile::readHeader(reading->bytes, *reading->kind);
        const int chunks = int(reading->header.chunks.size());
        if (chunks == 0) {
            finish(reading);
            return;
        }
        reading->parts.resize(chunks);
        reading->left = chunks;
        for (int i = 0; i < chunks; ++i) {
            QThreadPool::globalInstance()->start([reading, i] {
                reading->parts[i] = ListCacheFile::readChunk(reading->bytes, reading->header, i, *reading->kind,
                                                             reading->names);
                if (--reading->left == 0)
                    finish(reading);
            });
        }
    });
}

void ListCache::save(const QString &projectId, const ResourceKind &kind, const QVector<ResourceRow> &rows,
                     const QDateTime &listedAt)
{
    // A list that ends after its project was removed is not kept.
    const QString path = isEnabled() && !m_removed.contains(projectId) ? filePath(projectId, kind.id) : QString();
    if (path.isEmpty())
        return;
    const QString root = m_directory;
    queue(
        [path, root, kind = &kind, rows, listedAt] {
            if (!makeOwnerDir(root) || !makeOwnerDir(QFileInfo(path).path()))
                return false;
            QSaveFile file(path);
            // Owner only, before a byte is written.
            if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
                return false;
            file.write(encode(*kind, rows, listedAt));
            return file.commit();
        },
        [this, projectId, kindId = kind.id](bool ok) {
            if (!ok)
                qCInfo(lcProjects) << "list cache not written:" << kindId;
            emit saved(projectId, kindId, ok);
        });
}

void ListCache::removeProject(const QString &projectId)
{
    const QString dir = projectDirectory(projectId);
    if (dir.isEmpty())
        return;
    m_removed.insert(projectId);
    queue([dir] { return QDir(dir).removeRecursively(); }, [this, projectId](bool) { emit projectRemoved(projectId); });
}

void ListCache::queue(std::function<bool()> work, std::function<void(bool)> done)
{
    auto *relay = new QObject;
    relay->moveToThread(thread());
    QPointer<ListCache> guard(this);
    m_writer.start([relay, guard, work = std::move(work), done = std::move(done)] {
        const bool ok = work();
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, done, ok] {
                relay->deleteLater();
                if (guard)
                    done(ok);
            },
            Qt::QueuedConnection);
    });
}

} // namespace hcloud
