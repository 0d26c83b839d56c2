#include "core/projects/environmentproject.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectstore.h"
#include "core/projects/routingtokenvault.h"
#include "core/projects/tokenpurge.h"
#include "tests/support/vaulttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace hcloud;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

TokenRecord recordFor(const QString &token, const QString &label = QStringLiteral("ci"))
{
    TokenRecord r;
    r.label = label;
    r.prefix = token.left(32);
    r.permission = TokenPermission::Read;
    return r;
}

ino_t inodeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void missingFileIsEmpty();
    void roundTrip();
    void everyChangeIsSaved();
    void saveIsAtomic();
    void saveFailureIsReported();
    void corruptFileIsMovedAside();
    void partlyBrokenFileKeepsWhatItCan();
    void hetznerEndpointIsKeptAndOldFilesLoad();
    void newerVersionIsNotOverwritten();
    void noSecretInTheFile();
    void duplicatePrefixIsRefused();
    void environmentProject();
    void environmentProjectWithBadToken();
    void removeProjectPurgesSecrets();
    void purgeKeepsWhatFailed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestProjectStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("config/projects.json"));
}

void TestProjectStore::missingFileIsEmpty()
{
    ProjectStore store(m_path);
    QSignalSpy problems(&store, &ProjectStore::loadProblemFound);
    QVERIFY(store.load());
    QVERIFY(store.projects().isEmpty());
    QVERIFY(store.loadProblem().isEmpty());
    QCOMPARE(problems.count(), 0);
    QVERIFY(!QFileInfo::exists(m_path)); // nothing written until something changes
}

