// The list cache against the simulator on loopback: what a whole list leaves
// on disk (atomic, 0600, no token), what a reopened session shows before the
// API answers and how old it says it is, corrupt files, switching it off,
// and a removed project's files going with it.
#include "core/models/resourcelistmodel.h"
#include "core/projects/listcache.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/projects/projectstore.h"
#include "core/projects/workspace.h"
#include "core/resources/resourcekind.h"
#include "core/sim/simserver.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace hcloud;

namespace {

const QString kToken = QStringLiteral("cacheCACHEcacheCACHEcacheCACHE01") + QStringLiteral("SECRETsecretSECRETsecretSECRET99");
const QString kProjectId = QStringLiteral("8d0c2f4e-5b1a-4c3e-9f6d-2a7b8c9d0e1f");

ino_t inodeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 07777;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// A text as the file could hold it: UTF-8, or UTF-16 either way round.
QList<QByteArray> encodings(const QString &text)
{
    QByteArray big, little;
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        little.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    }
    return {text.toUtf8(), big, little};
}

} // namespace

class TestListCache : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wholeListIsKeptOwnerOnlyAndAtomically();
    void noTokenInTheCache();
    void reopenShowsCachedRowsBeforeTheApiAnswers();
    void manyCachedRowsArriveInTurns();
    void cachedRowsOfAnotherKindAreListedWhenShown();
    void corruptCacheIsIgnoredAndReplaced_data();
    void corruptCacheIsIgnoredAndReplaced();
    void otherVersionsCellsAreWorkedOutAgain();
    void filteredAndTemporaryListsAreNotKept();
    void switchedOffKeepsNothingAndDeletesWhatWasKept();
    void removedWithItsProject();
    void ageText();

private:
    Project project() const;
    // A session on the simulator, using the cache; refreshed and its
    // servers' file written unless told otherwise.
    std::unique_ptr<ProjectSession> open(bool refresh = true);
    void listAndWaitForSave(ProjectSession *session);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ListCache> m_cache;
    MemoryTokenVault m_vault;
};

void TestListCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<sim::SimServer>(sim::SimOptions{{{kToken, 40, 7}}, 0});
    QVERIFY(m_sim->listen(0));
    m_cache = std::make_unique<ListCache>(m_dir->filePath(QStringLiteral("lists")));
    bool stored = false;
    m_vault.store(QStringLiteral("t"), kToken, [&](const TokenVault::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

void TestListCache::cleanup()
{
    m_cache.reset();
    m_sim.reset();
    m_dir.reset();
}

Project TestListCache::project() const
{
    Project p;
    p.id = kProjectId;
    p.name = QStringLiteral("Cached");
    p.endpoint = m_sim->endpoint();
    p.hetznerEndpoint = m_sim->hetznerEndpoint();
    p.tokens.append({QStringLiteral("t"), QString(), kToken.left(32), TokenPermission::Read, {}, {}, false});
    return p;
}

void TestListCache::listAndWaitForSave(ProjectSession *session)
{
    QSignalSpy saved(m_cache.get(), &ListCache::saved);
    QSignalSpy refreshed(session, &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(10000));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("servers"));
    QVERIFY(saved.first().at(2).toBool());
}

std::unique_ptr<ProjectSession> TestListCache::open(bool refresh)
{
    auto session = std::make_unique<ProjectSession>(project(), &m_vault);
    session->setListCache(m_cache.get());
    if (refresh)
        listAndWaitForSave(session.get());
    return session;
}

void TestListCache::wholeListIsKeptOwnerOnlyAndAtomically()
{
    auto session = open();
    if (QTest::currentTestFailed())
        return;
    const QString path = m_cache->filePath(kProjectId, QStringLiteral("servers"));
    QVERIFY(path.startsWith(m_dir->filePath(QStringLiteral("lists/") + kProjectId)));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(QFileInfo(path).path()), mode_t(0700));
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("lists"))), mode_t(0700));
    const ListCache::Loaded first = ListCache::decode(readAll(path), serverKind(), NameIndex());
    QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));
    QCOMPARE(first.rows.size(), 40);
    QCOMPARE(first.listedAt, session->servers()->listedAt());
    for (int i = 0; i < first.rows.size(); ++i)
        QCOMPARE(first.rows.at(i)->json, session->servers()->rowAt(i)->json);

    // A new list replaces the file by a rename: a reader of the old one
    // keeps it whole, and no half-written file is ever at the path.
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    const ino_t before = inodeOf(path);
    m_sim->setLatencyMs(0);
    listAndWaitForSave(session.get());
    QVERIFY(inodeOf(path) != before);
    QCOMPARE(ListCache::decode(old.readAll(), serverKind(), NameIndex()).rows.size(), 40);
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("servers.cache")});
}

