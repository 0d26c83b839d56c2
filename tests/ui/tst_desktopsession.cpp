// The real (non-demo) wiring: projects.json, the keychain vault, and the
// "Environment" project from HCLOUD_TOKEN, which is used but never saved.
#include "app/desktopsession.h"
#include "ui/mainwindow.h"
#include "core/models/modelroles.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectsession.h"
#include "core/projects/projectstore.h"
#include "core/projects/workspace.h"
#include "ui/resourcetable.h"
#include "core/sim/simserver.h"

#include <QDirIterator>
#include <QTreeView>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;

namespace {
const QString kToken = QStringLiteral("envTOKENenvTOKENenvTOKENenvTOKEN") + QStringLiteral("s3cr3tS3CR3Ts3cr3tS3CR3Ts3cr3t99");
}

class TestDesktopSession : public QObject
{
    Q_OBJECT
private slots:
    void environmentProjectListsServersAndIsNotSaved();
    void learnedPermissionIsKeptWithTheToken();
};

void TestDesktopSession::environmentProjectListsServersAndIsNotSaved()
{
    sim::SimServer simulator({{{kToken, 40, 7}}, 0});
    QVERIFY(simulator.listen(0));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("projects.json"));
    qputenv("HCLOUD_TOKEN", kToken.toLatin1());
    qputenv("HCLOUD_ENDPOINT", simulator.endpoint().toString().toLatin1());

    {
        DesktopSession session(file);
        session.start();
        qunsetenv("HCLOUD_TOKEN");
        qunsetenv("HCLOUD_ENDPOINT");
        QVERIFY2(session.problems().isEmpty(), qPrintable(session.problems().join(QLatin1Char('\n'))));
        MainWindow window(session.workspace());
        window.show();
        QCOMPARE(window.projectList()->model()->rowCount(), 3); // and "All projects", "Needs attention"
        QCOMPARE(window.projectList()->model()->index(0, 0).data().toString(), QStringLiteral("Environment"));
        QTableView *view = window.serverTable()->view();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 40, 10000);
        QSet<qint64> ids;
        for (int i = 0; i < view->model()->rowCount(); ++i)
            ids.insert(view->model()->index(i, 0).data(IdRole).toLongLong());
        const QVector<qint64> expected = simulator.serverIds(0);
        QCOMPARE(ids, QSet<qint64>(expected.cbegin(), expected.cend()));
    }

    // Nothing of the environment project reached the disk, least of all the secret.
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(kToken.right(32).toLatin1()), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains("Environment"), qPrintable(f.fileName()));
    }

    // A fresh start without the variables has no such project.
    DesktopSession again(file);
    again.start();
    QCOMPARE(again.store()->projects().size(), 0);
}

void TestDesktopSession::learnedPermissionIsKeptWithTheToken()
{
    const QString readToken = QStringLiteral("envREADenvREADenvREADenvREADenvR") + QStringLiteral("s3cr3tS3CR3Ts3cr3tS3CR3Ts3cr3t42");
    sim::SimServer simulator({{sim::SimProjectSpec(kToken, 3, 7, {readToken})}, 0});
    QVERIFY(simulator.listen(0));
    QTemporaryDir dir;
    qputenv("HCLOUD_TOKEN", readToken.toLatin1());
    qputenv("HCLOUD_ENDPOINT", simulator.endpoint().toString().toLatin1());
    DesktopSession session(dir.filePath(QStringLiteral("projects.json")));
    session.start();
    qunsetenv("HCLOUD_TOKEN");
    qunsetenv("HCLOUD_ENDPOINT");
    const Project project = session.store()->projects().first();
    QCOMPARE(project.tokens.first().permission, TokenPermission::Unknown);

    ProjectSession *work = session.workspace()->session(project.id);
    PendingWrite *write = work->write("POST", QStringLiteral("/servers/%1/actions/reboot").arg(simulator.serverIds(0).first()));
    QSignalSpy done(write, &PendingWrite::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(session.store()->token(project.tokens.first().id)->permission, TokenPermission::Read);
}

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"
