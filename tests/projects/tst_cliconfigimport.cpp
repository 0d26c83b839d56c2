#include "core/projects/cliconfigimport.h"
#include "core/projects/keychaintokenvault.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectstore.h"
#include "tests/support/vaulttesthelpers.h"

#include <QDBusConnection>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hcloud;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A vault that cannot store, as without a keychain.
class BrokenVault : public MemoryTokenVault
{
public:
    using MemoryTokenVault::MemoryTokenVault;
    void store(const QString &, const QString &, Done done) override
    {
        QTimer::singleShot(0, this, [done] { done({Status::NoBackend, describe(Status::NoBackend)}); });
    }
};

} // namespace

class TestCliConfigImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void defaultPath();
    void listsContexts();
    void importIntoVault_data();
    void importIntoVault();
    void vaultFailureCreatesNoProject();
    void environmentOverrides();
    void badFiles();

private:
    QString writeConfig(const QByteArray &text);
    QProcessEnvironment env() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_prod;
    QString m_staging;
    QString m_path;
};

void TestCliConfigImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_prod = testing::randomToken();
    m_staging = testing::randomToken();
    // The layout hcloud 1.30 writes, plus the preferences later CLIs add.
    m_path = writeConfig("active_context = \"prod\"\n"
                         "\n"
                         "[preferences]\n"
                         "  debug = false\n"
                         "  poll_interval = \"1s\"\n"
                         "\n"
                         "[[contexts]]\n"
                         "  name = \"prod\"\n"
                         "  token = \"" + m_prod.toLatin1() + "\"\n"
                         "\n"
                         "[[contexts]]\n"
                         "  name = \"staging\"\n"
                         "  token = \"" + m_staging.toLatin1() + "\"\n"
                         "  [contexts.preferences]\n"
                         "    endpoint = \"http://127.0.0.1:4000/v1\"\n"
                         "    default_ssh_keys = [\"ci\"]\n"
                         "\n"
                         "[[contexts]]\n"
                         "  name = \"broken\"\n"
                         "  token = \"abc\"\n");
}

QString TestCliConfigImport::writeConfig(const QByteArray &text)
{
    const QString path = m_dir->filePath(QStringLiteral("hcloud/cli.toml"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

QProcessEnvironment TestCliConfigImport::env() const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("HOME"), m_dir->path());
    return e;
}

void TestCliConfigImport::defaultPath()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("HOME"), QStringLiteral("/home/ann"));
    QCOMPARE(CliConfig::defaultPath(e), QStringLiteral("/home/ann/.config/hcloud/cli.toml"));
    e.insert(QStringLiteral("HCLOUD_CONFIG"), QStringLiteral("/etc/hc.toml"));
    QCOMPARE(CliConfig::defaultPath(e), QStringLiteral("/etc/hc.toml"));
}

void TestCliConfigImport::listsContexts()
{
    ProjectStore store(m_dir->filePath(QStringLiteral("projects.json")));
    MemoryTokenVault vault;
    CliConfigImport import(&store, &vault);
    QVERIFY2(import.load(m_path, env()), qPrintable(import.error()));

    const QVector<CliConfigImport::Choice> choices = import.choices();
    QCOMPARE(choices.size(), 3);
    const CliContext &prod = choices.at(0).context;
    QCOMPARE(prod.name, QStringLiteral("prod"));
    QVERIFY(prod.active);
    QVERIFY(prod.tokenValid);
    QCOMPARE(prod.prefix, m_prod.left(32));
    QCOMPARE(prod.endpoint, QUrl(QStringLiteral("https://api.hetzner.cloud/v1")));
    QVERIFY(choices.at(0).importable());

    const CliContext &staging = choices.at(1).context;
    QVERIFY(!staging.active);
    QCOMPARE(staging.endpoint, QUrl(QStringLiteral("http://127.0.0.1:4000/v1")));

    const CliContext &broken = choices.at(2).context;
    QVERIFY(!broken.tokenValid);
    QVERIFY(broken.prefix.isEmpty());
    QVERIFY(broken.tokenProblem.contains(QLatin1String("3")));
    QVERIFY(!choices.at(2).importable());

    const QString notice = CliConfig::plaintextNotice(m_path);
    QVERIFY(notice.contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(notice.contains(QLatin1String("plain text")));
}

void TestCliConfigImport::importIntoVault_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("memory vault") << false;
    QTest::newRow("keychain") << true;
}