void TestListCache::noTokenInTheCache()
{
    auto session = open();
    if (QTest::currentTestFailed())
        return;
    // Other kinds too, so every file the cache writes is scanned.
    QSignalSpy saved(m_cache.get(), &ListCache::saved);
    session->listOnce({QStringLiteral("volumes"), QStringLiteral("ssh_keys"), QStringLiteral("primary_ips")});
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, 10000);
    QDir dir(m_dir->filePath(QStringLiteral("lists/") + kProjectId));
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), 4);
    for (const QString &name : files) {
        const QByteArray bytes = readAll(dir.filePath(name));
        QVERIFY(!bytes.isEmpty());
        // The whole token, its secret half, and its prefix, in any encoding.
        for (const QString &part : {kToken, kToken.mid(32), kToken.left(32)}) {
            for (const QByteArray &encoded : encodings(part))
                QVERIFY2(!bytes.contains(encoded), qPrintable(name));
        }
        // The scan would see text the file holds (names are stored as UTF-16).
        const QString name0 = session->servers()->rowAt(0)->name;
        if (name.startsWith(QLatin1String("servers")))
            QVERIFY(bytes.contains(encodings(name0).at(1)));
    }
    // Nor in a name on the way there: the project's id names the folder.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("lists"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{kProjectId});
}

