#include "listcache.h"

#include "api/jsonparse.h"
#include "api/logging.h"
#include "resources/resourcekind.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace hcloud {

namespace {

// The file: this line, then a QDataStream of the header and each row as
// the table holds it (cells, sort keys, search text, price key) plus the
// object's JSON, so that reading it back parses no JSON. Rows of another
// column layout, language or version are worked out again from the JSON.
constexpr char kMagic[] = "HCLOUD-DESKTOP-LIST-CACHE\n";
constexpr quint32 kVersion = 2;
constexpr QDataStream::Version kStream = QDataStream::Qt_6_4;

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

// What the stored cells depend on besides the object.
QString layoutOf(const ResourceKind &kind)
{
    QStringList parts{QCoreApplication::applicationVersion(), QLocale().name()};
    for (const ResourceColumn &column : kind.columns)
        parts.append(column.title);
    return parts.join(QChar(0x1f));
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
    qsizetype size = 4096;
    for (const ResourceRow &row : rows)
        size += row->json.size() * 2;
    QByteArray out;
    out.reserve(size);
    out += kMagic;
    QDataStream stream(&out, QIODevice::WriteOnly | QIODevice::Append);
    stream.setVersion(kStream);
    const int columns = int(kind.columns.size());
    stream << kVersion << kind.id << layoutOf(kind) << listedAt.toUTC() << qint32(columns) << qint32(rows.size());
    for (const ResourceRow &row : rows) {
        stream << qint64(row->id) << row->name;
        for (int c = 0; c < columns; ++c)
            stream << row->cells.value(c) << row->sortKeys.value(c);
        stream << row->status << row->search << row->priceKey << row->json;
    }
    return out;
}

ListCache::Loaded ListCache::decode(const QByteArray &bytes, const ResourceKind &kind, const NameIndex &names)
{
    Loaded loaded;
    loaded.found = true;
    auto fail = [&loaded](const char *why) {
        loaded.rows.clear();
        loaded.problem = QString::fromLatin1(why);
        return loaded;
    };
    if (!bytes.startsWith(kMagic))
        return fail("not a list cache");
    QDataStream stream(bytes);
    stream.setVersion(kStream);
    stream.skipRawData(int(sizeof(kMagic) - 1));
    quint32 version = 0;
    QString kindId, layout;
    QDateTime listedAt;
    qint32 columns = -1, count = -1;
    stream >> version;
    if (version != kVersion)
        return fail("a list cache of another version");
    stream >> kindId >> layout >> listedAt >> columns >> count;
    if (stream.status() != QDataStream::Ok || kindId != kind.id || !listedAt.isValid() || columns < 0
        || columns > 1000 || count < 0 || count > bytes.size())
        return fail("a damaged header");
    // Cells worked out by another version or in another language are not shown.
    const bool sameLayout = layout == layoutOf(kind) && columns == kind.columns.size();
    loaded.rows.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        auto row = std::make_shared<RowData>();
        qint64 id = 0;
        stream >> id >> row->name;
        row->id = id;
        row->cells.resize(columns);
        row->sortKeys.resize(columns);
        for (int c = 0; c < columns; ++c)
            stream >> row->cells[c] >> row->sortKeys[c];
        stream >> row->status >> row->search >> row->priceKey >> row->json;
        if (stream.status() != QDataStream::Ok || row->id <= 0 || row->json.isEmpty())
            return fail("a damaged row");
        if (sameLayout) {
            loaded.rows.append(std::move(row));
            continue;
        }
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(row->json, &error).object();
        if (error.error != QJsonParseError::NoError || object.value(QLatin1String("id")).toInteger() != row->id)
            return fail("a damaged object");
        loaded.rows.append(buildRow(kind, object, row->json, names));
    }
    if (!stream.atEnd())
        return fail("bytes after the last row");
    loaded.listedAt = listedAt;
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
