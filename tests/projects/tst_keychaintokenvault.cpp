// KeychainTokenVault against the real Secret Service (gnome-keyring in
// .ci/test). A locked keychain and a missing D-Bus are each tried in a
// child process of this same binary, in a private D-Bus session or none,
// so the developer's own keyring is never locked or touched.

#include "core/projects/keychaintokenvault.h"
#include "tests/support/vaulttesthelpers.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace hcloud;
using Status = TokenVault::Status;

namespace {

const QString kService = KeychainTokenVault::defaultService();

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// QtKeychain 0.13 stores through libsecret with the schema "org.qt.keychain":
// user = key, server = service, type = plaintext.
testing::ProcessOutput secretTool(const QStringList &args)
{
    return testing::run(QStringLiteral("secret-tool"), args);
}

testing::ProcessOutput lookup(const QString &id)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("user"), id, QStringLiteral("server"), kService,
                       QStringLiteral("type"), QStringLiteral("plaintext")});
}

// Files under dir whose bytes contain needle: a plaintext fallback would show here.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found.append(f.fileName());
    }
    return found;
}

#define REQUIRE_SESSION_BUS()                                                                                  \
    if (!QDBusConnection::sessionBus().isConnected())                                                          \
        QSKIP("No D-Bus session bus: run under dbus-run-session with gnome-keyring (see .ci/test).");

} // namespace

// ---- In a private D-Bus session whose login keyring gets locked -------------

class LockedChild : public QObject
{
    Q_OBJECT
private slots:
    void deniedWhileLocked()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the child runs inside dbus-run-session");
        KeychainTokenVault vault;
        const QString id = newId();
        const QString token = testing::randomToken();
        QCOMPARE(testing::store(vault, id, token).result.status, Status::Ok);

        lockDefaultCollection();
        if (QTest::currentTestFailed())
            return;

        // gnome-keyring asks its prompter to unlock; without a display the
        // prompt is dismissed at once, so each call must come back quickly.
        QElapsedTimer clock;
        clock.start();
        const testing::Answer read = testing::read(vault, id);
        QVERIFY(read.arrived);
        QCOMPARE(read.result.status, Status::Locked);
        QCOMPARE(read.result.message, TokenVault::describe(Status::Locked));
        QVERIFY(read.result.message.contains(QLatin1String("locked")));
        QVERIFY(read.token.isEmpty());

        const testing::Answer stored = testing::store(vault, newId(), testing::randomToken());
        QCOMPARE(stored.result.status, Status::Locked);

        // libsecret says "done" when a locked item was kept; we must not.
        const testing::Answer removed = testing::remove(vault, id);
        QCOMPARE(removed.result.status, Status::Locked);
        QVERIFY2(clock.elapsed() < 10000, "a locked keychain must fail fast, not hang on a prompt");

        const QString home = QString::fromLocal8Bit(qgetenv("HOME"));
        QCOMPARE(filesContaining(home, token.toLatin1()), QStringList());
    }

private:
    void lockDefaultCollection()
    {
        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath>{
            QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/aliases/default"))});
        QDBusPendingCallWatcher locking(QDBusConnection::sessionBus().asyncCall(lock));
        QTRY_VERIFY_WITH_TIMEOUT(locking.isFinished(), 10000);
        QVERIFY2(!locking.isError(), qPrintable(locking.error().message()));

        QDBusMessage get = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        QDBusPendingCallWatcher asking(QDBusConnection::sessionBus().asyncCall(get));
        QTRY_VERIFY_WITH_TIMEOUT(asking.isFinished(), 10000);
        QVERIFY(!asking.isError());
        QVERIFY(qvariant_cast<QDBusVariant>(asking.reply().arguments().value(0)).variant().toBool());
    }
};

// ---- In a private D-Bus session whose keyring daemon has no keyring yet ------