void TestListCache::reopenShowsCachedRowsBeforeTheApiAnswers()
{
    QDateTime firstListedAt;
    QVector<QByteArray> firstJson;
    {
        auto first = open();
        if (QTest::currentTestFailed())
            return;
        firstListedAt = first->servers()->listedAt();
        for (const ResourceRow &row : first->servers()->rows())
            firstJson.append(row->json);
    }
    // A server the last run saw is gone since (the cache still has it).
    const QString path = m_cache->filePath(kProjectId, QStringLiteral("servers"));
    ListCache::Loaded kept = ListCache::decode(readAll(path), serverKind(), NameIndex());
    const QByteArray gone = "{\"id\":999999,\"name\":\"gone-1\",\"status\":\"running\"}";
    kept.rows.prepend(buildRow(serverKind(), QJsonDocument::fromJson(gone).object(), gone, NameIndex()));
    QVERIFY(writeAll(path, ListCache::encode(serverKind(), kept.rows, kept.listedAt)));
    firstJson.prepend(gone);
    // The API now answers slowly.
    m_sim->setLatencyMs(60 * 1000);
    auto session = std::make_unique<ProjectSession>(project(), &m_vault);
    QAbstractItemModelTester tester(session->servers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(session.get(), &ProjectSession::cachedRowsShown);
    session->setListCache(m_cache.get());
    session->refresh();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().toString(), QStringLiteral("servers"));
    // The list request is still out: these rows are the cache's.
    QCOMPARE(session->state(), ProjectSession::State::Loading);
    QVERIFY(session->showsCachedRows(QStringLiteral("servers")));
    QCOMPARE(session->servers()->rowCount(), 41);
    QCOMPARE(session->servers()->listedAt(), firstListedAt);
    for (int i = 0; i < firstJson.size(); ++i)
        QCOMPARE(session->servers()->rowAt(i)->json, firstJson.at(i));
    // Names of cached rows serve texts that refer to them.
    QCOMPARE(session->names()->name(QStringLiteral("servers"), session->servers()->rowAt(0)->id),
             session->servers()->rowAt(0)->name);

    // Then the API's answer replaces them (a quick one this time).
    session.reset();
    m_sim->setLatencyMs(0);
    session = std::make_unique<ProjectSession>(project(), &m_vault);
    QAbstractItemModelTester again(session->servers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shownAgain(session.get(), &ProjectSession::cachedRowsShown);
    session->setListCache(m_cache.get());
    QVERIFY(shownAgain.wait(10000));
    QSignalSpy stopped(session.get(), &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(stopped.wait(10000));
    QVERIFY(!session->showsCachedRows(QStringLiteral("servers")));
    QVERIFY(session->servers()->listedAt() > firstListedAt);
    QCOMPARE(session->servers()->rowCount(), 40);
    QCOMPARE(session->servers()->rowOfKey(999999), -1);
}

void TestListCache::manyCachedRowsArriveInTurns()
{
    // More rows than one turn adds; the API is slow to answer.
    QVector<ResourceRow> rows;
    for (int id = 1; id <= 6001; ++id) {
        const QByteArray json = QStringLiteral("{\"id\":%1,\"name\":\"node-%1\",\"status\":\"running\"}").arg(id).toUtf8();
        rows.append(buildRow(serverKind(), QJsonDocument::fromJson(json).object(), json, NameIndex()));
    }
    QVERIFY(writeAll(m_cache->filePath(kProjectId, QStringLiteral("servers")),
                     ListCache::encode(serverKind(), rows, QDateTime::currentDateTimeUtc().addDays(-2))));
    m_sim->setLatencyMs(60 * 1000);
    auto session = std::make_unique<ProjectSession>(project(), &m_vault);
    QAbstractItemModelTester tester(session->servers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(session->servers(), &QAbstractItemModel::rowsInserted);
    QSignalSpy shown(session.get(), &ProjectSession::cachedRowsShown);
    session->setListCache(m_cache.get());
    session->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(session->servers()->rowCount(), 6001, 20000);
    QCOMPARE(shown.size(), 1);
    QVERIFY(inserted.size() > 1);
    QCOMPARE(session->state(), ProjectSession::State::Loading);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(session->servers()->rowAt(i)->id, rows.at(i)->id);
    QCOMPARE(session->names()->name(QStringLiteral("servers"), 6001), QStringLiteral("node-6001"));
}

void TestListCache::cachedRowsOfAnotherKindAreListedWhenShown()
{
    {
        auto first = open();
        if (QTest::currentTestFailed())
            return;
        QSignalSpy saved(m_cache.get(), &ListCache::saved);
        first->listOnce({QStringLiteral("volumes")});
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    }
    auto session = open(false);
    ResourceListModel *volumes = session->model(QStringLiteral("volumes"));
    QSignalSpy shown(session.get(), &ProjectSession::cachedRowsShown);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
    QVERIFY(volumes->isLoaded());
    QVERIFY(session->showsCachedRows(QStringLiteral("volumes")));
    // Loaded from the cache is not listed: showing the kind lists it.
    QSignalSpy refreshed(session.get(), &ProjectSession::kindRefreshed);
    session->listOnce({QStringLiteral("volumes")});
    QVERIFY(session->isKindLoading(QStringLiteral("volumes")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->showsCachedRows(QStringLiteral("volumes")), 10000);
    QVERIFY(session->kindError(QStringLiteral("volumes")).isEmpty());
}

void TestListCache::corruptCacheIsIgnoredAndReplaced_data()
{
    // A good file of 3 servers, to damage.
    QVector<ResourceRow> rows;
    for (int id = 1; id <= 3; ++id) {
        const QByteArray json = QStringLiteral("{\"id\":%1,\"name\":\"web-%1\",\"status\":\"running\"}").arg(id).toUtf8();
        rows.append(buildRow(serverKind(), QJsonDocument::fromJson(json).object(), json, NameIndex()));
    }
    const QByteArray good = ListCache::encode(serverKind(), rows, QDateTime::currentDateTimeUtc().addDays(-1));
    QVERIFY(ListCache::decode(good, serverKind(), NameIndex()).problem.isEmpty());
    QByteArray version = good;
    version[qsizetype(qstrlen("HCLOUD-DESKTOP-LIST-CACHE\n")) + 3] = 9;

    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x01\x02not a cache at all\xff", 22);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() * 2 / 3);
    QTest::newRow("cut in the header") << good.left(40);
    QTest::newRow("bytes after") << good + "more";
    QTest::newRow("other version") << version;
    QTest::newRow("json of an older one") << QByteArray("{\"servers\":[{\"id\":1,\"name\":\"a\"}]}");
    QTest::newRow("another kind's") << ListCache::encode(volumeKind(), {}, QDateTime::currentDateTimeUtc());
}

void TestListCache::corruptCacheIsIgnoredAndReplaced()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_cache->filePath(kProjectId, QStringLiteral("servers"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    bool answered = false;
    ListCache::Loaded loaded;
    m_cache->load(kProjectId, serverKind(), NameIndex(), m_cache.get(), [&](ListCache::Loaded l) {
        loaded = std::move(l);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(loaded.found);
    QVERIFY(loaded.rows.isEmpty());
    QVERIFY(!loaded.problem.isEmpty());

    // The session shows nothing from it, says nothing about it, and the
    // first whole list replaces it.
    auto session = std::make_unique<ProjectSession>(project(), &m_vault);
    QAbstractItemModelTester tester(session->servers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(session.get(), &ProjectSession::cachedRowsShown);
    session->setListCache(m_cache.get());
    listAndWaitForSave(session.get());
    QCOMPARE(shown.size(), 0);
    QVERIFY(!session->showsCachedRows(QStringLiteral("servers")));
    QVERIFY(session->lastError().isEmpty());
    QCOMPARE(session->servers()->rowCount(), 40);
    const ListCache::Loaded replaced = ListCache::decode(readAll(path), serverKind(), NameIndex());
    QVERIFY2(replaced.problem.isEmpty(), qPrintable(replaced.problem));
    QCOMPARE(replaced.rows.size(), 40);
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestListCache::otherVersionsCellsAreWorkedOutAgain()
{
    const QByteArray json = "{\"id\":5,\"name\":\"db-1\",\"status\":\"off\"}";
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ResourceRow stale = buildRow(serverKind(), object, json, NameIndex());
    // Cells of an older version (here: a name no build would show).
    auto changed = std::make_shared<RowData>(*stale);
    changed->cells[0] = QStringLiteral("shown by an older version");
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0.1"));
    const QByteArray bytes = ListCache::encode(serverKind(), {changed}, QDateTime::currentDateTimeUtc());
    ListCache::Loaded same = ListCache::decode(bytes, serverKind(), NameIndex());
    QCOMPARE(same.rows.size(), 1);
    QCOMPARE(same.rows.first()->cells.first().toString(), QStringLiteral("shown by an older version"));
    // Another version reads the object again.
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0.2"));
    ListCache::Loaded other = ListCache::decode(bytes, serverKind(), NameIndex());
    QCoreApplication::setApplicationVersion(QString());
    QVERIFY2(other.problem.isEmpty(), qPrintable(other.problem));
    QCOMPARE(other.rows.size(), 1);
    QCOMPARE(other.rows.first()->cells, stale->cells);
    QCOMPARE(other.rows.first()->json, json);
}

void TestListCache::filteredAndTemporaryListsAreNotKept()
{
    // A label selector lists part of the project: not the whole list.
    auto session = std::make_unique<ProjectSession>(project(), &m_vault);
    session->setListCache(m_cache.get());
    session->setLabelSelector(QStringLiteral("env=prod"));
    QSignalSpy saved(m_cache.get(), &ListCache::saved);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(10000));
    // The selector off: the whole list is kept, and only that one.
    session->setLabelSelector(QString());
    QVERIFY(refreshed.wait(10000));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(ListCache::decode(readAll(m_cache->filePath(kProjectId, QStringLiteral("servers"))), serverKind(),
                               NameIndex()).rows.size(), 40);

    // A project that is not saved (the environment's token) keeps nothing.
    Project temporary = project();
    temporary.id = QStringLiteral("temporary");
    temporary.persistent = false;
    ProjectSession other(temporary, &m_vault);
    other.setListCache(m_cache.get());
    QSignalSpy otherRefreshed(&other, &ProjectSession::refreshed);
    other.refresh();
    QVERIFY(otherRefreshed.wait(10000));
    QVERIFY(!QFileInfo::exists(m_cache->filePath(QStringLiteral("temporary"), QStringLiteral("servers"))));
    QCOMPARE(saved.size(), 1);
}

void TestListCache::switchedOffKeepsNothingAndDeletesWhatWasKept()
{
    auto session = open();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFileInfo::exists(m_cache->filePath(kProjectId, QStringLiteral("servers"))));
    QSignalSpy cleared(m_cache.get(), &ListCache::cleared);
    m_cache->setEnabled(false);
    QVERIFY(cleared.wait(10000));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("lists"))));

    QSignalSpy saved(m_cache.get(), &ListCache::saved);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(10000));
    // A write would have been queued behind this removal: none was.
    m_cache->removeProject(kProjectId);
    QSignalSpy removed(m_cache.get(), &ListCache::projectRemoved);
    QVERIFY(removed.wait(10000));
    QCOMPARE(saved.size(), 0);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("lists"))));

    // A new session on it shows nothing cached.
    auto reopened = std::make_unique<ProjectSession>(project(), &m_vault);
    QSignalSpy shown(reopened.get(), &ProjectSession::cachedRowsShown);
    reopened->setListCache(m_cache.get());
    QSignalSpy reopenedRefreshed(reopened.get(), &ProjectSession::refreshed);
    reopened->refresh();
    QVERIFY(reopenedRefreshed.wait(10000));
    QCOMPARE(shown.size(), 0);
}

