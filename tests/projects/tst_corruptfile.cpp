// A partly corrupt projects.json loses nothing across restarts, and no
// token-like text from it reaches a log line, the keychain or the file.
#include "core/api/redact.h"
#include "core/projects/keychaintokenvault.h"
#include "core/projects/projectstore.h"
#include "tests/support/vaulttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;

// Declared before the fixtures: moc does not read past their raw strings.
class TestCorruptFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restartShowsTheGoodProjectsBothTimes();
    void tokenRecordsAreDroppedAndNamed();
    void savesWorkAfterTheRepair();
    void controlCharactersInAnIdDoNotBlockSaves();
    void noTokenInAnyLogLine();
    void theVaultNeverLogsATokenId();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_token;
};

namespace {

// Every message of the process, at every level, while a test runs.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QStringList projectNames(const ProjectStore &store)
{
    QStringList names;
    for (const Project &p : store.projects())
        names.append(p.name);
    return names;
}

// Two good projects around a bad record: a token where its id belongs, a
// token where its prefix belongs, and one in the pending removals.
QByteArray corruptFile(const QString &token)
{
    const QByteArray t = token.toLatin1();
    return R"({"version":1,"projects":[
        {"id":"p1","name":"first","endpoint":"https://api.hetzner.cloud/v1","tokens":[
            {"id":"t1","label":"ok","prefix":"abcdefghijklmnopqrstuvwxyzABCDEF","permission":"read"}]},
        {"id":"p2","name":"broken","endpoint":"https://api.hetzner.cloud/v1","tokens":[
            {"id":")" + t + R"(","label":"pasted","prefix":"bcdefghijklmnopqrstuvwxyzABCDEFG","permission":"read"},
            {"id":"t3","label":"whole","prefix":")" + t + R"(","permission":"read"},
            {"id":"t4","label":"kept","prefix":"cdefghijklmnopqrstuvwxyzABCDEFGH","permission":"read"}]},
        {"id":")" + t + R"(","name":"third","endpoint":"https://api.hetzner.cloud/v1","tokens":[]}],
        "pendingSecretRemovals":["t9",")" + t + R"("]})";
}

}  // namespace


void TestCorruptFile::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("hcloud.*=true"));
    g_previous = qInstallMessageHandler(capture);
}

void TestCorruptFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("config/projects.json"));
    m_token = testing::randomToken();
    QMutexLocker lock(&g_logMutex);
    g_log.clear();
}

void TestCorruptFile::cleanup()
{
    // Whatever the test did, no line carried the token's secret half.
    QMutexLocker lock(&g_logMutex);
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(m_token.mid(32)), qPrintable(redact(line)));
}

void TestCorruptFile::restartShowsTheGoodProjectsBothTimes()
{
    const QByteArray original = corruptFile(m_token);
    QVERIFY(writeAll(m_path, original));
    QString backup;
    {
        ProjectStore first(m_path);
        QVERIFY(!first.load());
        QCOMPARE(projectNames(first), (QStringList{QStringLiteral("first"), QStringLiteral("broken"), QStringLiteral("third")}));
        backup = first.backupPath();
        QCOMPARE(readAll(backup), original);  // kept byte for byte
        QVERIFY(first.loadProblem().contains(QDir::toNativeSeparators(backup)));
    }
    // The second start reads the written-back file: same projects, no problem.
    ProjectStore second(m_path);
    QVERIFY2(second.load(), qPrintable(second.loadProblem()));
    QCOMPARE(projectNames(second), (QStringList{QStringLiteral("first"), QStringLiteral("broken"), QStringLiteral("third")}));
    QCOMPARE(second.projects().at(0).tokens.size(), 1);
    QCOMPARE(second.projects().at(1).tokens.size(), 1);
    QCOMPARE(second.pendingRemovals(), QStringList{QStringLiteral("t9")});
    QVERIFY(second.backupPath().isEmpty());
    QCOMPARE(readAll(backup), original);
    // The token is in the backup only, which the user was pointed to.
    QVERIFY(!readAll(m_path).contains(m_token.mid(32).toLatin1()));
}