class NoKeyringChild : public QObject
{
    Q_OBJECT
private slots:
    void adviceToCreateOne()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the child runs inside dbus-run-session");
        KeychainTokenVault vault;
        vault.setRetryDelay(0);
        const testing::Answer stored = testing::store(vault, newId(), testing::randomToken());
        QVERIFY(stored.arrived);
        QCOMPARE(stored.result.status, Status::NoKeyring);
        QCOMPARE(stored.result.message, TokenVault::describe(Status::NoKeyring));
        // Advice, not a D-Bus path.
        QVERIFY(stored.result.message.contains(QLatin1String("Passwords and Keys")));
        QVERIFY(!stored.result.message.contains(QLatin1String("/org/")));
    }
};

// ---- With no session bus to reach ------------------------------------------

class NoBusChild : public QObject
{
    Q_OBJECT
private slots:
    void noBackend()
    {
        KeychainTokenVault vault;
        const QString token = testing::randomToken();
        QElapsedTimer clock;
        clock.start();

        const testing::Answer stored = testing::store(vault, newId(), token);
        QVERIFY(stored.arrived);
        QCOMPARE(stored.result.status, Status::NoBackend);
        QCOMPARE(stored.result.message, TokenVault::describe(Status::NoBackend));
        QVERIFY(stored.result.message.contains(QLatin1String("keychain")));
        QVERIFY(!stored.result.message.contains(QLatin1String("session only")));
        QVERIFY(!stored.result.message.contains(QLatin1String("D-Bus")));

        QCOMPARE(testing::read(vault, newId()).result.status, Status::NoBackend);
        QCOMPARE(testing::remove(vault, newId()).result.status, Status::NoBackend);
        QVERIFY2(clock.elapsed() < 10000, "no D-Bus must be reported at once");

        // setInsecureFallback(false): nothing went to a settings file instead.
        const QString home = QString::fromLocal8Bit(qgetenv("HOME"));
        QCOMPARE(filesContaining(home, token.toLatin1()), QStringList());
        QCOMPARE(filesContaining(home, token.right(32).toLatin1()), QStringList());
    }
};

// ---- The main test, in the session bus it was started in -------------------

class TestKeychainTokenVault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void classify_data();
    void classify();
    void roundTrip();
    void overwrite();
    void removeEntry();
    void missingEntry();
    void callbackMayCallVaultAgain();
    void lockedKeychainIsAccessDenied();
    void noLoginKeyringIsNoKeyring();
    void noDBusIsNoBackend_data();
    void noDBusIsNoBackend();
    void logsCarryNoSecret();
    void cleanupTestCase();

private:
    QString remember(const QString &token)
    {
        m_secrets.append(token.mid(32));
        return token;
    }
    void runChild(const QByteArray &mode, QProcessEnvironment env, const QString &program, QStringList args);

    std::unique_ptr<testing::LogCapture> m_log;
    QStringList m_secrets;
    QStringList m_ids;
};

void TestKeychainTokenVault::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("hcloud.*.debug=true"));
    m_log = std::make_unique<testing::LogCapture>();
}

void TestKeychainTokenVault::classify_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("expected");

    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << Status::Ok;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("No match") << Status::NotFound;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << QString() << Status::AccessDenied;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << Status::AccessDenied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Status::NoBackend;
    QTest::newRow("autolaunch") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Status::NoBackend;
    QTest::newRow("no socket") << int(QKeychain::OtherError)
                               << QStringLiteral("Could not connect: No such file or directory") << Status::NoBackend;
    QTest::newRow("kwallet no dbus") << int(QKeychain::OtherError) << QStringLiteral("D-Bus is not running")
                                     << Status::NoBackend;
    QTest::newRow("no service file")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files") << Status::NoBackend;
    QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << Status::Failed;
    QTest::newRow("glib timeout") << int(QKeychain::OtherError) << QStringLiteral("Timeout was reached")
                                  << Status::TimedOut;
    QTest::newRow("no reply") << int(QKeychain::OtherError)
                              << QStringLiteral("Did not receive a reply. Possible causes include: ...")
                              << Status::TimedOut;
    QTest::newRow("delete failed") << int(QKeychain::CouldNotDeleteEntry) << QString() << Status::Failed;
}

