#include "listcache.h"

#include "api/jsonparse.h"
#include "api/logging.h"
#include "resources/resourcekind.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace hcloud {

namespace {

// The file begins with this, then the time, then the list under the
// kind's key: a list page any row reader takes.
constexpr char kMagic[] = "{\"hcloud_desktop_list_cache\":1,\"listed_at\":\"";

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
    return QDir(dir).filePath(kindId + QStringLiteral(".json"));
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

QByteArray ListCache::encode(const QString &jsonKey, const QVector<ResourceRow> &rows, const QDateTime &listedAt)
{
    qsizetype size = 64 + jsonKey.size();
    for (const ResourceRow &row : rows)
        size += row->json.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += kMagic;
    out += listedAt.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    out += "\",\"";
    out += jsonKey.toUtf8();
    out += "\":[";
    for (int i = 0; i < rows.size(); ++i) {
        if (i)
            out += ',';
        out += rows.at(i)->json;
    }
    out += "]}\n";
    return out;
}

ListCache::Loaded ListCache::decode(const QByteArray &bytes, const ResourceKind &kind, const NameIndex &names)
{
    Loaded loaded;
    loaded.found = true;
    const qsizetype magic = qsizetype(sizeof(kMagic) - 1);
    const qsizetype end = bytes.indexOf('"', magic);
    if (!bytes.startsWith(kMagic) || end < 0 || end - magic > 40) {
        loaded.problem = QStringLiteral("not a list cache of this version");
        return loaded;
    }
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(bytes.mid(magic, end - magic)), Qt::ISODateWithMs);
    if (!at.isValid()) {
        loaded.problem = QStringLiteral("no valid listed_at");
        return loaded;
    }
    // The same reader as a page of the API's list: rows, or what was wrong.
    const auto page = rowPageReader(kind, names)(bytes);
    if (!page->error.isEmpty()) {
        loaded.problem = page->error;
        return loaded;
    }
    loaded.rows = static_cast<const RowPage &>(*page).rows;
    loaded.listedAt = at;
    return loaded;
}

void ListCache::load(const QString &projectId, const ResourceKind &kind, const NameIndex &names, QObject *context,
                     LoadDone done)
{
    const QString path = isEnabled() ? filePath(projectId, kind.id) : QString();
    if (path.isEmpty()) {
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    runOffThread(
        context,
        [path, kind = &kind, names] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Loaded(); // none kept yet
            return decode(file.readAll(), *kind, names);
        },
        [path, done = std::move(done)](Loaded loaded) {
            // A bad file is only a cache: it is not shown, and the next
            // whole list replaces it.
            if (!loaded.problem.isEmpty())
                qCInfo(lcProjects) << "list cache ignored:" << QFileInfo(path).fileName() << loaded.problem;
            done(std::move(loaded));
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
        [path, root, jsonKey = kind.jsonKey, rows, listedAt] {
            if (!makeOwnerDir(root) || !makeOwnerDir(QFileInfo(path).path()))
                return false;
            QSaveFile file(path);
            // Owner only, before a byte is written.
            if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
                return false;
            file.write(encode(jsonKey, rows, listedAt));
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