void TestCliConfigImport::importIntoVault()
{
    QFETCH(bool, keychain);
    if (keychain && !QDBusConnection::sessionBus().isConnected())
        QSKIP("No D-Bus session bus: run under dbus-run-session with gnome-keyring (see .ci/test).");
    std::unique_ptr<TokenVault> vault;
    if (keychain)
        vault = std::make_unique<KeychainTokenVault>();
    else
        vault = std::make_unique<MemoryTokenVault>();

    const QByteArray before = readAll(m_path);
    const QDateTime modified = QFileInfo(m_path).lastModified();
    ProjectStore store(m_dir->filePath(QStringLiteral("projects.json")));
    QVERIFY(store.load());
    CliConfigImport import(&store, vault.get());
    QVERIFY(import.load(m_path, env()));

    QSignalSpy imported(&import, &CliConfigImport::contextImported);
    QSignalSpy failed(&import, &CliConfigImport::contextFailed);
    QSignalSpy finished(&import, &CliConfigImport::finished);
    import.importContexts({QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("broken"),
                           QStringLiteral("nonexistent")});
    QVERIFY(import.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toInt(), 2);
    QCOMPARE(finished.at(0).at(1).toInt(), 2);
    QCOMPARE(imported.count(), 2);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("broken"));
    QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("nonexistent"));

    // Projects with the prefix only; the secrets in the vault.
    QCOMPARE(store.projects().size(), 2);
    const QStringList tokens{m_prod, m_staging};
    for (int i = 0; i < 2; ++i) {
        const Project *p = store.project(imported.at(i).at(1).toString());
        QVERIFY(p);
        QCOMPARE(p->name, imported.at(i).at(0).toString());
        QCOMPARE(p->tokens.size(), 1);
        QCOMPARE(p->tokens.constFirst().prefix, tokens.at(i).left(32));
        const testing::Answer read = testing::read(*vault, p->tokens.constFirst().id);
        QVERIFY2(read.result.ok(), qPrintable(read.result.message));
        QCOMPARE(read.token, tokens.at(i));
    }
    QCOMPARE(store.projects().at(1).endpoint, QUrl(QStringLiteral("http://127.0.0.1:4000/v1")));
    QVERIFY(!readAll(store.filePath()).contains(m_prod.mid(32).toLatin1()));

    // cli.toml is untouched, byte for byte.
    QCOMPARE(readAll(m_path), before);
    QCOMPARE(QFileInfo(m_path).lastModified(), modified);

    // A second import finds them stored already.
    CliConfigImport again(&store, vault.get());
    QVERIFY(again.load(m_path, env()));
    QVERIFY(again.choices().at(0).alreadyStored);
    QCOMPARE(again.choices().at(0).storedIn, QStringLiteral("project “prod”"));
    QSignalSpy againFinished(&again, &CliConfigImport::finished);
    again.importContexts({QStringLiteral("prod")});
    QVERIFY(againFinished.wait(20000));
    QCOMPARE(againFinished.at(0).at(0).toInt(), 0);
    QCOMPARE(store.projects().size(), 2);

    for (const Project &p : store.projects())
        testing::remove(*vault, p.tokens.constFirst().id);
}

void TestCliConfigImport::vaultFailureCreatesNoProject()
{
    ProjectStore store(m_dir->filePath(QStringLiteral("projects.json")));
    store.load();
    BrokenVault vault;
    CliConfigImport import(&store, &vault);
    QVERIFY(import.load(m_path, env()));
    QSignalSpy failed(&import, &CliConfigImport::contextFailed);
    QSignalSpy finished(&import, &CliConfigImport::finished);
    import.importContexts({QStringLiteral("prod")});
    QVERIFY(finished.wait(5000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).toString(), TokenVault::describe(TokenVault::Status::NoBackend));
    QVERIFY(store.projects().isEmpty());
}

void TestCliConfigImport::environmentOverrides()
{
    ProjectStore store(m_dir->filePath(QStringLiteral("projects.json")));
    MemoryTokenVault vault;
    CliConfigImport import(&store, &vault);
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("HCLOUD_ENDPOINT"), QStringLiteral("http://localhost:9/v1"));
    e.insert(QStringLiteral("HCLOUD_CONTEXT"), QStringLiteral("staging"));
    QVERIFY(import.load(m_path, e));
    const QVector<CliConfigImport::Choice> choices = import.choices();
    QVERIFY(!choices.at(0).context.active);
    QVERIFY(choices.at(1).context.active);
    for (const CliConfigImport::Choice &c : choices)
        QCOMPARE(c.context.endpoint, QUrl(QStringLiteral("http://localhost:9/v1")));
}

void TestCliConfigImport::badFiles()
{
    ProjectStore store(m_dir->filePath(QStringLiteral("projects.json")));
    MemoryTokenVault vault;
    CliConfigImport import(&store, &vault);

    QVERIFY(!import.load(m_dir->filePath(QStringLiteral("nothing.toml")), env()));
    QVERIFY(import.error().contains(QLatin1String("nothing.toml")));

    // Broken TOML on the token's line: the error must not quote the secret.
    const QString token = testing::randomToken();
    const QString path = writeConfig("[[contexts]]\nname = \"x\"\ntoken = \"" + token.toLatin1() + "\" = oops\n");
    QVERIFY(!import.load(path, env()));
    QVERIFY2(import.error().contains(QLatin1String("line 3")), qPrintable(import.error()));
    QVERIFY(!import.error().contains(token.mid(32)));
    QVERIFY(import.choices().isEmpty());

    QVERIFY(!import.load(writeConfig("contexts = \"nope\"\n"), env()));
    QVERIFY(!import.error().isEmpty());

    QVERIFY(import.load(writeConfig(""), env()));
    QVERIFY(import.choices().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliConfigImport)
#include "tst_cliconfigimport.moc"