void TestProjectStore::roundTrip()
{
    const QString token = testing::randomToken();
    QString projectId;
    QString tokenId;
    const QDateTime verified = QDateTime::currentDateTimeUtc().addSecs(-60);
    {
        ProjectStore store(m_path);
        QVERIFY(store.load());
        projectId = store.addProject(QStringLiteral("web"), QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QVERIFY(!projectId.isEmpty());
        tokenId = store.addToken(projectId, recordFor(token, QStringLiteral("deploy")));
        QVERIFY(!tokenId.isEmpty());
        QVERIFY(store.setPermission(tokenId, TokenPermission::ReadWrite));
        QVERIFY(store.setLastVerified(tokenId, verified));
        QVERIFY(store.relabelToken(tokenId, QStringLiteral("deploy key")));
        QVERIFY(store.renameProject(projectId, QStringLiteral("web shop")));
        QVERIFY(!store.setHetznerEndpoint(projectId, QUrl(QStringLiteral("ftp://127.0.0.1/v1"))));
        QVERIFY(store.setHetznerEndpoint(projectId, QUrl(QStringLiteral("http://127.0.0.1:8081/v1"))));
    }
    ProjectStore again(m_path);
    QVERIFY(again.load());
    QCOMPARE(again.projects().size(), 1);
    const Project &p = again.projects().constFirst();
    QCOMPARE(p.id, projectId);
    QCOMPARE(p.name, QStringLiteral("web shop"));
    QCOMPARE(p.endpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    QCOMPARE(p.hetznerEndpoint, QUrl(QStringLiteral("http://127.0.0.1:8081/v1")));
    QVERIFY(p.persistent);
    QCOMPARE(p.tokens.size(), 1);
    const TokenRecord &t = p.tokens.constFirst();
    QCOMPARE(t.id, tokenId);
    QCOMPARE(t.label, QStringLiteral("deploy key"));
    QCOMPARE(t.prefix, token.left(32));
    QCOMPARE(t.permission, TokenPermission::ReadWrite);
    QVERIFY(t.added.isValid());
    QCOMPARE(t.lastVerified, verified);
    QCOMPARE(again.projectOfToken(tokenId), projectId);
}

void TestProjectStore::everyChangeIsSaved()
{
    ProjectStore store(m_path);
    QVERIFY(store.load());
    QSignalSpy changed(&store, &ProjectStore::projectsChanged);
    QSignalSpy tokens(&store, &ProjectStore::tokensChanged);
    const QString id = store.addProject(QStringLiteral("a"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(readAll(m_path).contains("\"a\""));
    QVERIFY(store.addToken(id, recordFor(testing::randomToken())).size());
    QCOMPARE(tokens.count(), 1);
    QCOMPARE(tokens.at(0).at(0).toString(), id);
    QVERIFY(store.renameProject(id, QStringLiteral("b")));
    QVERIFY(readAll(m_path).contains("\"b\""));
    QVERIFY(!store.renameProject(QStringLiteral("nope"), QStringLiteral("c")));
    QVERIFY(!store.renameProject(id, QStringLiteral("   ")));
    QVERIFY(store.addProject(QStringLiteral("x"), QUrl(QStringLiteral("ftp://example.com"))).isEmpty());
}

void TestProjectStore::saveIsAtomic()
{
    ProjectStore store(m_path);
    QVERIFY(store.load());
    store.addProject(QStringLiteral("first"));
    const QByteArray before = readAll(m_path);
    // A second name for the old file: an in-place rewrite would change it too.
    const QString link = m_dir->filePath(QStringLiteral("old-link"));
    QCOMPARE(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(link).constData()), 0);
    const ino_t oldInode = inodeOf(m_path);

    store.addProject(QStringLiteral("second"));
    QCOMPARE(readAll(link), before);          // the old file was never touched
    QVERIFY(inodeOf(m_path) != oldInode);      // a new file took its place
    QVERIFY(readAll(m_path).contains("second"));
    // No temporary files left behind.
    QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("projects.json")});
}

void TestProjectStore::saveFailureIsReported()
{
    // The file's folder is taken by a plain file: no save can succeed.
    QVERIFY(writeAll(m_dir->filePath(QStringLiteral("config")), "a file"));
    ProjectStore store(m_path);
    QSignalSpy failed(&store, &ProjectStore::saveFailed);
    store.load();
    store.addProject(QStringLiteral("p"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!store.lastSaveError().isEmpty());
    QCOMPARE(store.projects().size(), 1); // kept in memory
}

void TestProjectStore::corruptFileIsMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QByteArray garbage("{\"version\": 1, \"projects\": [ {\"id\": \"x\", \"na");
    QVERIFY(writeAll(m_path, garbage));

    ProjectStore store(m_path);
    QSignalSpy problems(&store, &ProjectStore::loadProblemFound);
    QVERIFY(!store.load());
    QCOMPARE(problems.count(), 1);
    QVERIFY(store.projects().isEmpty());
    QVERIFY(!store.isReadOnly());

    // Kept, byte for byte, under a name the user is told.
    const QString backup = store.backupPath();
    QVERIFY(backup.startsWith(m_path + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(backup), garbage);
    QVERIFY(store.loadProblem().contains(QDir::toNativeSeparators(backup)));
    QCOMPARE(problems.at(0).at(0).toString(), store.loadProblem());
    // What could be read (nothing here) is written back in its place.
    QVERIFY(QFileInfo::exists(m_path));
    QVERIFY(readAll(m_path) != garbage);

    // Saving again writes a fresh file and leaves the backup alone.
    store.addProject(QStringLiteral("new"));
    QVERIFY(readAll(m_path).contains("new"));
    QCOMPARE(readAll(backup), garbage);

    // A second bad file in the same second gets its own backup.
    QVERIFY(writeAll(m_path, "not json"));
    ProjectStore second(m_path);
    QVERIFY(!second.load());
    QVERIFY(second.backupPath() != backup);
    QCOMPARE(readAll(second.backupPath()), QByteArray("not json"));
    QCOMPARE(readAll(backup), garbage);
}

void TestProjectStore::partlyBrokenFileKeepsWhatItCan()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QByteArray data = R"({"version":1,"projects":[
        {"id":"p1","name":"good","endpoint":"https://api.hetzner.cloud/v1","tokens":[
            {"id":"t1","label":"ok","prefix":"abcdefghijklmnopqrstuvwxyzABCDEF","permission":"read"},
            {"id":"t2","label":"short prefix","prefix":"abc","permission":"read"}]},
        {"id":"","name":"no id","endpoint":"https://api.hetzner.cloud/v1","tokens":[]}]})";
    QVERIFY(writeAll(m_path, data));
    ProjectStore store(m_path);
    QVERIFY(!store.load());
    QCOMPARE(store.projects().size(), 1);
    QCOMPARE(store.projects().constFirst().tokens.size(), 1);
    QCOMPARE(store.projects().constFirst().tokens.constFirst().id, QStringLiteral("t1"));
    QCOMPARE(readAll(store.backupPath()), data);
    QVERIFY(!store.loadProblem().isEmpty());
}

void TestProjectStore::hetznerEndpointIsKeptAndOldFilesLoad()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    // A file from before Storage Boxes, and one with a broken Hetzner endpoint.
    const QByteArray data = R"({"version":1,"projects":[
        {"id":"p1","name":"old","endpoint":"https://api.hetzner.cloud/v1","tokens":[]},
        {"id":"p2","name":"broken","endpoint":"https://api.hetzner.cloud/v1","hetznerEndpoint":"not a url","tokens":[]}]})";
    QVERIFY(writeAll(m_path, data));
    ProjectStore store(m_path);
    store.load();
    QCOMPARE(store.projects().size(), 2);
    for (const Project &p : store.projects())
        QCOMPARE(p.hetznerEndpoint, QUrl(QStringLiteral("https://api.hetzner.com/v1")));
    QVERIFY(store.loadProblem().contains(QStringLiteral("broken")));
    // Saved again, the file names it.
    QVERIFY(store.setHetznerEndpoint(QStringLiteral("p1"), QUrl(QStringLiteral("http://127.0.0.1:9/v1"))));
    QVERIFY(readAll(m_path).contains("\"hetznerEndpoint\": \"http://127.0.0.1:9/v1\""));
}