void TestCorruptFile::tokenRecordsAreDroppedAndNamed()
{
    QVERIFY(writeAll(m_path, corruptFile(m_token)));
    ProjectStore store(m_path);
    QVERIFY(!store.load());
    const Project &broken = store.projects().at(1);
    QCOMPARE(broken.tokens.size(), 1);
    QCOMPARE(broken.tokens.first().id, QStringLiteral("t4"));
    // The user learns which project lost which record.
    const QString problem = store.loadProblem();
    QVERIFY2(problem.contains(QStringLiteral("Token 1 of project “broken”")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Token 2 of project “broken”")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("Project “third”")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("clean-up")), qPrintable(problem));
    QVERIFY(!problem.contains(m_token.mid(32)));
    // The project with a token for an id got a fresh one.
    QVERIFY(!store.projects().at(2).id.contains(m_token));
}

void TestCorruptFile::savesWorkAfterTheRepair()
{
    QVERIFY(writeAll(m_path, corruptFile(m_token)));
    ProjectStore store(m_path);
    store.load();
    QSignalSpy failed(&store, &ProjectStore::saveFailed);
    QVERIFY(!store.addProject(QStringLiteral("after")).isEmpty());
    QCOMPARE(failed.count(), 0);
    QVERIFY(readAll(m_path).contains("after"));
}

void TestCorruptFile::controlCharactersInAnIdDoNotBlockSaves()
{
    // Found by fuzz_projectfile: written as \u0000, the id's escapes joined
    // its digits into a token-like run, and every later save was refused.
    QByteArray data = R"({"version":1,"projects":[{"id":"p)";
    data += QByteArray(6, '\0') + QByteArray(30, '9') + QByteArray(4, '\0') + "1";
    data += R"(","name":"first","endpoint":"https://api.hetzner.cloud/v1","tokens":[]}]})";
    QVERIFY(writeAll(m_path, data));
    ProjectStore store(m_path);
    QVERIFY(!store.load());
    QCOMPARE(store.projects().size(), 1);
    QVERIFY(store.loadProblem().contains(QStringLiteral("control characters")));
    QSignalSpy failed(&store, &ProjectStore::saveFailed);
    QVERIFY(!store.addProject(QStringLiteral("after")).isEmpty());
    QCOMPARE(failed.count(), 0);
    ProjectStore again(m_path);
    QVERIFY2(again.load(), qPrintable(again.loadProblem()));
    QCOMPARE(projectNames(again), (QStringList{QStringLiteral("first"), QStringLiteral("after")}));
}

void TestCorruptFile::noTokenInAnyLogLine()
{
    // Each corrupt case at debug; cleanup() scans the lines.
    const QByteArray cases[] = {
        corruptFile(m_token),
        R"({"version":1,"projects":[{"id":")" + m_token.toLatin1() + R"(","name":"","endpoint":"x"}]})",
        "{\"projects\": [\"" + m_token.toLatin1() + "\"",
        R"({"version":1,"projects":[],"pendingSecretRemovals":[")" + m_token.toLatin1() + R"("]})",
    };
    for (const QByteArray &data : cases) {
        QVERIFY(writeAll(m_path, data));
        ProjectStore store(m_path);
        store.load();
        QVERIFY(!store.loadProblem().contains(m_token.mid(32)));
    }
    QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty()); // the scan saw something
}

void TestCorruptFile::theVaultNeverLogsATokenId()
{
    // An id that is a token, as an old damaged file could hand over.
    KeychainTokenVault vault(QStringLiteral("hcloud-desktop-test-corruptfile"));
    vault.setRetryDelay(0);
    const testing::Answer answer = testing::read(vault, m_token);
    QVERIFY(answer.arrived);
    QMutexLocker lock(&g_logMutex);
    bool sawVault = false;
    for (const QString &line : std::as_const(g_log))
        sawVault = sawVault || line.startsWith(QLatin1String("hcloud.vault"));
    QVERIFY(sawVault);
}

QTEST_GUILESS_MAIN(TestCorruptFile)
#include "tst_corruptfile.moc"
