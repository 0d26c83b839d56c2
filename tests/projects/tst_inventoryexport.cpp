// --export's core (InventoryExport) across two simulated projects, JSON and
// CSV with exact ids, and the whole process failing in words on an error.
#include "core/projects/inventoryexport.h"
#include "core/projects/memorytokenvault.h"
#include "core/resources/resourcekind.h"
#include "core/sim/simserver.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;

namespace {
QString token(char c)
{
    return QString(32, QLatin1Char(c)) + QStringLiteral("exportEXPORTexportEXPORTexport01");
}
} // namespace

class TestInventoryExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonAcrossProjects();
    void csvAcrossProjects();
    void rejectedTokenFailsInWords();
    void processExitsNonZeroWithTheApiError();

private:
    QString run(InventoryExport::Format format, const QVector<Project> &projects, QByteArray *out);
    std::unique_ptr<sim::SimServer> m_sim;
    MemoryTokenVault m_vault;
    QVector<Project> m_projects;
};

void TestInventoryExport::initTestCase()
{
    m_sim = std::make_unique<sim::SimServer>(sim::SimOptions{{{token('a'), 60, 1}, {token('b'), 7, 2}}, 0});
    QVERIFY(m_sim->listen(0));
    for (int i = 0; i < 2; ++i) {
        Project p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = i == 0 ? QStringLiteral("Shop, \"live\"") : QStringLiteral("Lab");
        p.endpoint = m_sim->endpoint();
        p.tokens.append({QStringLiteral("t%1").arg(i), {}, token(char('a' + i)).left(32), TokenPermission::Read, {}, {}, false});
        m_vault.store(p.tokens.first().id, token(char('a' + i)), [](const TokenVault::Result &) {});
        m_projects.append(p);
    }
}

QString TestInventoryExport::run(InventoryExport::Format format, const QVector<Project> &projects, QByteArray *out)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    InventoryExport exporter(serverKind(), format, &m_vault, &buffer);
    QSignalSpy finished(&exporter, &InventoryExport::finished);
    exporter.start(projects, true);
    if (!finished.wait(20000))
        return QStringLiteral("timed out");
    return finished.first().first().toString();
}

void TestInventoryExport::jsonAcrossProjects()
{
    QByteArray out;
    QCOMPARE(run(InventoryExport::Format::Json, m_projects, &out), QString());
    const QJsonArray objects = QJsonDocument::fromJson(out).array();
    QCOMPARE(objects.size(), 67);
    for (int p = 0; p < 2; ++p) {
        QSet<qint64> expected;
        for (qint64 id : m_sim->serverIds(p))
            expected.insert(id);
        QSet<qint64> got;
        for (const QJsonValue &o : objects) {
            if (o[QStringLiteral("project")].toString() == m_projects.at(p).name)
                got.insert(o[QStringLiteral("id")].toInteger());
        }
        QCOMPARE(got, expected);
    }
    // The API's own objects, whole.
    QVERIFY(objects.first()[QStringLiteral("server_type")].isObject());
}

void TestInventoryExport::csvAcrossProjects()
{
    QByteArray out;
    QCOMPARE(run(InventoryExport::Format::Csv, m_projects, &out), QString());
    const QList<QByteArray> lines = out.split('\n');
    // Header, 67 rows, and the empty rest after the last CRLF.
    QCOMPARE(lines.size(), 69);
    QVERIFY(lines.first().startsWith("Project,Name,"));
    QVERIFY(lines.first().endsWith('\r'));
    // RFC 4180: a field with a comma or quote is quoted, quotes doubled.
    QVERIFY(lines.at(1).startsWith("\"Shop, \"\"live\"\"\","));
    QCOMPARE(InventoryExport::csvField(QStringLiteral("a\nb")), QByteArray("\"a\nb\""));
    QCOMPARE(InventoryExport::csvField(QStringLiteral("plain")), QByteArray("plain"));
}

void TestInventoryExport::rejectedTokenFailsInWords()
{
    Project bad = m_projects.first();
    bad.tokens.first().id = QStringLiteral("unknown");
    m_vault.store(QStringLiteral("unknown"), token('z'), [](const TokenVault::Result &) {});
    QByteArray out;
    const QString error = run(InventoryExport::Format::Json, {bad}, &out);
    QVERIFY2(error.contains(bad.name) && !error.contains(token('z').right(32)), qPrintable(error));
}

void TestInventoryExport::processExitsNonZeroWithTheApiError()
{
    const QString bin = qEnvironmentVariable("HCLOUD_DESKTOP_BIN");
    if (bin.isEmpty())
        QSKIP("HCLOUD_DESKTOP_BIN is not set; run through ctest");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("c")));
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), m_sim->endpoint().toString());
    QProcess process;
    process.setProcessEnvironment(env);
    // Good: the environment's project, every id once.
    env.insert(QStringLiteral("HCLOUD_TOKEN"), token('b'));
    process.setProcessEnvironment(env);
    process.start(bin, {QStringLiteral("--export"), QStringLiteral("servers")});
    // The simulator answers from this thread: wait by turning the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size(), 7);
    // A token the API does not know: non-zero, and its error in words.
    env.insert(QStringLiteral("HCLOUD_TOKEN"), token('y'));
    process.setProcessEnvironment(env);
    process.start(bin, {QStringLiteral("--export"), QStringLiteral("servers")});
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
    QVERIFY(process.exitCode() != 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("hcloud-desktop:")) && !err.contains(token('y').right(32)), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestInventoryExport)
#include "tst_inventoryexport.moc"
