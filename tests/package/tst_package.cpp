// The .deb as a person installs it: unpacked into a throw-away root with
// dpkg -x, its files in place, its binaries run from there against an
// hcloud-sim process from the same package.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kToken = QStringLiteral("PkgTestTokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").left(64);

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out or did not start: " + p.errorString().toUtf8();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TstPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dependsComeFromShlibdeps();
    void filesAreInPlace();
    void versionRunsFromTheRoot();
    void translationsAreFoundFromThePrefix();
    void exportsServersFromTheSimulator();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QProcess m_sim;
};

void TstPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_deb = qEnvironmentVariable("HCLOUD_DEB");
    if (m_deb.isEmpty()) {
        // Package this build tree, as .ci/package does for a clean one.
        const Run r = run(QStringLiteral(CPACK_COMMAND),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(CPACK_CONFIG), QStringLiteral("-B"), m_dir.filePath(QStringLiteral("out"))},
                          QProcessEnvironment::systemEnvironment(), 500000);
        QVERIFY2(r.code == 0, r.out + r.err);
        const QStringList debs = QDir(m_dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(QStringLiteral("out/") + debs.first());
    }
    QVERIFY2(QFileInfo::exists(m_deb), qPrintable(m_deb));
    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run x = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(x.code == 0, x.err);
}

void TstPackage::dependsComeFromShlibdeps()
{
    const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Package"),
                                                   QStringLiteral("Version"), QStringLiteral("Depends")});
    QVERIFY2(r.code == 0, r.err);
    const QString fields = QString::fromUtf8(r.out);
    QVERIFY2(fields.contains(QStringLiteral("Package: hcloud-desktop")), qPrintable(fields));
    QVERIFY2(fields.contains(QStringLiteral("Version: " PROJECT_VERSION)), qPrintable(fields));
    // Versioned library packages only dpkg-shlibdeps knows, and the
    // platform plugins added by hand.
    for (const char *dep : {"libqt6widgets6 (>=", "libqt6network6 (>=", "libqt6keychain1", "libc6 (>=", "qt6-qpa-plugins"})
        QVERIFY2(fields.contains(QLatin1String(dep)), qPrintable(QStringLiteral("%1 missing in %2").arg(QLatin1String(dep), fields)));
}

void TstPackage::filesAreInPlace()
{
    QStringList expected = {
        QStringLiteral("usr/bin/hcloud-desktop"),
        QStringLiteral("usr/bin/hcloud-sim"),
        QStringLiteral("usr/share/applications/hcloud-desktop.desktop"),
        QStringLiteral("usr/share/metainfo/io.github.hcloud_desktop.metainfo.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/hcloud-desktop.svg"),
        QStringLiteral("usr/share/hcloud-desktop/translations/hcloud-desktop_de.qm"),
        QStringLiteral("usr/share/hcloud-desktop/translations/hcloud-desktop_en.qm"),
        QStringLiteral("usr/share/doc/hcloud-desktop/copyright"),
    };
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        expected.append(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/hcloud-desktop.png").arg(size));
    for (const QString &path : std::as_const(expected))
        QVERIFY2(QFileInfo(m_root + QLatin1Char('/') + path).isFile(), qPrintable(path));
    QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/hcloud-desktop")).isExecutable());
    QFile copyright(m_root + QStringLiteral("/usr/share/doc/hcloud-desktop/copyright"));
    QVERIFY(copyright.open(QIODevice::ReadOnly));
    QVERIFY(copyright.readAll().contains("GNU GENERAL PUBLIC LICENSE"));
}

void TstPackage::versionRunsFromTheRoot()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // Without any display: --version needs none.
    const Run r = run(m_root + QStringLiteral("/usr/bin/hcloud-desktop"), {QStringLiteral("--version")}, env);
    QVERIFY2(r.code == 0, r.err);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("hcloud-desktop " PROJECT_VERSION));
}

void TstPackage::translationsAreFoundFromThePrefix()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run r = run(m_root + QStringLiteral("/usr/bin/hcloud-desktop"), {QStringLiteral("--help")}, env);
    QVERIFY2(r.code == 0, r.err);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Eine Desktop-Konsole für Hetzner Cloud.")), r.out);
}

void TstPackage::exportsServersFromTheSimulator()
{
    m_sim.setProgram(m_root + QStringLiteral("/usr/bin/hcloud-sim"));
    m_sim.setArguments({QStringLiteral("--token"), kToken, QStringLiteral("--servers"), QStringLiteral("7")});
    m_sim.start();
    QVERIFY(m_sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.canReadLine(), 20000);
    const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
    QVERIFY2(line.startsWith(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(line));
    const QString endpoint = line.mid(QStringLiteral("listening on ").size());

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("HCLOUD_TOKEN"), kToken);
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), endpoint);
    const Run r = run(m_root + QStringLiteral("/usr/bin/hcloud-desktop"), {QStringLiteral("--export"), QStringLiteral("servers")}, env);
    QVERIFY2(r.code == 0, r.err);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(r.out.left(400))));
    const QJsonArray servers = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("servers")).toArray();
    QCOMPARE(servers.size(), 7);
    QVERIFY(!servers.first().toObject().value(QLatin1String("name")).toString().isEmpty());
    // The token never reaches the output.
    QVERIFY(!r.out.contains(kToken.toUtf8()));
    QVERIFY(!r.err.contains(kToken.toUtf8()));
}

void TstPackage::cleanupTestCase()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.kill();
        m_sim.waitForFinished();
    }
}

QTEST_GUILESS_MAIN(TstPackage)
#include "tst_package.moc"