void TestProjectStore::newerVersionIsNotOverwritten()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const QByteArray data = R"({"version":99,"projects":[],"somethingNew":true})";
    QVERIFY(writeAll(m_path, data));
    ProjectStore store(m_path);
    QSignalSpy failed(&store, &ProjectStore::saveFailed);
    QVERIFY(!store.load());
    QVERIFY(store.isReadOnly());
    store.addProject(QStringLiteral("p"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(readAll(m_path), data);
}

void TestProjectStore::noSecretInTheFile()
{
    const QString token = testing::randomToken();
    const QString secret = token.mid(32);
    ProjectStore store(m_path);
    QVERIFY(store.load());
    const QString id = store.addProject(QStringLiteral("p"));
    // The secret only ever goes to the vault; the store gets the prefix.
    MemoryTokenVault vault;
    const QString tokenId = store.addToken(id, recordFor(token));
    QVERIFY(testing::store(vault, tokenId, token).result.ok());
    // A user pasting the token where a name belongs.
    QVERIFY(store.relabelToken(tokenId, QStringLiteral("key ") + token));
    QVERIFY(!store.addProject(QStringLiteral("proj ") + token).isEmpty());
    QVERIFY(store.addProject(QStringLiteral("p2"), QUrl(QStringLiteral("https://example.com/") + token)).isEmpty());
    // A record whose prefix is more than a prefix is refused.
    TokenRecord bad = recordFor(token);
    bad.prefix = token;
    QVERIFY(store.addToken(id, bad).isEmpty());

    const QByteArray file = readAll(m_path);
    QVERIFY(file.contains(token.left(32).toLatin1()));
    QVERIFY(!file.contains(secret.toLatin1()));
    QVERIFY(!file.contains(secret.left(8).toLatin1()));
    QVERIFY(!QString::fromUtf8(file).contains(QRegularExpression(QStringLiteral("[A-Za-z0-9]{33,}"))));

    // A hand-edited file with a token in it is cleaned on the next save.
    QJsonObject root = QJsonDocument::fromJson(file).object();
    QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
    QJsonObject first = projects.at(0).toObject();
    first.insert(QStringLiteral("name"), QStringLiteral("leak ") + token);
    first.insert(QStringLiteral("token"), token); // not a field we know: dropped
    projects.replace(0, first);
    root.insert(QStringLiteral("projects"), projects);
    QVERIFY(writeAll(m_path, QJsonDocument(root).toJson()));
    ProjectStore reloaded(m_path);
    QVERIFY(reloaded.load());
    QVERIFY(!reloaded.projects().constFirst().name.contains(secret));
    reloaded.addProject(QStringLiteral("trigger a save"));
    QVERIFY(!readAll(m_path).contains(secret.toLatin1()));
}

void TestProjectStore::duplicatePrefixIsRefused()
{
    const QString token = testing::randomToken();
    ProjectStore store(m_path);
    store.load();
    const QString a = store.addProject(QStringLiteral("a"));
    const QString b = store.addProject(QStringLiteral("b"));
    QVERIFY(!store.addToken(a, recordFor(token)).isEmpty());
    QVERIFY(store.addToken(b, recordFor(token)).isEmpty());
    QCOMPARE(store.knownPrefixes().value(token.left(32)), QStringLiteral("project “a”"));
}

void TestProjectStore::environmentProject()
{
    const QString token = testing::randomToken();
    ProjectStore store(m_path);
    QVERIFY(store.load());
    MemoryTokenVault keychain; // stands in for the keychain: must stay empty
    RoutingTokenVault vault(&keychain);

    QProcessEnvironment env;
    env.insert(QStringLiteral("HCLOUD_TOKEN"), QStringLiteral("  ") + token + QStringLiteral("\n"));
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), QStringLiteral("http://127.0.0.1:4000/v1"));
    const EnvironmentProject::Outcome outcome = EnvironmentProject::install(env, &store, &vault);
    QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    const Project *p = store.project(outcome.projectId);
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("Environment"));
    QVERIFY(!p->persistent);
    QCOMPARE(p->endpoint, QUrl(QStringLiteral("http://127.0.0.1:4000/v1")));
    QCOMPARE(p->tokens.size(), 1);
    QCOMPARE(p->tokens.constFirst().prefix, token.left(32));
    QVERIFY(store.isSessionToken(outcome.tokenId));

    // The token is readable through the app's vault, from memory only.
    const testing::Answer read = testing::read(vault, outcome.tokenId);
    QVERIFY(read.result.ok());
    QCOMPARE(read.token, token);
    QCOMPARE(testing::read(keychain, outcome.tokenId).result.status, TokenVault::Status::NotFound);

    // Other projects are saved; the environment's is not.
    store.addProject(QStringLiteral("saved"));
    const QByteArray file = readAll(m_path);
    QVERIFY(file.contains("saved"));
    QVERIFY(!file.contains("Environment"));
    QVERIFY(!file.contains(token.left(32).toLatin1()));
    QVERIFY(!file.contains(outcome.projectId.toLatin1()));

    // A stored copy of the same token does not hide the environment's.
    const QString other = store.addProject(QStringLiteral("same token"));
    QVERIFY(!store.addToken(other, recordFor(token)).isEmpty());
    ProjectStore fresh(m_path);
    QVERIFY(fresh.load());
    QCOMPARE(fresh.projects().size(), 2);
}