void TestKeychainTokenVault::classify()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(Status, expected);
    QCOMPARE(KeychainTokenVault::classify(error, text), expected);
}

void TestKeychainTokenVault::roundTrip()
{
    REQUIRE_SESSION_BUS();
    KeychainTokenVault vault;
    const QString id = newId();
    m_ids.append(id);
    const QString token = remember(testing::randomToken());

    const testing::Answer stored = testing::store(vault, id, token);
    QVERIFY(stored.arrived);
    QVERIFY2(!stored.synchronous, "the callback must come later, never inside the call");
    QVERIFY2(stored.result.ok(), qPrintable(stored.result.message));
    QVERIFY(stored.result.message.isEmpty());

    // Really in gnome-keyring, under the service name and the token id.
    const testing::ProcessOutput tool = lookup(id);
    QVERIFY(tool.finished);
    QCOMPARE(tool.exitCode, 0);
    QCOMPARE(QString::fromUtf8(tool.out).trimmed(), token);

    const testing::Answer read = testing::read(vault, id);
    QVERIFY(!read.synchronous);
    QVERIFY(read.result.ok());
    QCOMPARE(read.token, token);
}

void TestKeychainTokenVault::overwrite()
{
    REQUIRE_SESSION_BUS();
    KeychainTokenVault vault;
    const QString id = newId();
    m_ids.append(id);
    const QString first = remember(testing::randomToken());
    const QString second = remember(testing::randomToken());
    QVERIFY(testing::store(vault, id, first).result.ok());
    QVERIFY(testing::store(vault, id, second).result.ok());

    QCOMPARE(testing::read(vault, id).token, second);
    QCOMPARE(QString::fromUtf8(lookup(id).out).trimmed(), second);
    // One entry, not two.
    const testing::ProcessOutput search = secretTool({QStringLiteral("search"), QStringLiteral("--all"),
                                                      QStringLiteral("user"), id, QStringLiteral("server"), kService});
    QCOMPARE(search.exitCode, 0);
    const QString items = QString::fromUtf8(search.out + search.err);
    QCOMPARE(items.count(QRegularExpression(QStringLiteral("^\\[/"), QRegularExpression::MultilineOption)), 1);
    QVERIFY(items.contains(QLatin1String("attribute.type = plaintext")));
}

void TestKeychainTokenVault::removeEntry()
{
    REQUIRE_SESSION_BUS();
    KeychainTokenVault vault;
    const QString id = newId();
    QVERIFY(testing::store(vault, id, remember(testing::randomToken())).result.ok());
    QCOMPARE(lookup(id).exitCode, 0);

    const testing::Answer removed = testing::remove(vault, id);
    QVERIFY(!removed.synchronous);
    QVERIFY2(removed.result.ok(), qPrintable(removed.result.message));
    QVERIFY(lookup(id).exitCode != 0);

    const testing::Answer read = testing::read(vault, id);
    QCOMPARE(read.result.status, Status::NotFound);
    QCOMPARE(read.result.message, TokenVault::describe(Status::NotFound));
    QVERIFY(read.token.isEmpty());
}

void TestKeychainTokenVault::missingEntry()
{
    REQUIRE_SESSION_BUS();
    KeychainTokenVault vault;
    const testing::Answer read = testing::read(vault, newId());
    QVERIFY(read.arrived);
    QCOMPARE(read.result.status, Status::NotFound);
    QVERIFY(!read.result.message.isEmpty());
    // Removing what is not there is not an error: the goal is reached.
    QCOMPARE(testing::remove(vault, newId()).result.status, Status::Ok);
}