void TestListCache::removedWithItsProject()
{
    // The store and workspace wired as the app wires them.
    ProjectStore store(m_dir->filePath(QStringLiteral("projects.json")));
    QVERIFY(store.load());
    Workspace workspace(&m_vault);
    workspace.setListCache(m_cache.get());
    connect(&store, &ProjectStore::projectsChanged, &workspace, [&] { workspace.setProjects(store.projects()); });
    const QString keptId = store.addProject(QStringLiteral("Kept"), m_sim->endpoint());
    const QString goneId = store.addProject(QStringLiteral("Gone"), m_sim->endpoint());
    for (const QString &id : {keptId, goneId}) {
        TokenRecord record;
        record.prefix = kToken.left(32);
        record.sessionOnly = true; // the same token twice; the vault below holds it
        const QString tokenId = store.addToken(id, record);
        QVERIFY(!tokenId.isEmpty());
        bool stored = false;
        m_vault.store(tokenId, kToken, [&](const TokenVault::Result &r) { stored = r.ok(); });
        QTRY_VERIFY(stored);
        QSignalSpy saved(m_cache.get(), &ListCache::saved);
        ProjectSession *session = workspace.session(id);
        QVERIFY(session);
        session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    }
    const QString keptFile = m_cache->filePath(keptId, QStringLiteral("servers"));
    const QString goneFile = m_cache->filePath(goneId, QStringLiteral("servers"));
    QVERIFY(QFileInfo::exists(keptFile));
    QVERIFY(QFileInfo::exists(goneFile));

    QSignalSpy removed(m_cache.get(), &ListCache::projectRemoved);
    store.removeProject(goneId);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), goneId);
    QVERIFY(!QFileInfo::exists(QFileInfo(goneFile).path()));
    QVERIFY(QFileInfo::exists(keptFile));
}

void TestListCache::ageText()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-01T12:00:00Z"), Qt::ISODate);
    QCOMPARE(ListCache::ageText(now.addSecs(-20), now), QStringLiteral("less than a minute ago"));
    // Untranslated, Qt leaves "(s)" in plurals: compare the count and unit.
    QVERIFY(ListCache::ageText(now.addSecs(-60), now).startsWith(QStringLiteral("1 minute")));
    QVERIFY(ListCache::ageText(now.addSecs(-59 * 60 - 59), now).startsWith(QStringLiteral("59 minute")));
    QVERIFY(ListCache::ageText(now.addSecs(-3 * 3600), now).startsWith(QStringLiteral("3 hour")));
    QVERIFY(ListCache::ageText(now.addSecs(-47 * 3600), now).startsWith(QStringLiteral("47 hour")));
    QVERIFY(ListCache::ageText(now.addDays(-5), now).startsWith(QStringLiteral("5 day")));
    // A clock set back shows no negative age.
    QCOMPARE(ListCache::ageText(now.addSecs(600), now), QStringLiteral("less than a minute ago"));
}

QTEST_GUILESS_MAIN(TestListCache)
#include "tst_listcache.moc"