void TestProjectStore::environmentProjectWithBadToken()
{
    ProjectStore store(m_path);
    store.load();
    MemoryTokenVault keychain;
    RoutingTokenVault vault(&keychain);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HCLOUD_TOKEN"), QStringLiteral("tooShortButSecretish123"));
    const EnvironmentProject::Outcome outcome = EnvironmentProject::install(env, &store, &vault);
    QVERIFY(outcome.projectId.isEmpty());
    QVERIFY(outcome.problem.contains(QLatin1String("HCLOUD_TOKEN")));
    QVERIFY(!outcome.problem.contains(QLatin1String("Secretish")));
    QVERIFY(store.projects().isEmpty());

    env.insert(QStringLiteral("HCLOUD_TOKEN"), testing::randomToken());
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), QStringLiteral("not a url"));
    QVERIFY(EnvironmentProject::install(env, &store, &vault).projectId.isEmpty());

    QVERIFY(EnvironmentProject::install(QProcessEnvironment(), &store, &vault).problem.isEmpty());
    QVERIFY(store.projects().isEmpty());
}

void TestProjectStore::removeProjectPurgesSecrets()
{
    MemoryTokenVault vault;
    QStringList ids;
    QString projectId;
    {
        ProjectStore store(m_path);
        store.load();
        projectId = store.addProject(QStringLiteral("doomed"));
        for (int i = 0; i < 3; ++i) {
            const QString token = testing::randomToken();
            const QString id = store.addToken(projectId, recordFor(token));
            QVERIFY(testing::store(vault, id, token).result.ok());
            ids.append(id);
        }
        // What the confirmation shows.
        QCOMPARE(store.tokensOf(projectId).size(), 3);
        QCOMPARE(store.removeProject(projectId), ids);
        QVERIFY(!store.project(projectId));
        QCOMPARE(store.pendingRemovals(), ids);
    }
    // The pending removals survive a restart (e.g. a crash before the purge).
    ProjectStore store(m_path);
    QVERIFY(store.load());
    QCOMPARE(store.pendingRemovals(), ids);

    std::optional<TokenPurge::Outcome> outcome;
    TokenPurge::run(&store, &vault, [&](const TokenPurge::Outcome &o) { outcome = o; });
    QVERIFY(!outcome); // never inside the call
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->removed, ids);
    QVERIFY(store.pendingRemovals().isEmpty());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(testing::read(vault, id).result.status, TokenVault::Status::NotFound);
    ProjectStore after(m_path);
    QVERIFY(after.load());
    QVERIFY(after.pendingRemovals().isEmpty());
}

// A vault that refuses to remove: as a locked keychain does.
class LockedVault : public MemoryTokenVault
{
public:
    using MemoryTokenVault::MemoryTokenVault;
    void remove(const QString &, Done done) override
    {
        QTimer::singleShot(0, this, [done] { done({Status::AccessDenied, describe(Status::AccessDenied)}); });
    }
};

void TestProjectStore::purgeKeepsWhatFailed()
{
    ProjectStore store(m_path);
    store.load();
    const QString projectId = store.addProject(QStringLiteral("p"));
    const QString tokenId = store.addToken(projectId, recordFor(testing::randomToken()));
    QVERIFY(store.removeToken(tokenId));
    QCOMPARE(store.pendingRemovals(), QStringList{tokenId});

    LockedVault vault;
    std::optional<TokenPurge::Outcome> outcome;
    TokenPurge::run(&store, &vault, [&](const TokenPurge::Outcome &o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->failed, QStringList{tokenId});
    QCOMPARE(outcome->message, TokenVault::describe(TokenVault::Status::AccessDenied));
    QCOMPARE(store.pendingRemovals(), QStringList{tokenId});
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