void TestKeychainTokenVault::callbackMayCallVaultAgain()
{
    REQUIRE_SESSION_BUS();
    KeychainTokenVault vault;
    const QString id = newId();
    const QString token = remember(testing::randomToken());
    QVERIFY(testing::store(vault, id, token).result.ok());

    // Chain read -> remove -> read from inside the callbacks.
    QString readBack;
    bool removed = false;
    std::optional<Status> finalStatus;
    vault.read(id, [&](const TokenVault::Result &, const QString &t) {
        readBack = t;
        vault.remove(id, [&](const TokenVault::Result &r) {
            removed = r.ok();
            vault.read(id, [&](const TokenVault::Result &r2, const QString &) { finalStatus = r2.status; });
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(finalStatus.has_value(), testing::kVaultTimeoutMs);
    QCOMPARE(readBack, token);
    QVERIFY(removed);
    QCOMPARE(*finalStatus, Status::NotFound);
}

void TestKeychainTokenVault::runChild(const QByteArray &mode, QProcessEnvironment env, const QString &program,
                                      QStringList args)
{
    env.insert(QStringLiteral("HCLOUD_VAULT_CHILD"), QString::fromLatin1(mode));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No display: gnome-keyring's unlock prompter cannot open and is
    // dismissed at once instead of waiting for a person.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const testing::ProcessOutput child = testing::run(program, args, env, 60000);
    const QString output = QString::fromLocal8Bit(child.out + child.err);
    if (!child.finished || child.exitCode != 0)
        qWarning().noquote() << "child output:\n" << output;
    QVERIFY2(child.finished, "the child process did not finish");
    QCOMPARE(child.exitCode, 0);
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("Totals: [1-9]\\d* passed, 0 failed, 0 skipped"))),
             qPrintable(output));
}

void TestKeychainTokenVault::lockedKeychainIsAccessDenied()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyring.isEmpty())
        QSKIP("dbus-run-session and gnome-keyring-daemon are needed for a private, lockable keychain.");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkdir(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    runChild("locked", env, dbusRunSession,
             {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
              QStringLiteral("printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\""),
              QCoreApplication::applicationFilePath()});
}

void TestKeychainTokenVault::noLoginKeyringIsNoKeyring()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyring.isEmpty())
        QSKIP("dbus-run-session and gnome-keyring-daemon are needed for a private keychain.");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkdir(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // Started without --unlock in an empty HOME: no login keyring exists.
    runChild("nokeyring", env, dbusRunSession,
             {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
              QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null && exec \"$0\""),
              QCoreApplication::applicationFilePath()});
}

void TestKeychainTokenVault::noDBusIsNoBackend_data()
{
    QTest::addColumn<bool>("deadAddress");
    QTest::newRow("address of a socket that is not there") << true;
    QTest::newRow("no address, no display") << false;
}

void TestKeychainTokenVault::noDBusIsNoBackend()
{
    QFETCH(bool, deadAddress);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkdir(QStringLiteral("run"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    // An empty runtime dir: no $XDG_RUNTIME_DIR/bus to fall back on.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    if (deadAddress)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus")));
    else
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    runChild("nobus", env, QCoreApplication::applicationFilePath(), {});
}

void TestKeychainTokenVault::logsCarryNoSecret()
{
    REQUIRE_SESSION_BUS();
    const QStringList lines = m_log->lines();
    QVERIFY2(!lines.filter(QLatin1String("token")).isEmpty(), "the vault logged nothing: the check below would be empty");
    for (const QString &secret : std::as_const(m_secrets)) {
        for (const QString &line : lines)
            QVERIFY2(!line.contains(secret), "a log line carries a token's secret half");
    }
}

void TestKeychainTokenVault::cleanupTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        return;
    KeychainTokenVault vault;
    for (const QString &id : std::as_const(m_ids))
        testing::remove(vault, id);
    m_log.reset();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray child = qgetenv("HCLOUD_VAULT_CHILD");
    if (child == "locked") {
        LockedChild test;
        return QTest::qExec(&test, argc, argv);
    }
    if (child == "nokeyring") {
        NoKeyringChild test;
        return QTest::qExec(&test, argc, argv);
    }
    if (child == "nobus") {
        NoBusChild test;
        return QTest::qExec(&test, argc, argv);
    }
    TestKeychainTokenVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintokenvault.moc"
